#include "cli_test_support.h"

#include "command_table.h"

#include "services/demo_generator.h"
#include "services/payroll_service.h"
#include "services/sign_in.h"

#include "storage/database.h"
#include "storage/migration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using fd::test::fileBytes;

namespace {

/// A new company's database with its first office and administrator "admin".
/// The error output is one line starting with the program's name.
void checkOneLineError(const Run& r, const QString& needle) {
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.err.startsWith(QStringLiteral("funneldesk-cli: error: ")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.contains(needle));
}

}  // namespace

TEST_CASE("Help, version and usage errors", "[cli]") {
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: funneldesk-cli")));
    CHECK(help.out.contains(QStringLiteral("demo")));

    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("funneldesk-cli ")));

    CHECK(cli({}).exitCode == 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown, QStringLiteral("unknown command"));

    const Run noDb = cli({QStringLiteral("check")});
    CHECK(noDb.exitCode == 2);
    checkOneLineError(noDb, QStringLiteral("--db"));

    const Run badLeads = cli({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"),
                              QStringLiteral("--leads"), QStringLiteral("many")});
    CHECK(badLeads.exitCode == 2);
    checkOneLineError(badLeads, QStringLiteral("--leads"));
}

TEST_CASE("check on a missing file fails and does not create it", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.sqlite"));
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.exitCode == 1);
    checkOneLineError(r, QStringLiteral("does not exist"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("check on a file that is not a database fails and leaves it unchanged", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name;phone\r\nИванов;89123456789\r\n");
    }
    const QByteArray before = fileBytes(path);
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.exitCode == 1);
    checkOneLineError(r, QStringLiteral("not a FunnelDesk database"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("check on a database from a newer version fails and leaves it unchanged", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    REQUIRE(cli(initArgs(path)).exitCode == 0);
    fd::test::rawExec(path,
                      {QStringLiteral("PRAGMA user_version = %1").arg(fd::core::currentSchemaVersion() + 1),
                       QStringLiteral("DELETE FROM settings WHERE key = 'schema_readable_from'")});
    const QByteArray before = fileBytes(path);
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.exitCode == 1);
    checkOneLineError(r, QStringLiteral("newer FunnelDesk"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE(
    "init starts a company: its office and an administrator who signs in, the password read from standard "
    "input",
    "[cli][sign-in]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("company.sqlite"));
    const QString password = QStringLiteral("Пароль администратора 1");
    QStringList args = initArgs(path);
    args << QStringLiteral("--office") << QStringLiteral("Казань, Баумана")
         << QStringLiteral("--office-time-zone") << QStringLiteral("Europe/Moscow")
         << QStringLiteral("--hours") << QStringLiteral("10:00-19:00") << QStringLiteral("--seats")
         << QStringLiteral("3");
    const Run r = cli(args, (password + QLatin1Char('\n')).toUtf8(), false);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("admin")));

    auto db = fd::test::require(fd::core::Database::open(path, fd::core::OpenMode::Existing));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, work_start_min, work_end_min, seats_per_slot FROM offices")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Казань, Баумана"));
    CHECK(q.value(1).toInt() == 600);
    CHECK(q.value(2).toInt() == 19 * 60);
    CHECK(q.value(3).toInt() == 3);
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'company_name'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ООО Тест"));
    REQUIRE(q.exec(QStringLiteral("SELECT role, password_hash FROM employees WHERE login = 'admin'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("admin"));
    CHECK(q.value(1).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.value(1).toString().contains(password));

    fd::core::SignIn signIn(*db);
    CHECK_FALSE(signIn.signIn(QStringLiteral("admin"), QStringLiteral("wrong password")).ok());
    const auto admin = signIn.signIn(QStringLiteral("admin"), password);
    REQUIRE(admin.ok());
    CHECK(admin->role == fd::core::Role::Admin);
}

TEST_CASE("init refuses a short or missing password and leaves no file", "[cli][sign-in]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("company.sqlite"));
    const Run shortOne = cli(initArgs(path), QByteArrayLiteral("short\n"), false);
    CHECK(shortOne.exitCode == 2);
    checkOneLineError(shortOne, QStringLiteral("at least 8 characters"));
    CHECK_FALSE(QFile::exists(path));
    const Run none = cli(initArgs(path), {}, false);
    CHECK(none.exitCode == 2);
    CHECK_FALSE(QFile::exists(path));
    const Run noCompany = cli({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(noCompany.exitCode == 2);
    CHECK(noCompany.err.contains(QStringLiteral("--company")));
}

TEST_CASE("init creates a database once, demo builds one that passes check", "[cli]") {
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    const Run init = cli(initArgs(empty));
    CHECK(init.exitCode == 0);
    CHECK(QFile::exists(empty));
    const Run again = cli(initArgs(empty));
    CHECK(again.exitCode == 1);
    checkOneLineError(again, QStringLiteral("already exists"));

    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList demoArgs{QStringLiteral("demo"),      QStringLiteral("--db"), demo,
                               QStringLiteral("--leads"),   QStringLiteral("400"),  QStringLiteral("--end"),
                               QStringLiteral("2026-06-30")};
    const Run built = cli(demoArgs);
    INFO(built.err.toStdString());
    CHECK(built.exitCode == 0);
    CHECK(built.out.contains(QStringLiteral("leads:")));
    CHECK(built.out.contains(QStringLiteral("peak memory:")));

    const Run exists = cli(demoArgs);
    CHECK(exists.exitCode == 1);
    checkOneLineError(exists, QStringLiteral("--force"));
    CHECK(cli(demoArgs + QStringList{QStringLiteral("--force")}).exitCode == 0);
    // The same history written through the services one change at a time, over two months.
    const Run services =
        cli(demoArgs + QStringList{QStringLiteral("--force"), QStringLiteral("--through-services"),
                                   QStringLiteral("--months"), QStringLiteral("2")});
    INFO(services.err.toStdString());
    CHECK(services.exitCode == 0);
    const Run badMonths = cli(
        demoArgs + QStringList{QStringLiteral("--force"), QStringLiteral("--months"), QStringLiteral("0")});
    CHECK(badMonths.exitCode == 2);
    checkOneLineError(badMonths, QStringLiteral("--months"));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), demo});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Schema version:  %1").arg(fd::core::currentSchemaVersion())));
    CHECK(check.out.contains(QStringLiteral("Integrity:       ok")));
    CHECK(check.out.contains(QStringLiteral("Milestones:      ok")));
}

TEST_CASE("check reports milestones that disagree with the events", "[cli]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 200);
    fd::test::rawExec(demo, {QStringLiteral("UPDATE leads SET revenue = revenue + 100 WHERE id = 5")});
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), demo});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("lead 5 revenue")));
}

TEST_CASE("report funnel prints JSON with the stage codes and refuses bad arguments", "[cli][report]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 500);
    const QStringList base{QStringLiteral("report"), QStringLiteral("funnel"),
                           QStringLiteral("--db"),   demo,
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"),   QStringLiteral("2026-06-01")};
    const Run json = cli(base + QStringList{QStringLiteral("--by"), QStringLiteral("channel"),
                                            QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report[QStringLiteral("mode")].toString() == QStringLiteral("cohort"));
    CHECK(report[QStringLiteral("by")].toString() == QStringLiteral("channel"));
    const QJsonArray groups = report[QStringLiteral("groups")].toArray();
    REQUIRE(groups.size() == 6);
    qint64 leads = 0;
    for (const QJsonValue& g : groups) {
        const QJsonObject stages = g.toObject()[QStringLiteral("stages")].toObject();
        CHECK(stages.keys().size() == 7);
        for (const char* code : {"lead", "contacted", "booked", "arrived", "target", "sale", "paid"}) {
            CHECK(stages.contains(QLatin1String(code)));
        }
        leads += stages[QStringLiteral("lead")].toInteger();
        const QJsonObject rate = g.toObject()[QStringLiteral("conversion")]
                                     .toObject()[QStringLiteral("cumulative")]
                                     .toObject()[QStringLiteral("target")]
                                     .toObject();
        for (const char* key : {"num", "den", "rate", "ci_low", "ci_high"}) {
            CHECK(rate.contains(QLatin1String(key)));
        }
    }
    CHECK(leads == report[QStringLiteral("total")]
                       .toObject()[QStringLiteral("stages")]
                       .toObject()[QStringLiteral("lead")]
                       .toInteger());

    // Spend is not applicable by operator: null, never zero.
    const Run byOperator = cli(base + QStringList{QStringLiteral("--by"), QStringLiteral("operator"),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(byOperator.exitCode == 0);
    const QJsonObject op = QJsonDocument::fromJson(byOperator.out.toUtf8()).object();
    CHECK(op[QStringLiteral("total")]
              .toObject()[QStringLiteral("money")]
              .toObject()[QStringLiteral("spend")]
              .isNull());

    const Run table = cli(base + QStringList{QStringLiteral("--mode"), QStringLiteral("period"),
                                             QStringLiteral("--by"), QStringLiteral("week")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("Period funnel")));
    const Run csv = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("group,lead,contacted,booked,arrived,target,sale,paid")));

    const Run empty = cli({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), demo,
                           QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2020-02-01")});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("no data in this period")));

    struct Bad {
        QStringList args;
        const char* says;
    };
    const Bad bad[] = {
        {base + QStringList{QStringLiteral("--by"), QStringLiteral("planet")}, "--by"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), demo,
          QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
          QStringLiteral("2026-05-01")},
         "before"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), demo,
          QStringLiteral("--from"), QStringLiteral("01.03.2026"), QStringLiteral("--to"),
          QStringLiteral("2026-05-01")},
         "--from"},
        {base + QStringList{QStringLiteral("--mode"), QStringLiteral("daily")}, "--mode"},
        {base + QStringList{QStringLiteral("--window-days"), QStringLiteral("0")}, "--window-days"},
        {base + QStringList{QStringLiteral("--office"), QStringLiteral("Луна")}, "office"},
        {base + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}, "--format"},
        {{QStringLiteral("report"), QStringLiteral("sideways")}, "report"},
    };
    for (const Bad& b : bad) {
        INFO(b.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(b.args);
        CHECK(r.exitCode == 2);
        checkOneLineError(r, QString::fromUtf8(b.says));
    }
}

TEST_CASE("report kpi prints each department and refuses an unknown one", "[cli][report]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 500);
    const QStringList base{QStringLiteral("report"), QStringLiteral("kpi"),
                           QStringLiteral("--db"),   demo,
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"),   QStringLiteral("2026-06-01")};
    const Run json = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows =
        QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("rows")].toArray();
    QSet<QString> departments;
    QSet<QString> kinds;
    for (const QJsonValue& r : rows) {
        departments.insert(r.toObject()[QStringLiteral("department")].toString());
        kinds.insert(r.toObject()[QStringLiteral("kind")].toString());
    }
    CHECK(departments ==
          QSet<QString>{QStringLiteral("marketing"), QStringLiteral("call_center"), QStringLiteral("sales")});
    CHECK(kinds.contains(QStringLiteral("operator")));
    CHECK(kinds.contains(QStringLiteral("manager")));
    CHECK(kinds.contains(QStringLiteral("office")));
    const Run table = cli(base + QStringList{QStringLiteral("--department"), QStringLiteral("call_center")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("median_min_to_first_call")));
    const Run bad = cli(base + QStringList{QStringLiteral("--department"), QStringLiteral("legal")});
    CHECK(bad.exitCode == 2);
    checkOneLineError(bad, QStringLiteral("--department"));
}

TEST_CASE("config prints the settings, changes them and refuses bad values", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    REQUIRE(cli(initArgs(db)).exitCode == 0);
    const Run shown = cli({QStringLiteral("config"), QStringLiteral("--db"), db});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("first_call_sla_minutes = 15")));
    CHECK(shown.out.contains(QStringLiteral("max_call_attempts = 5")));

    const Run changed = cli({QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("--set"),
                             QStringLiteral("first_call_sla_minutes=10"), QStringLiteral("--set"),
                             QStringLiteral("report_time_zone=Asia/Yekaterinburg")});
    CHECK(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("first_call_sla_minutes = 10")));
    CHECK(changed.out.contains(QStringLiteral("report_time_zone = Asia/Yekaterinburg")));

    const QByteArray before = fileBytes(db);
    for (const char* bad :
         {"max_call_attempts=0", "first_call_sla_minutes=soon", "report_time_zone=Mars/Base", "colour=red"}) {
        const Run r = cli({QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("--set"),
                           QString::fromLatin1(bad)});
        CHECK(r.exitCode == 1);
        checkOneLineError(r,
                          QString::fromLatin1(bad).section(QLatin1Char('='), 0, 0) == QLatin1String("colour")
                              ? QStringLiteral("colour")
                              : QStringLiteral(""));
    }
    CHECK(fileBytes(db) == before);
    CHECK(cli({QStringLiteral("config"), QStringLiteral("--db"), db, QStringLiteral("--set"),
               QStringLiteral("x")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("config"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("= 10")));
}

TEST_CASE("demo --until stops the history at a time of the end day and refuses the future", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--leads"),
                 QStringLiteral("500"), QStringLiteral("--until"), QStringLiteral("25:00")});
    CHECK(r.exitCode == 2);
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--leads"),
             QStringLiteral("500"), QStringLiteral("--end"), QStringLiteral("2099-01-01"),
             QStringLiteral("--until"), QStringLiteral("10:00")});
    CHECK(r.exitCode == 2);
    checkOneLineError(r, QStringLiteral("future"));
    CHECK_FALSE(QFile::exists(db));
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--leads"),
             QStringLiteral("500"), QStringLiteral("--end"), QStringLiteral("2026-09-30"),
             QStringLiteral("--until"), QStringLiteral("12:00")});
    REQUIRE(r.exitCode == 0);
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("until"));
    {
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        // 12:00 in Moscow is 09:00 UTC; nothing happened after it.
        const qint64 until = fd::test::msk(2026, 9, 30, 12);
        REQUIRE(q.exec(
            QStringLiteral("SELECT max(at) FROM (SELECT max(created_at) AS at FROM leads UNION ALL "
                           "SELECT max(called_at) FROM call_attempts UNION ALL SELECT max(booked_at) FROM "
                           "meetings UNION ALL SELECT max(arrived_at) FROM meetings UNION ALL "
                           "SELECT max(paid_at) FROM payments)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() <= until);
        CHECK(q.value(0).toLongLong() > until - 6 * 3600);
        sql.close();
    }
    sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("until"));
}

TEST_CASE("import leads prints its counts, aborts or skips bad rows and writes a report", "[cli][import]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("i.sqlite"));
    REQUIRE(cli(initArgs(db)).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fd::test::writeCsv(
            {{QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("phone")},
             {QStringLiteral("1"), QStringLiteral("Пётр"), QStringLiteral("89120000301")},
             {QStringLiteral("2"), QStringLiteral("Ошибка"), QStringLiteral("12-34")},
             {QStringLiteral("3"), QStringLiteral("Анна"), QStringLiteral("+79120000303")}},
            QLatin1Char(';'), QStringLiteral("\r\n"), true, false));
    }
    const Run aborted =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, file});
    CHECK(aborted.exitCode == 1);
    CHECK(aborted.out.contains(QStringLiteral("nothing was written")));
    CHECK(aborted.err.contains(QStringLiteral("line 3, phone:")));
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, file,
                         QStringLiteral("--dry-run"), QStringLiteral("--on-error"), QStringLiteral("skip")});
    CHECK(dry.out.contains(QStringLiteral("created:        2")));
    CHECK(dry.out.contains(QStringLiteral("dry run")));

    const QString report = dir.filePath(QStringLiteral("bad.csv"));
    const Run skipped =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, file,
             QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--report"), report});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("created:        2")));
    CHECK(skipped.out.contains(QStringLiteral("skipped:        1")));
    const QString lines = QString::fromUtf8(fileBytes(report));
    CHECK(fileBytes(report).startsWith("\xEF\xBB\xBF"));
    CHECK(lines.contains(QStringLiteral("line;column;reason")));
    CHECK(lines.contains(QStringLiteral("3;\"phone\";")));
    const Run again = cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                           file, QStringLiteral("--on-error"), QStringLiteral("skip")});
    CHECK(again.out.contains(QStringLiteral("unchanged:      2")));
    CHECK(again.out.contains(QStringLiteral("created:        0")));

    CHECK(cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("visits"), QStringLiteral("--db"), db, file})
              .exitCode == 2);
    const Run notDeals =
        cli({QStringLiteral("import"), QStringLiteral("deals"), QStringLiteral("--db"), db, file});
    CHECK(notDeals.exitCode == 1);
    CHECK(notDeals.err.contains(QStringLiteral("signed_at")));
    CHECK(cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, file,
               QStringLiteral("--encoding"), QStringLiteral("koi8")})
              .exitCode == 2);
}

TEST_CASE("export leads writes a CSV the import reads back and refuses bad arguments", "[cli][import]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--leads"),
                 QStringLiteral("400"), QStringLiteral("--end"), QStringLiteral("2026-09-30")})
                .exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("leads.csv"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                       QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("2026-09-01")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("leads written:")));
    const QByteArray bytes = fileBytes(out);
    CHECK(
        bytes.startsWith("\xEF\xBB\xBF"
                         "external_id;created_at;name;phone"));
    const qsizetype rows = bytes.count('\n') - 1;
    CHECK(r.out.contains(QString::number(rows)));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(cli(initArgs(copy)).exitCode == 0);
    const Run back =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), copy, out});
    INFO(back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("created:        %1").arg(rows)));

    // The same leads as an .xlsx workbook import back into an empty database the same way.
    const QString workbook = dir.filePath(QStringLiteral("leads.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                 QStringLiteral("--out"), workbook, QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--from"), QStringLiteral("2026-09-01")})
                .exitCode == 0);
    const QString fromXlsx = dir.filePath(QStringLiteral("from-xlsx.sqlite"));
    REQUIRE(cli(initArgs(fromXlsx)).exitCode == 0);
    const Run backXlsx =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), fromXlsx, workbook});
    INFO(backXlsx.err.toStdString());
    CHECK(backXlsx.exitCode == 0);
    CHECK(backXlsx.out.contains(QStringLiteral("created:        %1").arg(rows)));
    // An old binary workbook is named, with what to save it as.
    const QString legacy = dir.filePath(QStringLiteral("leads.xls"));
    QFile old(legacy);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    old.close();
    const Run refused =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), fromXlsx, legacy});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral(".xls")));

    CHECK(cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
               QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("ics")})
              .exitCode == 2);
    const QString xlsx = dir.filePath(QStringLiteral("deals.xlsx"));
    const Run deals =
        cli({QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--db"), db,
             QStringLiteral("--out"), xlsx, QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(deals.exitCode == 0);
    CHECK(deals.out.contains(QStringLiteral("deals written:")));
    CHECK(fileBytes(xlsx).startsWith("PK"));
    const QString ics = dir.filePath(QStringLiteral("meetings.ics"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("meetings"), QStringLiteral("--db"), db,
               QStringLiteral("--out"), ics, QStringLiteral("--format"), QStringLiteral("ics")})
              .exitCode == 0);
    CHECK(fileBytes(ics).startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("meetings"), QStringLiteral("--db"), db,
               QStringLiteral("--out"), out, QStringLiteral("--office"), QStringLiteral("Нет такого")})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
               QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("1 сентября")})
              .exitCode == 2);
}

TEST_CASE("Every command's --help names each option its table declares, and an undeclared option is refused",
          "[cli][help]") {
    for (const fd::cli::Command& c : fd::cli::commands()) {
        QStringList words = c.name.split(QLatin1Char(' '));
        if (!c.kinds.isEmpty()) {
            words << c.kinds.first();
        }
        INFO(words.join(QLatin1Char(' ')).toStdString());
        const Run help = cli(words + QStringList{QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: funneldesk-cli ") + c.name));
        for (const fd::cli::Option& o : c.options) {
            INFO(o.name.toStdString());
            CHECK(help.out.contains(o.name));
            CHECK(help.out.contains(o.help));
        }
        CHECK(cli({QStringLiteral("--help")}).out.contains(c.name));
        const bool takesDb = std::any_of(c.options.begin(), c.options.end(), [](const fd::cli::Option& o) {
            return o.name == QLatin1String("--db");
        });
        const QStringList db = takesDb
                                   ? QStringList{QStringLiteral("--db"), QStringLiteral("/tmp/never.sqlite")}
                                   : QStringList{};
        const Run unknown = cli(words + db + QStringList{QStringLiteral("--no-such-option")});
        CHECK(unknown.exitCode == 2);
        checkOneLineError(unknown, QStringLiteral("--no-such-option"));
    }
}

TEST_CASE("bonus prints each person's bonus as the payroll service computes it, and closes a month",
          "[cli][payroll]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 2000);
    const Run json = cli({QStringLiteral("bonus"), QStringLiteral("--db"), demo, QStringLiteral("--month"),
                          QStringLiteral("2026-05"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    auto db = fd::test::require(fd::core::Database::open(demo, fd::core::OpenMode::Existing));
    const fd::core::Payroll computed =
        fd::test::require(fd::core::PayrollService(*db).payroll(QDate(2026, 5, 1)));
    CHECK(printed.value(QStringLiteral("month")).toString() == QStringLiteral("2026-05"));
    CHECK(static_cast<qint64>(printed.value(QStringLiteral("total")).toDouble()) == computed.total());
    CHECK(computed.total() > 0);
    const QJsonArray people = printed.value(QStringLiteral("people")).toArray();
    REQUIRE(people.size() == static_cast<qsizetype>(computed.people.size()));
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject p = people[i].toObject();
        CHECK(p.value(QStringLiteral("name")).toString() == computed.people[static_cast<size_t>(i)].name);
        CHECK(static_cast<qint64>(p.value(QStringLiteral("bonus")).toDouble()) ==
              computed.people[static_cast<size_t>(i)].bonus.total);
    }
    db.reset();

    const Run table = cli({QStringLiteral("bonus"), QStringLiteral("--db"), demo, QStringLiteral("--month"),
                           QStringLiteral("2026-05"), QStringLiteral("--close")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("bonuses for 2026-05 (closed: frozen figures)")));
    CHECK(table.out.contains(QStringLiteral("per_unit target_arrivals")));
    const Run bad = cli({QStringLiteral("bonus"), QStringLiteral("--db"), demo, QStringLiteral("--month"),
                         QStringLiteral("May")});
    CHECK(bad.exitCode == 2);
}
