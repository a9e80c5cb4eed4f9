// Reports: the funnel of a period and each department's KPIs, as a table, CSV or JSON.

#include "command_table.h"
#include "output.h"

#include "funnel/funnel_engine.h"
#include "funnel/funnel_json.h"
#include "services/catalog_reader.h"
#include "services/report_service.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {

namespace {

using namespace fd::core;

/// Resolves names given on the command line to ids; an unknown name is an error.
std::optional<std::vector<Id>> namesToIds(const QStringList& names, const QHash<QString, Id>& known,
                                          const char* what, QString* error) {
    std::vector<Id> ids;
    for (const QString& n : names) {
        const auto it = known.find(n);
        if (it == known.end()) {
            *error = QStringLiteral("there is no %1 named \"%2\"").arg(QLatin1String(what), n);
            return std::nullopt;
        }
        ids.push_back(*it);
    }
    return ids;
}

/// Reads the mode, window and breakdown of a funnel report; on a problem returns the exit code
/// after printing it.
std::optional<int> readFunnelShape(const Args& a, FunnelSpec* spec) {
    const QString mode = a.value("--mode").value_or(QStringLiteral("cohort"));
    if (mode != QLatin1String("cohort") && mode != QLatin1String("period")) {
        return fail(QStringLiteral("--mode must be cohort or period, not \"%1\"").arg(mode), kExitUsage);
    }
    spec->mode = mode == QLatin1String("cohort") ? FunnelMode::Cohort : FunnelMode::Period;
    if (const auto w = a.value("--window-days")) {
        bool ok = false;
        const int days = w->toInt(&ok);
        if (!ok || days < 1) {
            return fail(QStringLiteral("--window-days must be a positive whole number, not \"%1\"").arg(*w),
                        kExitUsage);
        }
        spec->windowDays = days;
    }
    const QString by = a.value("--by").value_or(QStringLiteral("none"));
    const auto breakdown = breakdownFromCode(by);
    if (!breakdown) {
        return fail(
            QStringLiteral("--by must be one of none, channel, campaign, office, operator, manager, day, "
                           "week, month, not \"%1\"")
                .arg(by),
            kExitUsage);
    }
    spec->by = *breakdown;
    return std::nullopt;
}

/// Turns the names of --office, --channel, --campaign, --operator and --manager into the spec's
/// filters; on a problem returns the exit code after printing it.
std::optional<int> readFilters(Database& db, const Args& a, FunnelSpec* spec) {
    CatalogReader catalog(db);
    Result<std::vector<Office>> officeList = catalog.offices();
    Result<std::vector<Channel>> channelList = catalog.channels();
    Result<std::vector<Campaign>> campaignList = catalog.campaigns();
    Result<std::vector<Employee>> staff = catalog.employees();
    for (const Error* e :
         {officeList ? nullptr : &officeList.error(), channelList ? nullptr : &channelList.error(),
          campaignList ? nullptr : &campaignList.error(), staff ? nullptr : &staff.error()}) {
        if (e) {
            return fail(e->message());
        }
    }
    QHash<QString, Id> offices, channels, campaigns, operators, managers;
    for (const Office& o : *officeList) {
        offices.insert(o.name, o.id);
    }
    for (const Channel& c : *channelList) {
        channels.insert(c.name, c.id);
    }
    for (const Campaign& c : *campaignList) {
        campaigns.insert(c.name, c.id);
    }
    for (const Employee& e : *staff) {
        (e.role == Role::OfficeManager ? managers : operators).insert(e.name, e.id);
    }
    QString error;
    const auto o = namesToIds(a.all("--office"), offices, "office", &error);
    const auto ch = o ? namesToIds(a.all("--channel"), channels, "channel", &error) : std::nullopt;
    const auto cp = ch ? namesToIds(a.all("--campaign"), campaigns, "campaign", &error) : std::nullopt;
    const auto op = cp ? namesToIds(a.all("--operator"), operators, "operator", &error) : std::nullopt;
    const auto mg = op ? namesToIds(a.all("--manager"), managers, "manager", &error) : std::nullopt;
    if (!mg) {
        return fail(error, kExitUsage);
    }
    spec->offices = *o;
    spec->channels = *ch;
    spec->campaigns = *cp;
    spec->operators = *op;
    spec->managers = *mg;
    return std::nullopt;
}

/// The funnel's groups (and its total under a breakdown) as rows, a header first.
std::vector<QStringList> funnelRows(const FunnelReport& report) {
    QStringList header{QStringLiteral("group")};
    for (const char* code : kStageCodes) {
        header << QString::fromLatin1(code);
    }
    header << QStringLiteral("lead_to_target") << QStringLiteral("ci_low") << QStringLiteral("ci_high")
           << QStringLiteral("revenue_rub") << QStringLiteral("spend_rub") << QStringLiteral("cpl_rub")
           << QStringLiteral("cost_per_target_rub") << QStringLiteral("romi") << QStringLiteral("maturing");
    auto line = [&](const FunnelGroup& g) {
        QStringList cells{g.label};
        for (qint64 n : g.stages) {
            cells << QString::number(n);
        }
        const Rate& target = g.cumulative[3];
        cells << number(target.rate, 4) << number(target.ciLow, 4) << number(target.ciHigh, 4)
              << QString::number(static_cast<double>(g.money.revenue) / 100.0, 'f', 0)
              << (g.money.spend ? QString::number(static_cast<double>(*g.money.spend) / 100.0, 'f', 0)
                                : QStringLiteral("n/a"))
              << rubles(g.money.cpl) << rubles(g.money.costPerTarget)
              << (g.money.romi ? QString::number(*g.money.romi, 'f', 2) : QStringLiteral("n/a"))
              << (g.maturing ? QStringLiteral("yes") : QStringLiteral("no"));
        return cells;
    };
    std::vector<QStringList> rows{header};
    for (const FunnelGroup& g : report.groups) {
        rows.push_back(line(g));
    }
    if (report.spec.by != Breakdown::None) {
        rows.push_back(line(report.total));
    }
    return rows;
}

void printFunnel(const FunnelReport& report, OutputFormat format) {
    if (format == OutputFormat::Json) {
        out() << QJsonDocument(funnelReportToJson(report)).toJson(QJsonDocument::Indented);
        return;
    }
    const std::vector<QStringList> rows = funnelRows(report);
    if (format == OutputFormat::Csv) {
        printCsv(rows);
        return;
    }
    out() << (report.spec.mode == FunnelMode::Cohort ? "Cohort funnel" : "Period funnel") << ' '
          << report.spec.from.toString(Qt::ISODate) << " .. " << report.spec.to.toString(Qt::ISODate) << " ("
          << report.timeZone << ")";
    if (report.noData) {
        out() << " — no data in this period; the database has data from "
              << (report.dataFirst ? report.dataFirst->toString(Qt::ISODate) : QStringLiteral("-")) << " to "
              << (report.dataLast ? report.dataLast->toString(Qt::ISODate) : QStringLiteral("-"));
    }
    out() << '\n';
    printTable(rows, 1);
}

int runFunnelReport(const Args& a) {
    FunnelSpec spec;
    if (const auto code = readPeriod(a, &spec.from, &spec.to)) {
        return *code;
    }
    if (const auto code = readFunnelShape(a, &spec)) {
        return *code;
    }
    int exitCode = kExitUsage;
    const std::optional<ReportTarget> target = openReport(a.value("--format"), *a.value("--db"), &exitCode);
    if (!target) {
        return exitCode;
    }
    if (const auto code = readFilters(*target->db, a, &spec)) {
        return *code;
    }
    const Result<FunnelReport> report = ReportService(*target->db).funnel(spec);
    if (!report) {
        return fail(report.error().message());
    }
    printFunnel(*report, target->format);
    return kExitOk;
}

QStringList kpiHeader(Department dep) {
    QStringList header{QStringLiteral("department"),     QStringLiteral("kind"),   QStringLiteral("name"),
                       QStringLiteral("leads"),          QStringLiteral("booked"), QStringLiteral("arrived"),
                       QStringLiteral("target_arrived"), QStringLiteral("sales")};
    switch (dep) {
        case Department::Marketing:
            header << QStringLiteral("visitor_to_lead") << QStringLiteral("cpl_rub")
                   << QStringLiteral("cost_per_target_rub") << QStringLiteral("romi");
            break;
        case Department::CallCenter:
            header << QStringLiteral("lead_to_target") << QStringLiteral("show_up")
                   << QStringLiteral("median_min_to_first_call");
            break;
        case Department::Sales:
            header << QStringLiteral("close_rate") << QStringLiteral("sales_after_follow_up")
                   << QStringLiteral("revenue_rub") << QStringLiteral("average_deal_rub");
            break;
    }
    return header;
}

QStringList kpiCells(Department dep, const KpiRow& r) {
    QStringList cells{departmentCode(dep),
                      r.kind,
                      r.label,
                      QString::number(r.leads),
                      QString::number(r.booked),
                      QString::number(r.arrived),
                      QString::number(r.target),
                      QString::number(r.sales)};
    switch (dep) {
        case Department::Marketing:
            cells << number(r.visitorToLead.rate, 4) << rubles(r.cpl) << rubles(r.costPerTarget)
                  << (r.romi ? QString::number(*r.romi, 'f', 2) : QStringLiteral("n/a"));
            break;
        case Department::CallCenter:
            cells << number(r.leadToTarget.rate, 4) << number(r.showUp.rate, 4)
                  << number(r.medianMinutesToFirstCall, 1);
            break;
        case Department::Sales:
            cells << number(r.closeRate.rate, 4) << QString::number(r.salesAfterFollowUp)
                  << QString::number(static_cast<double>(r.revenue) / 100.0, 'f', 0) << rubles(r.averageDeal);
            break;
    }
    return cells;
}

QJsonObject kpiJson(Department dep, const KpiRow& r) {
    auto optional = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("department"), departmentCode(dep)},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("key"), r.key},
        {QStringLiteral("label"), r.label},
        {QStringLiteral("leads"), r.leads},
        {QStringLiteral("booked"), r.booked},
        {QStringLiteral("arrived"), r.arrived},
        {QStringLiteral("target_arrived"), r.target},
        {QStringLiteral("sales"), r.sales},
        {QStringLiteral("sales_after_follow_up"), r.salesAfterFollowUp},
        {QStringLiteral("revenue"), r.revenue},
        {QStringLiteral("visitor_to_lead"), rateToJson(r.visitorToLead)},
        {QStringLiteral("lead_to_target"), rateToJson(r.leadToTarget)},
        {QStringLiteral("show_up"), rateToJson(r.showUp)},
        {QStringLiteral("close_rate"), rateToJson(r.closeRate)},
        {QStringLiteral("cpl"), optional(r.cpl)},
        {QStringLiteral("cost_per_target"), optional(r.costPerTarget)},
        {QStringLiteral("romi"), optional(r.romi)},
        {QStringLiteral("average_deal"), optional(r.averageDeal)},
        {QStringLiteral("median_minutes_to_first_call"), optional(r.medianMinutesToFirstCall)}};
}

int runKpiReport(const Args& a) {
    if (a.flag("--plan")) {
        return runKpiPlan(a);
    }
    QDate from;
    QDate to;
    if (const auto code = readPeriod(a, &from, &to)) {
        return *code;
    }
    std::vector<Department> departments{Department::Marketing, Department::CallCenter, Department::Sales};
    if (const auto d = a.value("--department")) {
        const auto dep = departmentFromCode(*d);
        if (!dep) {
            return fail(
                QStringLiteral("--department must be marketing, call_center or sales, not \"%1\"").arg(*d),
                kExitUsage);
        }
        departments = {*dep};
    }
    int exitCode = kExitUsage;
    const std::optional<ReportTarget> target = openReport(a.value("--format"), *a.value("--db"), &exitCode);
    if (!target) {
        return exitCode;
    }
    QJsonArray json;
    for (const Department dep : departments) {
        const Result<KpiReport> report = ReportService(*target->db).kpi(dep, from, to);
        if (!report) {
            return fail(report.error().message());
        }
        std::vector<QStringList> rows{kpiHeader(dep)};
        for (const KpiRow& r : report->rows) {
            rows.push_back(kpiCells(dep, r));
            json.append(kpiJson(dep, r));
        }
        if (target->format == OutputFormat::Csv) {
            printCsv(rows);
        } else if (target->format == OutputFormat::Table) {
            printTable(rows, 3, 1);
            out() << '\n';
        }
    }
    if (target->format == OutputFormat::Json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                           {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                           {QStringLiteral("rows"), json}})
                     .toJson(QJsonDocument::Indented);
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> reportCommands() {
    const Option db = databaseOption();
    const Option from{QStringLiteral("--from"), QStringLiteral("YYYY-MM-DD"),
                      QStringLiteral("the period's first day"), true};
    const Option to{QStringLiteral("--to"), QStringLiteral("YYYY-MM-DD"),
                    QStringLiteral("the day after the period"), true};
    const Option format{QStringLiteral("--format"), QStringLiteral("table|csv|json"),
                        QStringLiteral("how to print it (default table)")};
    auto only = [](const char* name, const char* what) {
        return Option{QString::fromLatin1(name), QStringLiteral("NAME"),
                      QStringLiteral("only the %1 of this name").arg(QLatin1String(what)), false, true};
    };
    return {
        {QStringLiteral("report funnel"),
         {},
         {},
         QStringLiteral("the funnel for a period (see docs/metrics.md)"),
         {db,
          from,
          to,
          {QStringLiteral("--mode"), QStringLiteral("cohort|period"),
           QStringLiteral("how to count (default cohort)")},
          {QStringLiteral("--window-days"), QStringLiteral("N"),
           QStringLiteral("count what a lead reached in N days")},
          {QStringLiteral("--by"),
           QStringLiteral("none|channel|campaign|office|operator|manager|day|week|month"),
           QStringLiteral("the breakdown (default none)")},
          only("--office", "office"),
          only("--channel", "channel"),
          only("--campaign", "campaign"),
          only("--operator", "operator"),
          only("--manager", "manager"),
          format},
         runFunnelReport},
        {QStringLiteral("report kpi"),
         {},
         {},
         QStringLiteral("per-department KPIs for a period; with --plan a month's KPI tabs as the KPI\n"
                        "workspace shows them: plans, how much is done, forecasts and bonuses"),
         {db,
          {QStringLiteral("--from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the period's first day")},
          {QStringLiteral("--to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day after the period")},
          {QStringLiteral("--plan"),
           {},
           QStringLiteral("the month's plan/fact with forecasts (needs --month)")},
          {QStringLiteral("--month"), QStringLiteral("YYYY-MM"), QStringLiteral("the month, with --plan")},
          {QStringLiteral("--department"), QStringLiteral("marketing|call_center|sales"),
           QStringLiteral("one department (default all)")},
          format},
         runKpiReport},
        healthCommand(),
    };
}

}  // namespace fd::cli
