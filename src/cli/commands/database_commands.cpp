// The database's own commands: init, demo, config, check.

#include "command_table.h"
#include "output.h"
#include "password_input.h"

#include "services/catalog_service.h"
#include "services/company_setup.h"
#include "services/demo_generator.h"
#include "services/service_context.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "storage/lead_repository.h"
#include "storage/migration.h"
#include "storage/milestone_verifier.h"
#include "storage/storage_error.h"
#include "util/platform.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace fd::cli {

namespace {

using namespace fd::core;

/// The first office from --office, --address, --office-time-zone, --hours, --slot-minutes
/// and --seats; the problem, or empty.
QString readOffice(const Args& a, Office* office) {
    office->name = a.value("--office").value_or(QStringLiteral("Office"));
    office->address = a.value("--address").value_or(QString());
    office->timeZone =
        a.value("--office-time-zone").value_or(a.value("--time-zone").value_or(office->timeZone));
    if (const auto hours = a.value("--hours")) {
        const QStringList parts = hours->split(QLatin1Char('-'));
        const QTime start =
            parts.size() == 2 ? QTime::fromString(parts[0], QStringLiteral("HH:mm")) : QTime();
        const QTime end = parts.size() == 2 ? QTime::fromString(parts[1], QStringLiteral("HH:mm")) : QTime();
        if (!start.isValid() || !end.isValid()) {
            return QStringLiteral("--hours must be HH:MM-HH:MM, not \"%1\"").arg(*hours);
        }
        office->workStartMin = start.msecsSinceStartOfDay() / 60000;
        office->workEndMin = end.msecsSinceStartOfDay() / 60000;
    }
    bool ok = true;
    if (const auto v = a.value("--slot-minutes")) {
        office->slotMinutes = v->toInt(&ok);
    }
    if (const auto v = a.value("--seats"); ok && v) {
        office->seatsPerSlot = v->toInt(&ok);
    }
    return ok ? QString() : QStringLiteral("--slot-minutes and --seats must be whole numbers");
}

int runInit(const Args& a) {
    const auto path = a.value("--db");
    CompanyInput company;
    company.companyName = *a.value("--company");
    company.adminLogin = *a.value("--admin");
    company.adminName = a.value("--admin-name").value_or(QString());
    company.reportTimeZone = a.value("--time-zone").value_or(company.reportTimeZone);
    if (const QString problem = readOffice(a, &company.office); !problem.isEmpty()) {
        return fail(problem, kExitUsage);
    }
    company.adminPassword = readPassword();
    if (const Status good = SignIn::checkPassword(company.adminPassword); !good) {
        return fail(good.error().message(), kExitUsage);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(*path, OpenMode::CreateNew);
    if (!opened) {
        return openError(opened.error());
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const Result<Id> admin = CompanySetup(*db).create(company);
    if (!admin) {
        const QString message = admin.error().message();
        db.reset();
        QFile::remove(*path);  // made just now: no company is left half-made
        return fail(message);
    }
    out() << "Created " << *path << " (schema version " << db->schemaVersion() << ") for "
          << company.companyName << "; the administrator signs in as " << company.adminLogin << '\n';
    return kExitOk;
}

int runConfig(const Args& a) {
    const auto path = a.value("--db");
    for (const QString& pair : a.all("--set")) {
        if (!pair.contains(QLatin1Char('='))) {
            return fail(QStringLiteral("--set needs KEY=VALUE, not \"%1\"").arg(pair), kExitUsage);
        }
    }
    int openFailed = kExitFailure;
    const std::unique_ptr<Database> db = openExisting(*path, &openFailed);
    if (!db) {
        return openFailed;
    }
    CatalogService catalog(*db);
    for (const QString& pair : a.all("--set")) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const Status changed = catalog.changeSetting(pair.left(eq).trimmed(), pair.mid(eq + 1));
        if (!changed) {
            return fail(changed.error().message());
        }
    }
    try {
        for (const CatalogService::Setting& s : catalog.settings()) {
            out() << s.key << " = " << s.value << "    # " << s.description << '\n';
        }
    } catch (const StorageError& e) {
        return fail(readFailure(e).message());
    }
    return kExitOk;
}

int runDemo(const Args& a) {
    const auto path = a.value("--db");
    DemoOptions options;
    bool ok = true;
    if (const auto v = a.value("--leads")) {
        options.leads = v->toLongLong(&ok);
        if (!ok || options.leads < 1) {
            return fail(QStringLiteral("--leads must be a positive whole number, not \"%1\"").arg(*v),
                        kExitUsage);
        }
    }
    if (const auto v = a.value("--seed")) {
        options.seed = v->toULongLong(&ok);
        if (!ok) {
            return fail(QStringLiteral("--seed must be a whole number, not \"%1\"").arg(*v), kExitUsage);
        }
    }
    if (const auto v = a.value("--months")) {
        options.months = v->toInt(&ok);
        if (!ok || options.months < 1 || options.months > 240) {
            return fail(QStringLiteral("--months must be a whole number from 1 to 240, not \"%1\"").arg(*v),
                        kExitUsage);
        }
    }
    if (const auto v = a.value("--end")) {
        options.endDate = QDate::fromString(*v, Qt::ISODate);
        if (!options.endDate.isValid()) {
            return fail(QStringLiteral("--end must be a date as YYYY-MM-DD, not \"%1\"").arg(*v), kExitUsage);
        }
    }
    if (const auto v = a.value("--until")) {
        const QTime time = QTime::fromString(*v, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            return fail(QStringLiteral("--until must be a time as HH:MM, not \"%1\"").arg(*v), kExitUsage);
        }
        const QTimeZone moscow("Europe/Moscow");
        if (!options.endDate.isValid()) {
            options.endDate =
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), moscow).date();
        }
        options.until = QDateTime(options.endDate, time, moscow).toSecsSinceEpoch();
        if (options.until > QDateTime::currentSecsSinceEpoch()) {
            return fail(QStringLiteral("--until %1 on %2 is in the future")
                            .arg(*v, options.endDate.toString(Qt::ISODate)),
                        kExitUsage);
        }
    }
    if (options.leads > 50000) {
        options.batchLeads = 2000;
    }
    if (a.flag("--through-services")) {
        options.writing = DemoWriting::ThroughServices;
    }
    if (QFileInfo::exists(*path)) {
        if (!a.flag("--force")) {
            return fail(QStringLiteral("\"%1\" already exists; pass --force to replace it").arg(*path));
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(*path + suffix);
        }
        if (QFileInfo::exists(*path)) {
            return fail(QStringLiteral("\"%1\" cannot be replaced").arg(*path));
        }
    }

    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = Error{};
    {
        Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::CreateNew);
        if (!db) {
            return openError(db.error());
        }
        const bool verbose = a.flag("--verbose");
        qint64 lastPercent = -1;
        options.progress = [&](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            if (verbose && percent / 10 != lastPercent / 10) {
                QTextStream(stderr) << "demo: " << done << " of " << total << " requests ("
                                    << timer.elapsed() / 1000 << " s)\n";
            }
            lastPercent = percent;
        };
        summary = DemoGenerator(**db).generate(options);
    }
    if (!summary) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(*path + suffix);
        }
        return fail(summary.error().message());
    }
    const DemoSummary& s = *summary;
    out() << "Demo database written to " << *path << '\n'
          << "  leads:          " << s.leads << '\n'
          << "  repeat touches: " << s.repeatTouches << '\n'
          << "  calls:          " << s.calls << '\n'
          << "  meetings:       " << s.meetings << '\n'
          << "  arrivals:       " << s.arrivals << '\n'
          << "  deals:          " << s.deals << '\n'
          << "  payments:       " << s.payments << '\n'
          << "  time:           " << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 2)
          << " s\n"
          << "  peak memory:    " << QString::number(fd::core::peakResidentMiB(), 'f', 1) << " MiB\n";
    return kExitOk;
}

int runCheck(const Args& a) {
    const auto path = a.value("--db");
    int openFailed = kExitFailure;
    const std::unique_ptr<Database> db = openExisting(*path, &openFailed);
    if (!db) {
        return openFailed;
    }
    Database& d = *db;
    try {
        const PragmaState& p = d.pragmas();
        out() << "Database:        " << *path << '\n'
              << "Schema version:  " << d.schemaVersion() << " (this program writes "
              << currentSchemaVersion() << ")\n";
        if (d.onServer()) {
            out() << "Engine:          PostgreSQL server (keys and pages checked by the server)\n";
        } else {
            out() << "Pragmas:         foreign_keys=" << p.foreignKeys << " journal_mode=" << p.journalMode
                  << " synchronous=" << p.synchronous << " busy_timeout=" << p.busyTimeoutMs
                  << " trusted_schema=" << p.trustedSchema << '\n';
        }
        out() << "Leads:           " << LeadRepository(d).leadCount() << '\n';
        const QStringList problems = d.integrityProblems();
        out() << "Integrity:       "
              << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "))) << '\n';
        MilestoneVerifier verifier(d);
        const auto mismatches = verifier.verify(5);
        out() << "Milestones:      "
              << (mismatches.empty() ? QStringLiteral("ok (%1 leads)").arg(verifier.checkedLeads())
                                     : QStringLiteral("%1 of %2 leads differ from their events")
                                           .arg(verifier.mismatchedLeads())
                                           .arg(verifier.checkedLeads()))
              << '\n';
        for (const MilestoneMismatch& m : mismatches) {
            out() << "  lead " << m.leadId << ' ' << m.field << ": stored " << m.stored << ", events say "
                  << m.expected << '\n';
        }
        out().flush();
        if (!problems.isEmpty() || !mismatches.empty()) {
            return fail(QStringLiteral("the database has problems (see above)"));
        }
    } catch (const StorageError& e) {
        return fail(readFailure(e).message());
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> databaseCommands() {
    const Option db = databaseOption();
    return {
        {QStringLiteral("init"),
         {},
         {},
         QStringLiteral("start a company in a new database: its first office and its administrator\n"
                        "(the password from FUNNELDESK_PASSWORD or the first line of standard input)"),
         {db,
          {QStringLiteral("--company"), QStringLiteral("NAME"), QStringLiteral("the company's name"), true},
          {QStringLiteral("--admin"), QStringLiteral("LOGIN"), QStringLiteral("the administrator's login"),
           true},
          {QStringLiteral("--admin-name"), QStringLiteral("NAME"),
           QStringLiteral("the administrator's name")},
          {QStringLiteral("--time-zone"), QStringLiteral("ZONE"),
           QStringLiteral("the reporting time zone (default Europe/Moscow)")},
          {QStringLiteral("--office"), QStringLiteral("NAME"),
           QStringLiteral("the first office (default Office)")},
          {QStringLiteral("--address"), QStringLiteral("TEXT"), QStringLiteral("the office's address")},
          {QStringLiteral("--office-time-zone"), QStringLiteral("ZONE"),
           QStringLiteral("the office's time zone (default: the reporting one)")},
          {QStringLiteral("--hours"), QStringLiteral("HH:MM-HH:MM"),
           QStringLiteral("working hours (default 09:00-20:00)")},
          {QStringLiteral("--slot-minutes"), QStringLiteral("N"),
           QStringLiteral("meeting slot length (default 60)")},
          {QStringLiteral("--seats"), QStringLiteral("N"), QStringLiteral("clients per slot (default 2)")}},
         runInit},
        {QStringLiteral("demo"),
         {},
         {},
         QStringLiteral(
             "create a database with a realistic demo history (20000 leads, seed 1, ending now by\n"
             "default; --until stops the end day at that Moscow time; --force replaces a file)"),
         {db,
          {QStringLiteral("--leads"), QStringLiteral("N"),
           QStringLiteral("how many requests (default 20000)")},
          {QStringLiteral("--seed"), QStringLiteral("S"), QStringLiteral("the random seed (default 1)")},
          {QStringLiteral("--months"), QStringLiteral("M"),
           QStringLiteral("how many months of history (default 6; past a million leads, a million\n"
                          "per six months)")},
          {QStringLiteral("--end"), QStringLiteral("YYYY-MM-DD"),
           QStringLiteral("the history's last day (default today)")},
          {QStringLiteral("--until"), QStringLiteral("HH:MM"),
           QStringLiteral("stop the last day at this Moscow time")},
          {QStringLiteral("--through-services"),
           {},
           QStringLiteral("write each change through the services, as a server gets it (slower;\n"
                          "the same history)")},
          {QStringLiteral("--force"), {}, QStringLiteral("replace an existing file")}},
         runDemo},
        {QStringLiteral("config"),
         {},
         {},
         QStringLiteral("print the company settings, or change them (report_time_zone,\n"
                        "attribution_window_days, first_call_sla_minutes, max_call_attempts)"),
         {db,
          {QStringLiteral("--set"), QStringLiteral("KEY=VALUE"), QStringLiteral("change a setting"), false,
           true}},
         runConfig},
        {QStringLiteral("check"),
         {},
         {},
         QStringLiteral("run integrity, foreign-key and milestone checks and print the schema version"),
         {db},
         runCheck},
        migrateCommand(),
        passwordCommand(),
    };
}

}  // namespace fd::cli
