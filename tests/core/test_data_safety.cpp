// What a damaged, read-only or busy database does to the actions that would write into it: it
// is found before anything is written, and the person reads the cause in plain words.
#include "test_support.h"

#include "domain/text_limits.h"
#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/data_export.h"
#include "services/data_import.h"
#include "services/demo_generator.h"
#include "services/lead_list_reader.h"
#include "services/lead_service.h"
#include "services/report_service.h"
#include "storage/database_backup.h"
#include "storage/database_salvage.h"
#include "storage/migration.h"
#include "storage/milestone_verifier.h"
#include "storage/storage_error.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

qint64 countOf(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Result<ImportSummary> importLeads(Database& db, QByteArray csv, bool abortOnError) {
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.abortOnError = abortOnError;
    return DataImport(db, [] { return msk(2026, 7, 1, 12); }).run(buffer, o);
}

const QByteArray kThreeLeads =
    "name,phone,channel\n"
    "Пётр Ёлкин,+79120000101,Сайт\n"
    "Анна Юрист,+79120000102,Сайт\n"
    "Олег Новый,+79120000103,Сайт\n";

/// The schema history of a later FunnelDesk: one more step, which older programs may read past
/// when `readableFrom` says so.
std::vector<Migration> laterHistory(int readableFrom) {
    std::vector<Migration> history = standardMigrations();
    history.push_back(
        Migration{currentSchemaVersion() + 1, "an index older programs never read",
                  [](Database& db) {
                      db.execute(QStringLiteral("CREATE INDEX later_by_status ON leads(status, created_at)"));
                  },
                  readableFrom});
    return history;
}

NewLead someone() {
    NewLead in;
    in.name = QStringLiteral("Мария Новая");
    in.phone = QStringLiteral("+7 912 000-09-09");
    return in;
}

}  // namespace

TEST_CASE("A damaged file is found before anything is written to it, and the person is told what to do",
          "[sqlite][safety]") {
    QTemporaryDir dir;
    QString path;
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        auto db = fd::test::demoDatabase(dir, 300, 1);
        path = db->path();
        page = countOf(*db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'leads'"));
        pageSize = countOf(*db, QStringLiteral("PRAGMA page_size"));
    }  // the last connection closed: the WAL is checkpointed into the file
    REQUIRE(page > 1);
    fd::test::overwritePage(path, page, pageSize);  // one page of the leads table, as a failing disk would
    const QByteArray before = fd::test::fileDigest(path);

    auto db = require(Database::open(path, OpenMode::Existing));
    CHECK(db->isDamaged());
    const Result<CreatedLead> typed =
        LeadService(*db, [] { return msk(2026, 7, 1, 12); }).createLead(someone());
    REQUIRE_FALSE(typed.ok());
    INFO(typed.error().message().toStdString());
    CHECK(typed.error().message() == Error::make(ErrorCode::Storage, kDamagedMessage).message());
    CHECK(typed.error().message().contains(QStringLiteral("funneldesk-cli recover")));

    const Result<ImportSummary> imported = importLeads(*db, kThreeLeads, false);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message() == typed.error().message());
    db.reset();
    CHECK(fd::test::fileDigest(path) == before);
    CHECK(QFile(path + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("A database that refuses writes ends an import with the cause, never with the rows as bad",
          "[sqlite][safety]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("ro.sqlite")), OpenMode::CreateNew));
    REQUIRE(importLeads(*db, "name,phone,channel\nПервая,+79120000001,Сайт\n", true).ok());
    // The engine refuses every write on this connection, as on a read-only file or mount.
    db->execute(QStringLiteral("PRAGMA query_only = ON"));
    for (const bool abortOnError : {false, true}) {
        const Result<ImportSummary> r = importLeads(*db, kThreeLeads, abortOnError);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ReadOnly);
        CHECK(r.error().message() == QStringLiteral("The database file is read-only; nothing was saved."));
    }
    const Result<CreatedLead> typed =
        LeadService(*db, [] { return msk(2026, 7, 1, 12); }).createLead(someone());
    REQUIRE_FALSE(typed.ok());
    CHECK(typed.error().code == ErrorCode::ReadOnly);
    CHECK_FALSE(typed.error().message().contains(QStringLiteral("Unable to")));
    db->execute(QStringLiteral("PRAGMA query_only = OFF"));
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM leads")) == 1);
}

TEST_CASE("A full disk met in the middle of an import ends it with the cause, whatever --on-error says",
          "[sqlite][safety]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("full.sqlite")), OpenMode::CreateNew));
    REQUIRE(importLeads(*db, "name,phone,channel\nПервая,+79120000001,Сайт\n", true).ok());
    // The file may not grow by a page: the rows fit in what is free for a while, then the engine
    // says the disk is full, as a full disk would.
    db->execute(
        QStringLiteral("PRAGMA max_page_count = %1").arg(countOf(*db, QStringLiteral("PRAGMA page_count"))));
    QByteArray csv = "name,phone,channel,note\n";
    for (int i = 0; i < 3000; ++i) {
        csv += QStringLiteral("Клиент %1,+7913%2,Сайт,%3\n")
                   .arg(i)
                   .arg(1000000 + i)
                   .arg(QString(200, QLatin1Char('z')))
                   .toUtf8();
    }
    for (const bool abortOnError : {false, true}) {
        const Result<ImportSummary> r = importLeads(*db, csv, abortOnError);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message() ==
              QStringLiteral("The disk is full; nothing was saved. Free some space and try again."));
    }
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM leads")) == 1);
}

TEST_CASE("A write while another program holds the database says so, in plain words", "[sqlite][safety]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    auto other = require(Database::open(path, OpenMode::Existing));
    other->begin();  // holds the write lock, as another program's long write would
    db->execute(QStringLiteral("PRAGMA busy_timeout = 100"));
    const Result<CreatedLead> typed =
        LeadService(*db, [] { return msk(2026, 7, 1, 12); }).createLead(someone());
    other->rollback();
    REQUIRE_FALSE(typed.ok());
    CHECK(typed.error().code == ErrorCode::Locked);
    CHECK(typed.error().message() ==
          QStringLiteral("Another program is writing to this database; nothing was "
                         "saved. Try again when it has finished."));
}

TEST_CASE(
    "Control characters and over-long text are refused row by row and field by field, and stored data "
    "always exports",
    "[sqlite][safety]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("limits.sqlite")), OpenMode::CreateNew));
    QByteArray csv = "name,phone,channel,note\n";
    csv += QByteArray("Анна") + '\0' + QByteArray("Нуль,+79120000201,Сайт,\n");
    csv += QByteArray("Борис,+79120000202,Са") + '\0' + QByteArray("йт,\n");
    csv += "Вера,+79120000203,Сайт," + QByteArray(20000, 'x') + "\n";
    csv += "Галина Верная,+79120000204,Сайт,две\tстроки\n";
    const ImportSummary r = require(importLeads(*db, csv, false));
    CHECK(r.created == 1);
    CHECK(r.skipped == 3);
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == QStringLiteral("name"));
    CHECK(r.errors[0].reason.contains(QStringLiteral("control character")));
    CHECK(r.errors[1].column == QStringLiteral("channel"));
    CHECK(r.errors[2].line == 4);
    CHECK(r.errors[2].column == QStringLiteral("note"));
    CHECK(r.errors[2].reason.contains(QStringLiteral("20000")));
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM channels WHERE instr(name, char(0)) > 0")) == 0);

    // Typed input: the same rules, the field named.
    LeadService leads(*db, [] { return msk(2026, 7, 1, 12); });
    NewLead in = someone();
    in.name = QStringLiteral("Мария") + QChar(1);
    const Result<CreatedLead> control = leads.createLead(in);
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().field == QStringLiteral("name"));
    in.name = QString(maxLength(TextKind::Name) + 1, QLatin1Char('a'));
    const Result<CreatedLead> tooLong = leads.createLead(in);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message().contains(QString::number(maxLength(TextKind::Name))));
    const Result<Id> channel =
        CatalogService(*db).addChannel(QStringLiteral("Са") + QChar(0) + QStringLiteral("йт"));
    REQUIRE_FALSE(channel.ok());
    CHECK(channel.error().field == QStringLiteral("channel"));
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM leads")) == 1);

    // A search for text with a NUL in it searches for the rest.
    LeadFilter f;
    f.text = QStringLiteral("Гали") + QChar(0) + QStringLiteral("на");
    CHECK(require(LeadListReader(*db).firstPage(f, LeadSort{}, 50)).count == 1);

    // A note stored before the limits (40 000 characters) still exports: shortened in a spreadsheet.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE leads SET note = '%1'").arg(QString(40000, QLatin1Char('n')))));
    ExportOptions o;
    o.format = ExportFormat::Xlsx;
    const ExportResult xlsx = require(exportToFile(*db, o, dir.filePath(QStringLiteral("leads.xlsx")), 0));
    CHECK(xlsx.rows == 1);
    CHECK(xlsx.shortenedCells == 1);
    o.format = ExportFormat::Csv;
    CHECK(require(exportToFile(*db, o, dir.filePath(QStringLiteral("leads.csv")), 0)).shortenedCells == 0);
}

TEST_CASE(
    "A backup taken while another connection writes is one consistent, checked moment, and a restore "
    "keeps the file it replaces",
    "[sqlite][safety][backup]") {
    QTemporaryDir dir;
    QString path;
    {
        auto db = fd::test::demoDatabase(dir, 400, 2);
        path = db->path();
    }
    auto db = require(Database::open(path, OpenMode::Existing));
    const qint64 before = countOf(*db, QStringLiteral("SELECT count(*) FROM leads"));
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto other = require(Database::open(path, OpenMode::Existing));
        LeadService leads(*other, [] { return msk(2026, 7, 1, 12); });
        for (int i = 0; !stop && i < 5000; ++i) {
            NewLead in = someone();
            in.phone = QStringLiteral("+7912%1").arg(7000000 + i);
            if (leads.createLead(in).ok()) {
                ++written;
            }
        }
    });
    while (written < 5) {
        std::this_thread::yield();
    }
    const QString copy = dir.filePath(QStringLiteral("backups/copy.sqlite"));
    const Status backedUp = DatabaseBackup::backUp(*db, copy);
    stop = true;
    writer.join();
    REQUIRE(backedUp.ok());
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".part")));
    CHECK(require(DatabaseBackup::check(copy)) == db->schemaVersion());
    const qint64 after = countOf(*db, QStringLiteral("SELECT count(*) FROM leads"));
    qint64 inCopy = 0;
    {
        auto restored = require(Database::open(copy, OpenMode::Existing));
        inCopy = countOf(*restored, QStringLiteral("SELECT count(*) FROM leads"));
        CHECK(restored->integrityProblems().isEmpty());
        CHECK(MilestoneVerifier(*restored).verify().empty());
    }
    CHECK(inCopy > before);
    CHECK(inCopy <= after);
    CHECK_FALSE(DatabaseBackup::backUp(*db, copy).ok());  // an existing file is never overwritten

    // Restore: refused while the database is open, then done with the replaced file kept aside.
    const QDateTime now(QDate(2026, 7, 1), QTime(12, 0));
    const Result<QString> busy = DatabaseBackup::restore(copy, path, now);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Locked);
    CHECK(QFileInfo::exists(path));
    db.reset();
    const QString aside = require(DatabaseBackup::restore(copy, path, now));
    CHECK(aside == path + QStringLiteral(".replaced-20260701-120000"));
    auto back = require(Database::open(path, OpenMode::Existing));
    CHECK(countOf(*back, QStringLiteral("SELECT count(*) FROM leads")) == inCopy);
    auto replaced = require(Database::open(aside, OpenMode::Existing));
    CHECK(countOf(*replaced, QStringLiteral("SELECT count(*) FROM leads")) == after);

    // A file that is not a sound FunnelDesk database is never restored.
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    back.reset();
    const Result<QString> refused = DatabaseBackup::restore(junk.fileName(), path, now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotADatabase);
}

TEST_CASE("The automatic backups keep the last 7 days and one copy of each of 4 weeks before", "[backup]") {
    QStringList files;
    for (QDate d(2026, 5, 1); d <= QDate(2026, 7, 1); d = d.addDays(1)) {
        files << QStringLiteral("demo-%1.sqlite").arg(d.toString(Qt::ISODate));
    }
    files << QStringLiteral("notes.txt");
    const QStringList gone = DatabaseBackup::expired(files);
    QStringList kept;
    for (const QString& f : files) {
        if (!gone.contains(f)) {
            kept << f;
        }
    }
    // 25 June – 1 July every day; then the Sunday of each of the four weeks before.
    CHECK(kept ==
          QStringList{QStringLiteral("demo-2026-05-31.sqlite"), QStringLiteral("demo-2026-06-07.sqlite"),
                      QStringLiteral("demo-2026-06-14.sqlite"), QStringLiteral("demo-2026-06-21.sqlite"),
                      QStringLiteral("demo-2026-06-25.sqlite"), QStringLiteral("demo-2026-06-26.sqlite"),
                      QStringLiteral("demo-2026-06-27.sqlite"), QStringLiteral("demo-2026-06-28.sqlite"),
                      QStringLiteral("demo-2026-06-29.sqlite"), QStringLiteral("demo-2026-06-30.sqlite"),
                      QStringLiteral("demo-2026-07-01.sqlite"), QStringLiteral("notes.txt")});
}

TEST_CASE("A demo whose making stopped half-way is refused on opening, and a whole one opens",
          "[sqlite][safety]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    DemoOptions o;
    o.leads = 600;
    o.months = 1;
    o.endDate = QDate(2026, 6, 30);
    o.batchLeads = 200;
    std::optional<Error> halfWay;
    o.progress = [&](qint64 done, qint64 total) {
        if (!halfWay && done < total) {  // what another program finds after the first commit
            const Result<std::unique_ptr<Database>> other = Database::open(path, OpenMode::Existing);
            halfWay = other ? Error{} : other.error();
        }
    };
    require(DemoGenerator(*db).generate(o));
    REQUIRE(halfWay);
    CHECK(halfWay->code == ErrorCode::Conflict);
    CHECK(halfWay->message().contains(QStringLiteral("was not finished")));
    db.reset();
    CHECK(Database::open(path, OpenMode::Existing).ok());
}

TEST_CASE("recover salvages what a damaged file still gives into a new database that passes every check",
          "[sqlite][safety][recover]") {
    QTemporaryDir dir;
    QString path;
    qint64 leafPage = 0;
    qint64 pageSize = 0;
    qint64 leadsBefore = 0;
    qint64 callsBefore = 0;
    {
        auto db = fd::test::demoDatabase(dir, 1500, 3);
        path = db->path();
        leadsBefore = countOf(*db, QStringLiteral("SELECT count(*) FROM leads"));
        callsBefore = countOf(*db, QStringLiteral("SELECT count(*) FROM call_attempts"));
        // A leaf page of the leads table in the middle of it: the leads it holds are lost.
        leafPage =
            countOf(*db, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'leads' AND pagetype = "
                                        "'leaf' ORDER BY pageno LIMIT 1 OFFSET 5"));
        pageSize = countOf(*db, QStringLiteral("PRAGMA page_size"));
    }
    fd::test::overwritePage(path, leafPage, pageSize);
    const QByteArray before = fd::test::fileDigest(path);

    const QString salvaged = dir.filePath(QStringLiteral("salvaged.sqlite"));
    const std::vector<SalvagedTable> tables = require(salvageDatabase(path, salvaged));
    CHECK(fd::test::fileDigest(path) == before);  // the damaged file is only read
    auto find = [&](const char* name) {
        for (const SalvagedTable& t : tables) {
            if (t.table == QLatin1String(name)) {
                return t;
            }
        }
        FAIL(name);
        return SalvagedTable{};
    };
    const SalvagedTable leads = find("leads");
    INFO("leads saved " << leads.rows << ", unreadable " << leads.unreadable);
    CHECK(leads.unreadable > 0);
    CHECK(leads.rows + leads.unreadable == leadsBefore);
    CHECK(leads.rows > leadsBefore * 9 / 10);
    const SalvagedTable calls = find("call_attempts");
    CHECK(calls.dropped > 0);  // the calls of the lost leads
    CHECK(calls.rows + calls.dropped == callsBefore);
    CHECK(find("contacts").unreadable == 0);

    auto db = require(Database::open(salvaged, OpenMode::Existing));
    CHECK_FALSE(db->isDamaged());
    CHECK(db->integrityProblems().isEmpty());
    CHECK(MilestoneVerifier(*db).verify().empty());
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM leads")) == leads.rows);
    CHECK_FALSE(salvageDatabase(path, salvaged).ok());  // never over an existing file
}

TEST_CASE("A database of a newer FunnelDesk that older ones may read opens read-only, and writes say why",
          "[sqlite][safety][readonly]") {
    QTemporaryDir dir;
    QString path;
    {
        auto db = fd::test::demoDatabase(dir, 300, 1);
        path = db->path();
        CHECK(db->writeAccess() == WriteAccess::Writable);
    }
    {
        // A later program upgrades it with a step this one can read past.
        auto later = require(Database::open(path, OpenMode::Existing, laterHistory(currentSchemaVersion())));
        CHECK(later->schemaVersion() == currentSchemaVersion() + 1);
    }
    const QByteArray before = fd::test::fileDigest(path);
    {
        auto db = require(Database::open(path, OpenMode::Existing));
        CHECK(db->writeAccess() == WriteAccess::NewerSchema);
        CHECK(db->schemaVersion() == currentSchemaVersion() + 1);

        // Lists and reports read as ever.
        CHECK(require(LeadListReader(*db).count(LeadFilter{})) == 300);
        FunnelSpec spec;
        spec.from = QDate(2000, 1, 1);
        spec.to = QDate(2040, 12, 31);
        CHECK(require(ReportService(*db).funnel(spec)).total.stages[0] == 300);

        // What writes is refused with the cause, before and while writing.
        const Status writable = fd::core::writable(*db);
        REQUIRE_FALSE(writable.ok());
        CHECK(writable.error().code == ErrorCode::ReadOnly);
        CHECK(writable.error().message().contains(QStringLiteral("newer FunnelDesk")));
        CHECK(permit(*db, Action::ImportData).error().message() == writable.error().message());
        CHECK(permit(*db, Action::ReadLeads).ok());
        const Result<CreatedLead> typed =
            LeadService(*db, [] { return msk(2026, 7, 1, 12); }).createLead(someone());
        REQUIRE_FALSE(typed.ok());
        CHECK(typed.error().code == ErrorCode::ReadOnly);
        CHECK_THROWS_AS(db->begin(), StorageError);
    }
    CHECK(fd::test::fileDigest(path) == before);

    SECTION("a step older programs cannot read past makes it refused again") {
        {
            std::vector<Migration> history = laterHistory(currentSchemaVersion());
            history.push_back(Migration{
                currentSchemaVersion() + 2, "a changed table",
                [](Database& db) { db.execute(QStringLiteral("CREATE TABLE later_things (id INTEGER)")); },
                0});
            require(Database::open(path, OpenMode::Existing, history));
        }
        const Result<std::unique_ptr<Database>> refused = Database::open(path, OpenMode::Existing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NewerVersion);
    }
}
