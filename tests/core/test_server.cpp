// A database on a PostgreSQL server: addresses, what connecting says when it cannot go on, and a
// connection lost in the middle of work. Cases tagged [server] run only on the suite's server.
#include "test_support.h"

#include "services/lead_service.h"
#include "storage/migration.h"
#include "storage/query.h"

#include <QSqlQuery>

using namespace fd::core;
using fd::test::require;
using fd::test::TestDatabasePlace;

namespace {

/// The database name of a server location.
QString databaseOf(const QString& location) {
    return require(parseServerAddress(location)).database;
}

QString serverValue(const QString& database, const QString& sql) {
    fd::test::serverAdminExec(database, {});  // opens the administrator's connection to it
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fd-test-admin-") + database);
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

}  // namespace

TEST_CASE("A server address is read with its login, host, port, database and TLS mode", "[server-address]") {
    const ServerAddress a = require(
        parseServerAddress(QStringLiteral("postgresql://anna@db.office.local:6432/crm?sslmode=require")));
    CHECK(a.login == QStringLiteral("anna"));
    CHECK(a.host == QStringLiteral("db.office.local"));
    CHECK(a.port == 6432);
    CHECK(a.database == QStringLiteral("crm"));
    CHECK(a.tls == TlsMode::Require);
    CHECK(require(parseServerAddress(a.url())).url() == a.url());
    const ServerAddress plain =
        require(parseServerAddress(QStringLiteral("postgres://boris@10.0.0.5/funnel")));
    CHECK(plain.port == 5432);
    CHECK(plain.tls == TlsMode::Prefer);
    CHECK(isServerLocation(QStringLiteral("postgresql://x@y/z")));
    CHECK_FALSE(isServerLocation(QStringLiteral("/home/anna/crm.sqlite")));

    const Result<ServerAddress> withPassword =
        parseServerAddress(QStringLiteral("postgresql://anna:secret@db/crm"));
    REQUIRE_FALSE(withPassword.ok());
    CHECK(withPassword.error().message().contains(QStringLiteral("password")));
    CHECK_FALSE(withPassword.error().message().contains(QStringLiteral("secret")));
    CHECK_FALSE(parseServerAddress(QStringLiteral("postgresql://db/crm")).ok());    // no login
    CHECK_FALSE(parseServerAddress(QStringLiteral("postgresql://anna@db/")).ok());  // no database
    CHECK_FALSE(parseServerAddress(QStringLiteral("postgresql://anna@db/crm?sslmode=sometimes")).ok());
    CHECK_FALSE(parseServerAddress(QStringLiteral("postgresql://anna@db/crm?password=x")).ok());
}

TEST_CASE("A server that is down, a wrong password, a missing database: a clear error and nothing written",
          "[server]") {
    ServerAddress down = fd::test::ownerAddress(QStringLiteral("postgres"));
    down.port = 1;  // nothing listens there
    const auto refused = Database::open(down.url(), OpenMode::Existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Unreachable);
    CHECK(refused.error().message().contains(QStringLiteral("cannot be reached")));

    fd::test::serverAdminExec(QStringLiteral("postgres"),
                              {QStringLiteral("DROP ROLE IF EXISTS fd_anna"),
                               QStringLiteral("CREATE ROLE fd_anna LOGIN PASSWORD 'the right one'")});
    QTemporaryDir dir;
    TestDatabasePlace place(dir, QStringLiteral("x.sqlite"), TestDatabasePlace::Contents::Schema);
    ServerAddress anna = require(parseServerAddress(place.location()));
    anna.login = QStringLiteral("fd_anna");
    rememberServerPassword(anna, QStringLiteral("a wrong one"));
    const auto wrong = Database::open(anna.url(), OpenMode::Existing);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::SignIn);
    CHECK(wrong.error().message().contains(QStringLiteral("fd_anna")));
    CHECK_FALSE(wrong.error().message().contains(QStringLiteral("a wrong one")));
    rememberServerPassword(anna, QStringLiteral("the right one"));
    const auto right = Database::open(anna.url(), OpenMode::Existing);  // past the sign-in at least
    CHECK((right.ok() || right.error().code != ErrorCode::SignIn));

    const auto missing =
        Database::open(fd::test::ownerAddress(QStringLiteral("no_such_db")).url(), OpenMode::Existing);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::FileMissing);
    CHECK(missing.error().message().contains(QStringLiteral("no_such_db")));
}

TEST_CASE("A database of another program, an empty one and one of a newer FunnelDesk are refused untouched",
          "[server]") {
    QTemporaryDir dir;
    TestDatabasePlace other(dir, QStringLiteral("other.sqlite"));
    const QString otherDb = databaseOf(other.location());
    fd::test::serverAdminExec(otherDb, {QStringLiteral("CREATE TABLE customers (id int, name text)"),
                                        QStringLiteral("INSERT INTO customers VALUES (1, 'Anna')")});
    for (const OpenMode mode : {OpenMode::Existing, OpenMode::CreateNew}) {
        const auto refused = Database::open(other.location(), mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotADatabase);
        CHECK(refused.error().message().contains(QStringLiteral("another program")));
    }
    CHECK(
        serverValue(otherDb, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) ==
        QStringLiteral("1"));
    CHECK(serverValue(otherDb, QStringLiteral("SELECT name FROM customers")) == QStringLiteral("Anna"));

    TestDatabasePlace empty(dir, QStringLiteral("empty.sqlite"));
    const auto notSetUp = Database::open(empty.location(), OpenMode::Existing);
    REQUIRE_FALSE(notSetUp.ok());
    CHECK(notSetUp.error().message().contains(QStringLiteral("funneldesk-cli init")));
    CHECK(serverValue(databaseOf(empty.location()),
                      QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) ==
          QStringLiteral("0"));

    TestDatabasePlace newer(dir, QStringLiteral("newer.sqlite"), TestDatabasePlace::Contents::Schema);
    const QString newerDb = databaseOf(newer.location());
    fd::test::serverAdminExec(
        newerDb, {QStringLiteral("UPDATE funneldesk_meta SET value = '99' WHERE key = 'schema_version'")});
    const auto tooNew = Database::open(newer.location(), OpenMode::Existing);
    REQUIRE_FALSE(tooNew.ok());
    CHECK(tooNew.error().code == ErrorCode::NewerVersion);
    CHECK(tooNew.error().message().contains(QStringLiteral("99")));
    CHECK(serverValue(newerDb,
                      QStringLiteral("SELECT value FROM funneldesk_meta WHERE key = 'schema_version'")) ==
          QStringLiteral("99"));

    const auto taken = Database::open(newer.location(), OpenMode::CreateNew);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code != ErrorCode::Storage);
}

TEST_CASE("A connection lost in the middle of work fails the action, leaves nothing half-done and reconnects",
          "[server]") {
    fd::test::World w;
    const QString database = databaseOf(w.path());
    const qint64 leadsBefore = w.count("leads");
    const qint64 contactsBefore = w.count("contacts");

    // A transaction under way when the server drops the connection.
    {
        WriteTransaction tx(*w.db);
        Query q(*w.db, "INSERT INTO contacts(name, search_key, created_at) VALUES (:n, '', 0) RETURNING id");
        q.bind(":n", QStringLiteral("half done")).insert();
        fd::test::serverAdminExec(
            QStringLiteral("postgres"),
            {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                            "datname = '%1' AND pid <> pg_backend_pid()")
                 .arg(database)});
        CHECK_THROWS_AS(tx.commit(), StorageError);
    }
    NewLead in;
    in.name = QStringLiteral("Анна Смирнова");
    in.phone = QStringLiteral("+7 912 000-00-01");
    in.channelId = w.channel;
    const Result<CreatedLead> first = LeadService(*w.db, w.clock).createLead(in);
    if (!first.ok()) {  // the loss may be noticed only now: the action fails and says so
        CHECK(first.error().code == ErrorCode::Unreachable);
        CHECK(first.error().message().contains(QStringLiteral("connection")));
        REQUIRE(LeadService(*w.db, w.clock).createLead(in).ok());
    }
    CHECK(w.count("leads") == leadsBefore + 1);
    CHECK(w.count("contacts") == contactsBefore + 1);  // the half-done contact is not there
}

TEST_CASE("A database left at an older schema is upgraded by its owner, never half-way by a person's login",
          "[server][roles]") {
    QTemporaryDir dir;
    std::unique_ptr<Database> owner = fd::test::demoDatabase(dir, 300, 1);
    const QString database = databaseOf(owner->path());
    const QString password = QStringLiteral("Пароль-сотрудника-1");
    const Id headId = [&] {
        Query head(*owner, "SELECT min(id) FROM employees WHERE role = 'head'");
        return head.one([](Query& r) { return r.i64(0); }).value_or(0);
    }();
    const QString login = fd::test::giveLogin(*owner, headId, "head", password);
    // The database as the previous FunnelDesk left it: schema version 7, without version 8's index.
    fd::test::serverAdminExec(
        database, {QStringLiteral("DROP INDEX leads_new"),
                   QStringLiteral("UPDATE funneldesk_meta SET value = '7' WHERE key = 'schema_version'")});
    const QString versionSql =
        QStringLiteral("SELECT value FROM funneldesk_meta WHERE key = 'schema_version'");
    const QString indexSql = QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'leads_new'");

    ServerAddress person = require(parseServerAddress(owner->path()));
    const QString ownerLogin = person.login;
    person.login = login;
    rememberServerPassword(person, password);
    const auto refused = Database::open(person.url(), OpenMode::Existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NewerVersion);
    INFO(refused.error().message().toStdString());
    CHECK(refused.error().message().contains(ownerLogin));
    CHECK(refused.error().message().contains(QStringLiteral("funneldesk-cli check")));
    CHECK(serverValue(database, versionSql) == QStringLiteral("7"));
    CHECK(serverValue(database, indexSql) == QStringLiteral("0"));

    const QString ownerPath = owner->path();
    owner.reset();
    const auto upgraded = Database::open(ownerPath, OpenMode::Existing);
    REQUIRE(upgraded.ok());
    CHECK((*upgraded)->schemaVersion() == currentSchemaVersion());
    CHECK(serverValue(database, indexSql) == QStringLiteral("1"));
    CHECK(Database::open(person.url(), OpenMode::Existing).ok());
}

TEST_CASE("The application's connections run each statement in one server process", "[server]") {
    fd::test::World w;
    Query q(*w.db, "SELECT current_setting('max_parallel_workers_per_gather')");
    CHECK(q.one([](Query& r) { return r.text(0); }).value_or(QString()) == QStringLiteral("0"));
}
