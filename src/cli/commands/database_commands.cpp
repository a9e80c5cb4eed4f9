// The database's own commands: init, demo, config, check.

#include "command_table.h"
#include "output.h"

#include "services/catalog_service.h"
#include "services/demo_generator.h"
#include "storage/database.h"
#include "storage/lead_repository.h"
#include "storage/migration.h"
#include "storage/milestone_verifier.h"
#include "storage/storage_error.h"
#include "util/process_memory.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace fd::cli {

namespace {

using namespace fd::core;

int runInit(const Args& a) {
    const auto path = a.value("--db");
    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::CreateNew);
    if (!db) {
        return openError(db.error());
    }
    out() << "Created " << *path << " (schema version " << (*db)->schemaVersion() << ")\n";
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
        return fail(QString::fromStdString(e.what()));
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
          << "  time:           " << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1)
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
              << currentSchemaVersion() << ")\n"
              << "Pragmas:         foreign_keys=" << p.foreignKeys << " journal_mode=" << p.journalMode
              << " synchronous=" << p.synchronous << " busy_timeout=" << p.busyTimeoutMs
              << " trusted_schema=" << p.trustedSchema << '\n'
              << "Leads:           " << LeadRepository(d).leadCount() << '\n';
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
        return fail(QString::fromStdString(e.what()));
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> databaseCommands() {
    const Option db{QStringLiteral("--db"), QStringLiteral("PATH"), QStringLiteral("the database file"),
                    true};
    return {
        {QStringLiteral("init"),
         {},
         {},
         QStringLiteral("create a new empty database with default settings"),
         {db},
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
          {QStringLiteral("--end"), QStringLiteral("YYYY-MM-DD"),
           QStringLiteral("the history's last day (default today)")},
          {QStringLiteral("--until"), QStringLiteral("HH:MM"),
           QStringLiteral("stop the last day at this Moscow time")},
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
    };
}

}  // namespace fd::cli
