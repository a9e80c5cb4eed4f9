// The command line on a damaged file, and backups: a copy taken while the database is in use,
// put back with the replaced file kept aside.
#include "cli_test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using fd::test::fileBytes;

namespace {

/// Overwrites the first page of the leads table with random bytes, as a failing disk would.
void damageLeads(const QString& path) {
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'leads'")));
        REQUIRE(q.next());
        page = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    fd::test::overwritePage(path, page, pageSize);
}

}  // namespace

TEST_CASE("import into a damaged file exits 1 with the cause and writes nothing, whatever --on-error says",
          "[cli][safety]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, 300);
    damageLeads(db);
    const QByteArray before = fd::test::fileDigest(db);
    const QString file = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nПётр,+79120000301\nАнна,+79120000303\n");
    }
    for (const QString& onError : {QStringLiteral("skip"), QStringLiteral("abort")}) {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                           file, QStringLiteral("--on-error"), onError});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("damaged")));
        CHECK(r.err.contains(QStringLiteral("funneldesk-cli recover")));
        CHECK_FALSE(r.out.contains(QStringLiteral("skipped")));
    }
    CHECK(fd::test::fileDigest(db) == before);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 1);

    // What can be read goes into a new file that passes check; the leads, whose first page is gone,
    // are reported lost and every row that referred to them dropped.
    const QString salvaged = dir.filePath(QStringLiteral("salvaged.sqlite"));
    const Run recovered =
        cli({QStringLiteral("recover"), QStringLiteral("--db"), db, QStringLiteral("--out"), salvaged});
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(recovered.out.contains(QRegularExpression(QStringLiteral("leads +0 +all"))));
    CHECK(recovered.out.contains(QRegularExpression(QStringLiteral("offices +3 +0 +0"))));
    CHECK(fd::test::fileDigest(db) == before);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), salvaged}).exitCode == 0);
}

TEST_CASE(
    "backup copies a database and checks the copy, and restore puts a sound copy back and keeps the "
    "replaced file",
    "[cli][backup]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, 300);
    const QString copy = dir.filePath(QStringLiteral("copies/demo-copy.sqlite"));
    const Run backedUp =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.contains(QStringLiteral("checked")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), copy}).exitCode == 0);
    const Run again =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    // A change after the copy, then the copy put back: the change is gone, the replaced file kept.
    REQUIRE(cli({QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("--set"),
                 QStringLiteral("max_call_attempts=9")})
                .exitCode == 0);
    const Run restored =
        cli({QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--db"), db});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));
    CHECK_FALSE(cli({QStringLiteral("config"), QStringLiteral("--db"), db})
                    .out.contains(QStringLiteral("max_call_attempts = 9")));

    // A damaged copy is refused, and the database stays as it is.
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    REQUIRE(QFile::copy(copy, bad));
    damageLeads(bad);
    const QByteArray before = fd::test::fileDigest(db);
    const Run refused =
        cli({QStringLiteral("restore"), QStringLiteral("--from"), bad, QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("damaged")));
    CHECK(fd::test::fileDigest(db) == before);
}

TEST_CASE("erase destroys a client's personal data found by phone, and their lead stays", "[cli][erasure]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, 200);
    const QString file = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "name,phone,email,note\nЗинаида Эрастова,+79123456789,zina@example.org,Просила звонить "
            "вечером\n");
    }
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, file}).exitCode ==
        0);

    const Run neither = cli({QStringLiteral("erase"), QStringLiteral("--db"), db});
    CHECK(neither.exitCode == 1);
    const Run nobody = cli({QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--client"),
                            QStringLiteral("+7 999 000-00-01")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("No client")));

    const Run erased = cli({QStringLiteral("erase"), QStringLiteral("--db"), db, QStringLiteral("--client"),
                            QStringLiteral("8 (912) 345-67-89")});
    INFO(erased.out.toStdString() << erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(QStringLiteral("1 lead(s) kept as anonymous records")));

    const QString exported = dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                 QStringLiteral("--out"), exported})
                .exitCode == 0);
    const QByteArray rows = fileBytes(exported);
    CHECK(rows.count('\n') == 202);  // the header, the demo's 200 leads and the erased client's lead
    CHECK_FALSE(rows.contains(QByteArrayLiteral("9123456789")));
    CHECK_FALSE(rows.contains(QStringLiteral("Эрастова").toUtf8()));
    CHECK_FALSE(fileBytes(db).contains(QStringLiteral("Эрастова").toUtf8()));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}
