// The command line on a PostgreSQL server: a company's SQLite file moved to the server gives the
// same reports there. Runs on the suite's private server only ([server]).
#include "cli_test_support.h"

#include "storage/server_address.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

namespace {

/// funneldesk-cli with the server login's password where libpq looks for it (PGPASSWORD; an
/// administrator would rather keep it in ~/.pgpass).
Run serverCli(const QStringList& args, const QString& serverPassword = {}, const QString& newPassword = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"),
               serverPassword.isEmpty() ? fd::test::testServerValue("FD_PG_OWNER_PASSWORD") : serverPassword);
    if (!newPassword.isEmpty()) {
        env.insert(QStringLiteral("FUNNELDESK_PASSWORD"), newPassword);
    }
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

TEST_CASE(
    "After the move each person gets a server password and reads with their own login what their role gives",
    "[server]") {
    QTemporaryDir dir;
    const QString file = demoDatabase(dir, 1500);
    fd::test::TestDatabasePlace server(dir, QStringLiteral("unused"));
    const Run moved = serverCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                 QStringLiteral("--to"), server.location()});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("funneldesk-cli password --db")));

    // Logins belong to the whole server: unique ones keep this test apart from others running at once.
    const QString password = QStringLiteral("пароль-сервера-3");
    const QString database = fd::core::parseServerAddress(server.location()).value().database;
    const fd::core::ServerAddress owner = fd::test::ownerAddress(database);
    const QString headLogin = fd::test::uniqueLogin("head");
    const QString operatorLogin = fd::test::uniqueLogin("operator");
    fd::test::serverAdminExec(
        database,
        {QStringLiteral("UPDATE employees SET login = '%1' WHERE login = 'head'").arg(headLogin),
         QStringLiteral("UPDATE employees SET login = '%1' WHERE login = 'operator1'").arg(operatorLogin)});
    auto asPerson = [&](const QString& login) {
        fd::core::ServerAddress a = owner;
        a.login = login;
        return a.url();
    };
    const Run noLogin = serverCli({QStringLiteral("password"), QStringLiteral("--db"), server.location(),
                                   QStringLiteral("--login"), QStringLiteral("nobody")},
                                  {}, password);
    CHECK(noLogin.exitCode != 0);
    CHECK(noLogin.err.contains(QStringLiteral("nobody has the login")));
    const Run set = serverCli({QStringLiteral("password"), QStringLiteral("--db"), server.location(),
                               QStringLiteral("--login"), headLogin},
                              {}, password);
    INFO(set.out.toStdString() << set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("may connect to the server")));
    REQUIRE(serverCli({QStringLiteral("password"), QStringLiteral("--db"), server.location(),
                       QStringLiteral("--login"), operatorLogin},
                      {}, password)
                .exitCode == 0);

    // The head's report, connected with the head's own login, is the company's.
    const Run company =
        serverCli(funnelReport(server.location(), QStringLiteral("channel"), QStringLiteral("cohort")));
    const Run head = serverCli(
        funnelReport(asPerson(headLogin), QStringLiteral("channel"), QStringLiteral("cohort")), password);
    const Run operator1 = serverCli(
        funnelReport(asPerson(operatorLogin), QStringLiteral("channel"), QStringLiteral("cohort")), password);
    INFO(head.err.toStdString() << operator1.err.toStdString());
    REQUIRE(head.exitCode == 0);
    CHECK(head.out == company.out);
    // Connected with their own login the operator is themselves: reports are not theirs to read.
    CHECK(operator1.exitCode != 0);
    CHECK(operator1.err.contains(QStringLiteral("read reports")));
    const Run wrong =
        serverCli(funnelReport(asPerson(headLogin), QStringLiteral("channel"), QStringLiteral("cohort")),
                  QStringLiteral("не тот"));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("did not accept")));
}

TEST_CASE("An import whose program is killed in the middle leaves nothing half-imported on the server",
          "[server]") {
    QTemporaryDir dir;
    fd::test::TestDatabasePlace server(dir, QStringLiteral("unused"));
    const Run init = serverCli(
        {QStringLiteral("init"), QStringLiteral("--db"), server.location(), QStringLiteral("--company"),
         QStringLiteral("ООО Тест"), QStringLiteral("--admin"), fd::test::uniqueLogin("admin")},
        {}, QStringLiteral("пароль-админа-1"));
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    constexpr int kRows = 100000;
    const QString file = dir.filePath(QStringLiteral("leads.csv"));
    {
        std::vector<QStringList> rows{
            {QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("phone")}};
        for (int i = 0; i < kRows; ++i) {
            rows.push_back({QStringLiteral("k-%1").arg(i), QStringLiteral("Клиент %1").arg(i),
                            QStringLiteral("+79%1").arg(300000000 + i)});
        }
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), true, false));
    }
    const QString database = fd::core::parseServerAddress(server.location()).value().database;
    auto leads = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("count"));
        const fd::core::ServerAddress a = fd::test::ownerAddress(database);
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setDatabaseName(a.database);
        db.setUserName(a.login);
        db.setPassword(fd::test::testServerValue("FD_PG_OWNER_PASSWORD"));
        REQUIRE(db.open());
        qint64 n = -1;
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM leads")));
            REQUIRE(q.next());
            n = q.value(0).toLongLong();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    };

    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), fd::test::testServerValue("FD_PG_OWNER_PASSWORD"));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(FD_CLI_PATH), {QStringLiteral("import"), QStringLiteral("leads"),
                                               QStringLiteral("--db"), server.location(), file});
    REQUIRE(import.waitForStarted());
    QThread::msleep(1500);  // well into the rows: the whole import takes many seconds
    REQUIRE(import.state() == QProcess::Running);
    import.kill();  // SIGKILL: no chance to clean up
    REQUIRE(import.waitForFinished(10000));
    CHECK(import.exitStatus() == QProcess::CrashExit);
    // The server rolled the import's transaction back: not one of its rows is there.
    CHECK(leads() == 0);
    const Run check = serverCli({QStringLiteral("check"), QStringLiteral("--db"), server.location()});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    // Nothing holds the database either: the same import run to its end writes every row.
    const Run again = serverCli(
        {QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), server.location(), file});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(leads() == kRows);
}
