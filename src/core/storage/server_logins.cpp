// People's logins on a server: each person is a server role of their login's name, and their
// password is the server's (see server_security.cpp). The password is turned into a SCRAM
// verifier here, so that it never travels to the server or into its logs in clear.
#include "storage/database.h"
#include "storage/query.h"
#include "storage/server_security.h"
#include "storage/server_stream.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"

#include <libpq-fe.h>

#include <memory>

namespace fd::core {

namespace {

QString verifierOf(Database& db, const QString& login, const QString& password) {
    PGconn* conn = serverHandle(db);
    const QByteArray user = login.toUtf8();
    const QByteArray secret = password.toUtf8();
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(conn, secret.constData(), user.constData(), "scram-sha-256"), &PQfreemem);
    if (!verifier) {
        throw StorageError(QString::fromUtf8(PQerrorMessage(conn)).trimmed(), QStringLiteral("password"));
    }
    return QString::fromUtf8(verifier.get());
}

}  // namespace

void setServerLogin(Database& db, const QString& login, const QString& oldLogin, Role role, SignInState state,
                    const std::optional<QString>& password) {
    if (!db.onServer()) {
        return;
    }
    Query q(db,
            "SELECT funneldesk_set_login(CAST(:login AS TEXT), CAST(:old AS TEXT), CAST(:role AS TEXT), "
            "CAST(:allowed AS INTEGER) <> 0, CAST(:verifier AS TEXT))");
    q.bind(":login", login)
        .bindText(":old", oldLogin)
        .bind(":role", toCode(role))
        .bind(":allowed", state == SignInState::Allowed)
        .bindText(":verifier", password ? verifierOf(db, login, *password) : QString());
    q.exec();
}

void syncServerLogin(Database& db, Id employeeId, const QString& oldLogin,
                     const std::optional<QString>& password) {
    if (!db.onServer()) {
        return;
    }
    const std::optional<Credentials> c = StaffRepository(db).byId(employeeId);
    if (!c || c->login.isEmpty()) {
        return;
    }
    setServerLogin(db, c->login, oldLogin.isEmpty() ? c->login : oldLogin, c->employee.role,
                   c->employee.active ? SignInState::Allowed : SignInState::Refused, password);
}

void setOwnServerPassword(Database& db, const QString& password) {
    if (!db.onServer()) {
        return;
    }
    Query q(db, "SELECT funneldesk_set_own_password(CAST(:verifier AS TEXT))");
    q.bind(":verifier", verifierOf(db, db.serverLogin(), password));
    q.exec();
}

}  // namespace fd::core
