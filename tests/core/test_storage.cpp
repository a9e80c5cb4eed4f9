#include "test_support.h"

#include "storage/migration.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace fd::core;
using fd::test::fileBytes;
using fd::test::require;

using fd::test::rawExec;

TEST_CASE("A new database gets schema v1, strict tables and read-back pragmas", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    CHECK(db->schemaVersion() == currentSchemaVersion());
    CHECK(currentSchemaVersion() == 11);
    const PragmaState& p = db->pragmas();
    CHECK(p.foreignKeys == 1);
    CHECK(p.journalMode == QStringLiteral("wal"));
    CHECK(p.synchronous == 2);
    CHECK(p.busyTimeoutMs == Database::kBusyTimeoutMs);
    CHECK(p.trustedSchema == 0);
    CHECK(p.applicationId == Database::kApplicationId);

    QSqlQuery q(db->connection());
    // Every table is STRICT except the full-text index and its shadow tables.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'contacts_fts%'")));
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
        INFO(q.value(0).toString().toStdString());
        CHECK(q.value(1).toString().trimmed().endsWith(QStringLiteral("STRICT")));
    }
    for (const char* t : {"offices", "employees", "channels", "campaigns", "ad_spend", "site_visitors",
                          "contacts", "leads", "lead_touches", "call_attempts", "meetings", "deals",
                          "payments", "reasons", "tasks", "audit_log", "settings"}) {
        INFO(t);
        CHECK(tables.contains(QString::fromLatin1(t)));
    }
    // Foreign keys are enforced, not just declared.
    CHECK_FALSE(
        q.exec(QStringLiteral("INSERT INTO leads(contact_id, created_at, updated_at) VALUES (999, 1, 1)")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM reasons WHERE gate = 'office'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 3);
}

TEST_CASE("STRICT tables refuse values of the wrong type", "[storage]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("s.sqlite")), OpenMode::CreateNew));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO channels(name) VALUES ('Директ')")));
    CHECK_FALSE(q.exec(
        QStringLiteral("INSERT INTO ad_spend(day, channel_id, amount) VALUES ('2026-01-01', 1, 'много')")));
}

TEST_CASE("A missing file is reported and never created", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto r = Database::open(path, OpenMode::Existing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::FileMissing);
    CHECK(r.error().message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A file that is not a database is refused and left byte-for-byte unchanged", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Список клиентов;телефон\nИванов;+79123456789\n");
    }
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path, OpenMode::Existing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotADatabase);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    // An empty file is not a FunnelDesk database either, and stays empty.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    auto e = Database::open(empty, OpenMode::Existing);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == ErrorCode::NotADatabase);
    CHECK(QFileInfo(empty).size() == 0);
}

TEST_CASE("A SQLite database of another program is refused untouched", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path,
            {QStringLiteral("CREATE TABLE things(x)"), QStringLiteral("INSERT INTO things VALUES (1)")});
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path, OpenMode::Existing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotADatabase);
    CHECK(r.error().message().contains(QStringLiteral("another program")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A database from a newer version is refused untouched with a clear message", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    { auto db = require(Database::open(path, OpenMode::CreateNew)); }
    // A newer schema that says nothing of who may still read it.
    rawExec(path, {QStringLiteral("PRAGMA user_version = 99"),
                   QStringLiteral("DELETE FROM settings WHERE key = 'schema_readable_from'")});
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path, OpenMode::Existing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NewerVersion);
    CHECK(r.error().message().contains(QStringLiteral("newer")));
    CHECK(r.error().message().contains(QStringLiteral("99")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("The migration runner upgrades an older database step by step", "[storage][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    const Migration v1{
        1, "notes", [](Database& db) {
            db.execute(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT) STRICT"));
            db.execute(QStringLiteral("INSERT INTO notes(body) VALUES ('первая')"));
        }};
    const Migration v2{
        2, "note authors", [](Database& db) {
            db.execute(QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'admin'"));
        }};
    const Migration v3broken{3, "broken", [](Database& db) {
                                 db.execute(QStringLiteral("ALTER TABLE notes ADD COLUMN extra TEXT"));
                                 db.execute(QStringLiteral("THIS IS NOT SQL"));
                             }};
    {
        auto db = require(Database::open(path, OpenMode::CreateNew, {v1}));
        CHECK(db->schemaVersion() == 1);
    }
    {
        auto db = require(Database::open(path, OpenMode::Existing, {v1, v2}));
        CHECK(db->schemaVersion() == 2);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT body, author FROM notes")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("первая"));
        CHECK(q.value(1).toString() == QStringLiteral("admin"));
    }
    {
        // A failing step is rolled back as a whole and the version stays where it was.
        auto r = Database::open(path, OpenMode::Existing, {v1, v2, v3broken});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Storage);
        CHECK(r.error().message().contains(QStringLiteral("version 2")));
    }
    {
        auto db = require(Database::open(path, OpenMode::Existing, {v1, v2}));
        CHECK(db->schemaVersion() == 2);
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'extra'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    // The version two database is "newer" for a program that knows only version one.
    auto old = Database::open(path, OpenMode::Existing, {v1});
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == ErrorCode::NewerVersion);
}

TEST_CASE("Creating over an existing file is refused", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    { auto db = require(Database::open(path, OpenMode::CreateNew)); }
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path, OpenMode::CreateNew);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Nested write transactions are savepoints of one BEGIN IMMEDIATE", "[storage]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("t.sqlite")), OpenMode::CreateNew));
    auto insert = [&](const char* name) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO channels(name) VALUES (:n)"));
        q.bindValue(QStringLiteral(":n"), QString::fromUtf8(name));
        REQUIRE(q.exec());
    };
    db->begin();
    insert("outer");
    db->begin();
    insert("inner");
    CHECK(db->transactionDepth() == 2);
    db->rollback();
    db->commit();
    CHECK(db->transactionDepth() == 0);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM channels")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("outer"));
}

TEST_CASE("A second connection cannot write while a write transaction is open", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto first = require(Database::open(path, OpenMode::CreateNew));
    auto second = require(Database::open(path, OpenMode::Existing));
    first->begin();
    // BEGIN IMMEDIATE takes the write lock at once, so the second writer fails at its BEGIN
    // (after the busy timeout) instead of half-way through its work.
    QSqlQuery q(second->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    CHECK_THROWS_AS(second->begin(), StorageError);
    first->rollback();
    CHECK_NOTHROW(second->begin());
    second->rollback();
}

TEST_CASE("A version 1 database is upgraded to the current version with its data", "[storage][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto db = require(Database::open(path, OpenMode::CreateNew, {standardMigrations().front()}));
        REQUIRE(db->schemaVersion() == 1);
        QSqlQuery q(db->connection());
        for (const char* sql : {
                 "INSERT INTO offices(name, time_zone, work_start_min, work_end_min, slot_minutes, "
                 "seats_per_slot) "
                 "VALUES ('Офис', 'Europe/Moscow', 540, 1080, 60, 2)",
                 "INSERT INTO contacts(name, phone_e164, search_key, created_at) "
                 "VALUES ('Ёлкина Мария', '+79120000001', 'елкина мария 79120000001', 1)",
                 "INSERT INTO leads(contact_id, created_at, updated_at) VALUES (1, 1, 1)",
                 "INSERT INTO meetings(lead_id, office_id, booked_at, scheduled_at, status) "
                 "VALUES (1, 1, 2, 1000, 'no_show')",
                 "INSERT INTO meetings(lead_id, office_id, booked_at, scheduled_at, status) "
                 "VALUES (1, 1, 3, 2000, 'scheduled')",
             }) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
    }
    auto db = require(Database::open(path, OpenMode::Existing));
    CHECK(db->schemaVersion() == currentSchemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT office_id, next_meeting_at, manager_id, due_meetings, no_shows FROM leads WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toLongLong() == 2000);
    CHECK(q.value(2).isNull());
    CHECK(q.value(3).toLongLong() == 1);
    CHECK(q.value(4).toLongLong() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '\"елкин\"'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
}
