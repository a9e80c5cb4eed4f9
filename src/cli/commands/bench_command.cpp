// bench report: how long the funnel reports take on a (large) database.

#include "command_table.h"
#include "funnel/month_figures.h"
#include "output.h"
#include "services/payroll_service.h"

#include "funnel/funnel_engine.h"
#include "services/catalog_service.h"
#include "services/report_service.h"
#include "storage/database.h"
#include "storage/funnel_repository.h"
#include "storage/lead_repository.h"
#include "storage/storage_error.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace fd::cli {

namespace {

using namespace fd::core;

using Median = std::function<double(const std::function<bool()>&)>;

/// The KPI workspace's month: the last full one, the one under way with its forecasts, and the
/// bonuses alone from the figures.
void benchPayroll(Database& db, QDate last, const Median& median) {
    const QDate monthAgo = last.addMonths(-1);
    const QDate lastMonth(monthAgo.year(), monthAgo.month(), 1);
    const double bonuses = median([&] { return PayrollService(db).payroll(lastMonth).ok(); });
    out() << "everyone's KPIs and bonuses, a month: " << QString::number(bonuses, 'f', 1) << " ms ("
          << monthCode(lastMonth) << ")\n";
    out().flush();
    // The month under way also reads the meetings ahead for its forecasts.
    const QDate thisMonth(last.addDays(-1).year(), last.addDays(-1).month(), 1);
    const double current = median([&] { return PayrollService(db).payroll(thisMonth).ok(); });
    out() << "the same with forecasts, this month:  " << QString::number(current, 'f', 1) << " ms ("
          << monthCode(thisMonth) << ")\n";
    // The bonuses alone, every person's scheme over their figures.
    const Result<Payroll> payroll = PayrollService(db).payroll(lastMonth);
    std::map<Role, std::vector<BonusRule>> schemes;
    for (const Role role : {Role::Operator, Role::OfficeManager, Role::Marketer}) {
        if (Result<std::vector<BonusRule>> scheme = PayrollService(db).scheme(role, lastMonth)) {
            schemes[role] = scheme.value();
        }
    }
    const double rules = median([&] {
        qint64 sum = 0;
        for (const PersonMonth& p : payroll ? payroll->people : std::vector<PersonMonth>{}) {
            sum += computeBonus(schemes[p.role], p.figures).total;
        }
        return sum >= 0;
    });
    out() << "bonuses of every person from those:   " << QString::number(rules, 'f', 3) << " ms\n";
    out().flush();
}

/// The median wall time of `runs` runs of a program, in ms; nothing when it cannot be started or
/// fails.
std::optional<double> processMs(const QString& program, const QStringList& arguments, int runs) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, arguments);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            return std::nullopt;
        }
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return FunnelEngine::percentile(ms, 0.5);
}

/// The first report as a user meets it, a new process each time, next to the sqlite3 shell
/// counting the same stages of the same cohort straight from the lead rows' milestone columns.
void benchColdProcess(const QString& path, QDate from, QDate to, qint64 fromTs, qint64 toTs, int runs) {
    const std::optional<double> cold =
        processMs(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), path,
                   QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                   to.toString(Qt::ISODate), QStringLiteral("--by"), QStringLiteral("channel")},
                  runs);
    out() << "report funnel as a new process:       "
          << (cold ? QString::number(*cold, 'f', 1) + QStringLiteral(" ms") : QStringLiteral("failed"))
          << "\n";
    out().flush();
    const QString sql =
        QStringLiteral(
            "SELECT channel_id, count(*), count(first_contact_at), count(booked_at), count(arrived_at), "
            "count(target_at), count(sold_at), count(first_paid_at), sum(revenue) FROM leads "
            "WHERE created_at >= %1 AND created_at < %2 GROUP BY channel_id")
            .arg(fromTs)
            .arg(toTs);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const std::optional<double> floor =
        shell.isEmpty() ? std::nullopt : processMs(shell, {QStringLiteral("-readonly"), path, sql}, runs);
    if (!floor) {
        out() << "sqlite3 GROUP BY over the lead rows:  not measured (no sqlite3 shell)\n";
        return;
    }
    out() << "sqlite3 GROUP BY over the lead rows:  " << QString::number(*floor, 'f', 1) << " ms";
    if (cold) {
        out() << " (FunnelDesk takes " << QString::number(*cold / *floor, 'f', 2) << "x its time)";
    }
    out() << "\n";
    out().flush();
}

int runReportBench(const Args& a) {
    const auto path = a.value("--db");
    bool ok = true;
    const int runs = a.value("--runs").value_or(QStringLiteral("5")).toInt(&ok);
    if (!ok || runs < 1) {
        return fail(QStringLiteral("--runs must be a positive whole number"), kExitUsage);
    }
    int openFailed = kExitFailure;
    const std::unique_ptr<Database> opened = openExisting(*path, &openFailed);
    if (!opened) {
        return openFailed;
    }
    Database& db = *opened;
    try {
        const auto range = FunnelRepository(db).eventRange();
        if (!range) {
            return fail(QStringLiteral("the database has no data to report on"));
        }
        const QTimeZone zone(CatalogService(db).reportTimeZone().toUtf8());
        const QDate last = QDateTime::fromSecsSinceEpoch(range->second, zone).date().addDays(1);
        const QDate yearAgo = last.addYears(-1);
        const QDate monthAgo = last.addMonths(-1);
        out() << "Database: " << *path << " (" << LeadRepository(db).leadCount() << " leads), data up to "
              << last.addDays(-1).toString(Qt::ISODate) << ", median of " << runs << " runs\n";
        out().flush();
        auto median = [&](const std::function<bool()>& work) {
            std::vector<double> ms;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                if (!work()) {
                    return -1.0;
                }
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
            return *FunnelEngine::percentile(ms, 0.5);
        };
        auto funnel = [&](FunnelMode mode, Breakdown by, QDate from, QDate to) {
            FunnelSpec spec;
            spec.from = from;
            spec.to = to;
            spec.mode = mode;
            spec.by = by;
            return median([&] { return ReportService(db).funnel(spec).ok(); });
        };
        const qint64 fromTs = QDateTime(yearAgo, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 toTs = QDateTime(last, QTime(0, 0), zone).toSecsSinceEpoch();
        benchColdProcess(*path, yearAgo, last, fromTs, toTs, runs);
        {
            // The first report in this process reads the stored facts; later ones reuse them
            // while the data is unchanged (see docs/architecture.md).
            FunnelSpec spec;
            spec.from = yearAgo;
            spec.to = last;
            spec.by = Breakdown::Channel;
            QElapsedTimer t;
            t.start();
            if (!ReportService(db).funnel(spec).ok()) {
                return fail(QStringLiteral("the report failed"));
            }
            out() << "first report in this process:         "
                  << QString::number(static_cast<double>(t.nsecsElapsed()) / 1e6, 'f', 1) << " ms\n";
        }
        const double cohort = funnel(FunnelMode::Cohort, Breakdown::Channel, yearAgo, last);
        out() << "cohort funnel by channel, one year:   " << QString::number(cohort, 'f', 1) << " ms\n";
        out().flush();
        const double period = funnel(FunnelMode::Period, Breakdown::Week, yearAgo, last);
        out() << "period funnel by week, one year:      " << QString::number(period, 'f', 1) << " ms\n";
        out().flush();
        const double kpi =
            median([&] { return ReportService(db).kpi(Department::CallCenter, monthAgo, last).ok(); });
        out() << "operator KPIs, one month:             " << QString::number(kpi, 'f', 1) << " ms\n";
        out().flush();
        benchPayroll(db, last, median);
        const double naive =
            median([&] { return FunnelRepository(db).straightforwardCohortByChannel(fromTs, toTs) >= 0; });
        out() << "straightforward SQL, same cohort:     " << QString::number(naive, 'f', 1) << " ms ("
              << QString::number(naive / cohort, 'f', 1) << "x the engine's time)\n"
              << "peak memory (VmHWM):                  " << QString::number(peakResidentMiB(), 'f', 1)
              << " MiB\n";
    } catch (const StorageError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> benchCommands() {
    return {
        {QStringLiteral("bench report"),
         {},
         {},
         QStringLiteral(
             "time the funnel reports on a (large) database: the cohort by channel over the last year\n"
             "as a new process next to the sqlite3 shell's GROUP BY over the lead rows, then in this\n"
             "process cohort by channel and period by week over the last year, operator KPIs and\n"
             "everyone's bonuses for the last month, and the straightforward SQL\n"
             "(make a database with: demo --leads 1000000)"),
         {databaseOption(),
          {QStringLiteral("--runs"), QStringLiteral("N"), QStringLiteral("runs of each report (default 5)")}},
         runReportBench},
        seatsBenchCommand(),
        listsBenchCommand(),
    };
}

}  // namespace fd::cli
