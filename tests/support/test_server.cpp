#include "test_support.h"

#include "services/sign_in.h"

#include "storage/server_address.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdlib>

namespace fd::test {

namespace {

/// The record of the test server: FD_PG_HOST, FD_PG_PORT, logins and passwords.
const QHash<QString, QString>& serverRecord() {
    static const QHash<QString, QString> record = [] {
        QHash<QString, QString> r;
        const char* file = std::getenv("FD_TEST_POSTGRES");
        if (file == nullptr || *file == 0) {
            return r;
        }
        QFile f(QString::fromLocal8Bit(file));
        if (!f.open(QIODevice::ReadOnly)) {
            FAIL("FD_TEST_POSTGRES names " << file << ", which cannot be read: is the test server running?");
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0) {
                r.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
            }
        }
        return r;
    }();
    return record;
}

QSqlDatabase adminConnection(const QString& database) {
    const QString name = QStringLiteral("fd-test-admin-") + database;
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    const QHash<QString, QString>& r = serverRecord();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(r.value(QStringLiteral("FD_PG_HOST")));
    db.setPort(r.value(QStringLiteral("FD_PG_PORT")).toInt());
    db.setUserName(r.value(QStringLiteral("FD_PG_ADMIN")));
    db.setPassword(r.value(QStringLiteral("FD_PG_ADMIN_PASSWORD")));
    db.setDatabaseName(database);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

}  // namespace

ServerAddress ownerAddress(const QString& database) {
    const QHash<QString, QString>& r = serverRecord();
    ServerAddress a;
    a.login = r.value(QStringLiteral("FD_PG_OWNER"));
    a.host = r.value(QStringLiteral("FD_PG_HOST"));
    a.port = r.value(QStringLiteral("FD_PG_PORT")).toInt();
    a.database = database;
    a.tls = TlsMode::Disable;
    rememberServerPassword(a, r.value(QStringLiteral("FD_PG_OWNER_PASSWORD")));
    return a;
}

namespace {

/// A database with the current schema, made once per test process: a test's database is a
/// copy of it (a file copy on the server, far quicker than running the migrations again).
const QString& schemaTemplate() {
    static const QString name = [] {
        const QString t = QStringLiteral("fd_template_%1").arg(QCoreApplication::applicationPid());
        serverAdminExec(QStringLiteral("postgres"),
                        {QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0")
                             .arg(t, serverRecord().value(QStringLiteral("FD_PG_OWNER")))});
        require(Database::open(ownerAddress(t).url(), OpenMode::CreateNew)).reset();
        return t;
    }();
    return name;
}

}  // namespace

QString testServerValue(const char* key) {
    return serverRecord().value(QString::fromLatin1(key));
}

bool testOnServer() {
    return !serverRecord().isEmpty();
}

void serverAdminExec(const QString& database, const QStringList& statements) {
    QSqlDatabase db = adminConnection(database);
    QSqlQuery q(db);
    for (const QString& s : statements) {
        INFO(s.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(s));
    }
}

TestDatabasePlace::TestDatabasePlace(const QTemporaryDir& dir, const QString& fileName, Contents contents) {
    if (!testOnServer()) {
        m_location = dir.filePath(fileName);
        return;
    }
    static int counter = 0;
    m_serverDatabase = QStringLiteral("fd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString owner = serverRecord().value(QStringLiteral("FD_PG_OWNER"));
    // Names made here, never from input.
    const QString from = contents == Contents::Schema ? schemaTemplate() : QStringLiteral("template0");
    serverAdminExec(QStringLiteral("postgres"),
                    {QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3 STRATEGY FILE_COPY")
                         .arg(m_serverDatabase, owner, from)});
    m_openMode = contents == Contents::Schema ? OpenMode::Existing : OpenMode::CreateNew;
    m_location = ownerAddress(m_serverDatabase).url();
}

TestDatabasePlace::~TestDatabasePlace() {
    if (m_serverDatabase.isEmpty()) {
        return;
    }
    const QString name = QStringLiteral("fd-test-admin-postgres");
    if (QSqlDatabase::contains(name)) {
        QSqlQuery q(QSqlDatabase::database(name));
        // FORCE: a connection a failed test left open does not keep the database.
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
    }
}

Result<Actor> signInLikeTheApp(Database& db, const QString& login, const QString& password,
                               const Clock& clock) {
    if (!db.onServer()) {
        return SignIn(db, clock).signIn(login, password);
    }
    const Result<ServerAddress> parsed = parseServerAddress(db.path());
    if (!parsed) {
        return parsed.error();
    }
    ServerAddress address = *parsed;
    address.login = login;
    rememberServerPassword(address, password);
    Result<std::unique_ptr<Database>> own = Database::open(address.url(), OpenMode::Existing);
    if (!own) {
        return own.error();
    }
    return SignIn(**own, clock).signIn(login, password);
}

QString uniqueLogin(const char* who) {
    static std::atomic<int> counter{0};
    return QStringLiteral("t%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(QLatin1String(who));
}

QString giveLogin(Database& owner, Id employee, const char* who, const QString& password) {
    const QString login = uniqueLogin(who);
    const Status given = SignIn(owner).setCredentials(employee, login, password);
    INFO((given.ok() ? std::string() : (given.error().message() + given.error().detail).toStdString()));
    REQUIRE(given.ok());
    return login;
}

}  // namespace fd::test
