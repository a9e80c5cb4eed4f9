#include "services/sign_in.h"

#include "services/access_policy.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/server_address.h"
#include "storage/server_security.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "util/password.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace fd::core {

namespace {

Error wrongPassword() {
    return Error::make(ErrorCode::SignIn, QT_TRANSLATE_NOOP("fd::core::Error", "Wrong login or password."),
                       {}, QStringLiteral("password"));
}

}  // namespace

qint64 SignIn::waitAfter(int failed) {
    if (failed < kFreeAttempts) {
        return 0;
    }
    // 5 s after the fifth, doubling after each further one, at most a quarter of an hour.
    const int doublings = std::min(failed - kFreeAttempts, 8);
    return std::min<qint64>(5LL << doublings, 15 * 60);
}

Status SignIn::checkPassword(const QString& password) {
    if (password.size() < kMinPasswordLength) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "A password needs at least %1 characters."),
                       QStringLiteral("password"), {QString::number(kMinPasswordLength)});
    }
    return Ok{};
}

Result<Actor> SignIn::signInOnServer(const QString& login) {
    // The server checked the password when the connection was made with the person's login.
    const QString name = login.trimmed();
    if (name != m_db.serverLogin()) {
        return Error::make(
            ErrorCode::SignIn,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "This connection to the server is made with the login \"%1\": on a "
                              "server, people sign in by connecting with their own login."),
            {m_db.serverLogin()}, QStringLiteral("login"));
    }
    Result<std::optional<Credentials>> found = whileReading(
        [&]() -> Result<std::optional<Credentials>> { return StaffRepository(m_db).byLogin(name); });
    if (!found) {
        return found.error();
    }
    if (!*found || !(*found)->employee.active) {
        return wrongPassword();
    }
    const Credentials c = **found;
    m_db.setActor(std::nullopt);
    const Status recorded = inWriteTransaction(m_db, [&]() -> Status {
        AuditRepository(m_db).append(m_clock(), c.employee.id, QStringLiteral("sign_in"),
                                     QStringLiteral("employee"), c.employee.id);
        return Ok{};
    });
    if (!recorded) {
        return recorded.error();
    }
    Actor actor{c.employee.id, c.employee.role, c.employee.officeId, c.employee.name, c.login};
    m_db.setActor(actor);
    return actor;
}

namespace {

/// A file that can only be read (damaged, or read-only) cannot record a sign-in: the person still
/// signs in, to read, and the log says it went unrecorded.
bool unrecordable(const Database& db, const Error& e) {
    const bool readOnly = db.isDamaged() || e.code == ErrorCode::ReadOnly;
    if (readOnly) {
        spdlog::warn("a sign-in could not be recorded: {}", e.message().toStdString());
    }
    return readOnly;
}

}  // namespace

Result<Actor> SignIn::signIn(const QString& login, const QString& password) {
    if (m_db.onServer()) {
        return signInOnServer(login);
    }
    const qint64 now = m_clock();
    Result<std::optional<Credentials>> found = whileReading([&]() -> Result<std::optional<Credentials>> {
        return StaffRepository(m_db).byLogin(login.trimmed());
    });
    if (!found) {
        return found.error();
    }
    if (!*found || !(*found)->employee.active || (*found)->passwordHash.isEmpty()) {
        // The same answer as a wrong password: nobody learns which logins exist.
        verifyPassword(QString(), password);
        return wrongPassword();
    }
    const Credentials c = **found;
    if (c.lockedUntil && *c.lockedUntil > now) {
        return Error::make(
            ErrorCode::SignIn,
            QT_TRANSLATE_NOOP("fd::core::Error", "Too many wrong passwords: try again in %1 seconds."),
            {QString::number(*c.lockedUntil - now)}, QStringLiteral("password"));
    }
    const bool right = verifyPassword(c.passwordHash, password);
    const int failed = right ? 0 : c.failedSignIns + 1;
    const qint64 wait = waitAfter(failed);
    // The attempt is recorded as the person's who signs in, never as whoever is signed in now.
    const std::optional<Actor> previous = m_db.actor();
    m_db.setActor(std::nullopt);
    const Status recorded = inWriteTransaction(m_db, [&]() -> Status {
        StaffRepository(m_db).setFailedSignIns(c.employee.id, failed,
                                               wait > 0 ? OptTime(now + wait) : std::nullopt);
        AuditRepository(m_db).append(now, c.employee.id,
                                     right ? QStringLiteral("sign_in") : QStringLiteral("sign_in_failed"),
                                     QStringLiteral("employee"), c.employee.id);
        return Ok{};
    });
    m_db.setActor(previous);
    if (!recorded && !unrecordable(m_db, recorded.error())) {
        return recorded.error();
    }
    if (!right) {
        return wrongPassword();
    }
    Actor actor{c.employee.id, c.employee.role, c.employee.officeId, c.employee.name, c.login};
    m_db.setActor(actor);
    return actor;
}

Status SignIn::changeOwnPassword(const QString& current, const QString& fresh) {
    if (!m_db.actor()) {
        return Error::make(ErrorCode::Refused,
                           QT_TRANSLATE_NOOP("fd::core::Error", "Sign in to change your password."));
    }
    if (Status good = checkPassword(fresh); !good) {
        return good;
    }
    const Id self = m_db.actor()->employeeId;
    const qint64 now = m_clock();
    if (m_db.onServer()) {
        if (!m_db.acceptsServerPassword(current)) {
            return Error::make(ErrorCode::InvalidInput,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The current password is not right."), {},
                               QStringLiteral("current_password"));
        }
        const Status changed = inWriteTransaction(m_db, [&]() -> Status {
            setOwnServerPassword(m_db, fresh);
            AuditRepository(m_db).append(now, self, QStringLiteral("password"), QStringLiteral("employee"),
                                         self);
            return Ok{};
        });
        if (changed) {
            // The connections made from now on (background work, reconnecting) use the new one.
            if (const Result<ServerAddress> address = parseServerAddress(m_db.path()); address) {
                rememberServerPassword(*address, fresh);
            }
        }
        return changed;
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        StaffRepository staff(m_db);
        const std::optional<Credentials> c = staff.byId(self);
        if (!c || !verifyPassword(c->passwordHash, current)) {
            return Error::make(ErrorCode::InvalidInput,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The current password is not right."), {},
                               QStringLiteral("current_password"));
        }
        staff.setPasswordHash(self, hashPassword(fresh));
        AuditRepository(m_db).append(now, self, QStringLiteral("password"), QStringLiteral("employee"), self);
        return Ok{};
    });
}

Status SignIn::setCredentials(Id employeeId, const QString& login, const QString& password) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    const QString name = login.trimmed();
    if (name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter a login."), QStringLiteral("login"));
    }
    if (Status good = checkPassword(password); !good) {
        return good;
    }
    const QString hash = m_db.onServer() ? QString() : hashPassword(password);
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        StaffRepository staff(m_db);
        const std::optional<Credentials> c = staff.byId(employeeId);
        if (!c) {
            return Error::make(ErrorCode::NotFound,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The employee %1 does not exist."),
                               {QString::number(employeeId)}, QStringLiteral("employee"));
        }
        if (const auto other = staff.byLogin(name); other && other->employee.id != employeeId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The login \"%1\" is taken by %2."),
                           QStringLiteral("login"), {name, other->employee.name});
        }
        staff.setLogin(employeeId, name);
        // On a server the password is the server's (the login's role), not a hash in the table.
        staff.setPasswordHash(employeeId, m_db.onServer() ? QStringLiteral("server") : hash);
        try {
            syncServerLogin(m_db, employeeId, c->login, password);
        } catch (const StorageError& e) {
            if (QString::fromStdString(e.what()).contains(QLatin1String("is taken on this server"))) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "The server already has a login \"%1\" for something else; "
                                                 "choose another login."),
                               QStringLiteral("login"), {name});
            }
            throw;
        }
        // The password itself is never recorded, only that it was set.
        AuditRepository(m_db).appendChange(
            now, actingEmployee(m_db, std::nullopt), QStringLiteral("credentials"),
            QStringLiteral("employee"), employeeId, QStringLiteral("login=") + c->login,
            QStringLiteral("login=") + name + QStringLiteral("; password set"));
        return Ok{};
    });
}

Result<bool> SignIn::required() {
    return whileReading([&]() -> Result<bool> { return StaffRepository(m_db).anyLogin(); });
}

}  // namespace fd::core
