// The command line on a PostgreSQL server: a company's SQLite file moved to the server gives the
// same reports there. Runs on the suite's private server only ([server]).
#include "cli_test_support.h"

#include "storage/server_address.h"

namespace {

/// funneldesk-cli with the server login's password where libpq looks for it (PGPASSWORD; an
/// administrator would rather keep it in ~/.pgpass).
Run serverCli(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), fd::test::testServerValue("FD_PG_OWNER_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FD_CLI_PATH), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QStringList funnelReport(const QString& db, const QString& by, const QString& mode) {
    return {QStringLiteral("report"),   QStringLiteral("funnel"),
            QStringLiteral("--db"),     db,
            QStringLiteral("--from"),   QStringLiteral("2026-01-01"),
            QStringLiteral("--to"),     QStringLiteral("2026-07-01"),
            QStringLiteral("--by"),     by,
            QStringLiteral("--mode"),   mode,
            QStringLiteral("--format"), QStringLiteral("csv")};
}

}  // namespace

TEST_CASE("A demo company moved to the server is the same company there, report for report", "[server]") {
    QTemporaryDir dir;
    const QString file = demoDatabase(dir, 1500);
    fd::test::TestDatabasePlace server(dir, QStringLiteral("unused"));

    const Run moved = serverCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                 QStringLiteral("--to"), server.location()});
    INFO(moved.out.toStdString() << moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("(equal)")));
    CHECK(moved.out.contains(QStringLiteral("leads")));

    for (const QString& by :
         {QStringLiteral("channel"), QStringLiteral("operator"), QStringLiteral("week")}) {
        for (const QString& mode : {QStringLiteral("cohort"), QStringLiteral("period")}) {
            const Run here = serverCli(funnelReport(file, by, mode));
            const Run there = serverCli(funnelReport(server.location(), by, mode));
            INFO(by.toStdString() << ' ' << mode.toStdString() << ": " << there.err.toStdString());
            REQUIRE(here.exitCode == 0);
            REQUIRE(there.exitCode == 0);
            CHECK(there.out == here.out);
        }
    }

    // A second move into the same database is refused: it holds a company now.
    const Run again = serverCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                 QStringLiteral("--to"), server.location()});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("already holds")));
}
