// health: the gaps in a period's marks, as the Data health view lists them.

#include "command_table.h"
#include "output.h"

#include "services/data_health.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {

namespace {

using namespace fd::core;

QJsonValue optJson(const OptId& id) {
    return id ? QJsonValue(static_cast<double>(*id)) : QJsonValue();
}

QJsonObject recordJson(const GapRecord& r) {
    QJsonObject o;
    o.insert(QStringLiteral("lead"), optJson(r.leadId));
    if (r.meetingId) {
        o.insert(QStringLiteral("meeting"), static_cast<double>(*r.meetingId));
    }
    if (r.dealId) {
        o.insert(QStringLiteral("deal"), static_cast<double>(*r.dealId));
    }
    if (r.contactId) {
        o.insert(QStringLiteral("contact"), static_cast<double>(*r.contactId));
    }
    if (r.channelId) {
        o.insert(QStringLiteral("channel"), static_cast<double>(*r.channelId));
    }
    if (!r.day.isEmpty()) {
        o.insert(QStringLiteral("day"), r.day);
    }
    o.insert(QStringLiteral("at"), static_cast<double>(r.at));
    return o;
}

QJsonObject reportJson(const HealthReport& report, QDate from, QDate to) {
    QJsonArray kinds;
    for (int k = 0; k < kGapKindCount; ++k) {
        const auto kind = static_cast<GapKind>(k);
        QJsonArray groups;
        for (const GapGroup& g : report.groups) {
            if (g.kind != kind) {
                continue;
            }
            QJsonArray records;
            for (const GapRecord& r : g.records) {
                records.append(recordJson(r));
            }
            groups.append(QJsonObject{{QStringLiteral("owner_kind"), toCode(g.owner.kind)},
                                      {QStringLiteral("owner_id"), optJson(g.owner.id)},
                                      {QStringLiteral("owner"), DataHealth::ownerText(g.owner)},
                                      {QStringLiteral("count"), g.count()},
                                      {QStringLiteral("records"), records}});
        }
        kinds.append(QJsonObject{{QStringLiteral("kind"), toCode(kind)},
                                 {QStringLiteral("name"), DataHealth::kindText(kind)},
                                 {QStringLiteral("count"), report.count(kind)},
                                 {QStringLiteral("groups"), groups}});
    }
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("kinds"), kinds}};
}

int runHealth(const Args& a) {
    QDate from;
    QDate to;
    if (const auto code = readPeriod(a, &from, &to)) {
        return *code;
    }
    int exitCode = kExitUsage;
    const std::optional<ReportTarget> target = openReport(a.value("--format"), *a.value("--db"), &exitCode);
    if (!target) {
        return exitCode;
    }
    const Result<HealthReport> report = DataHealth(*target->db, systemClock()).report(from, to);
    if (!report) {
        return fail(report.error().message());
    }
    if (target->format == OutputFormat::Json) {
        out() << QJsonDocument(reportJson(*report, from, to)).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    std::vector<QStringList> rows{{QStringLiteral("kind"), QStringLiteral("owner"), QStringLiteral("count")}};
    for (int k = 0; k < kGapKindCount; ++k) {
        const auto kind = static_cast<GapKind>(k);
        rows.push_back({toCode(kind), QStringLiteral("(all)"), QString::number(report->count(kind))});
        for (const GapGroup& g : report->groups) {
            if (g.kind == kind) {
                rows.push_back({toCode(kind), DataHealth::ownerText(g.owner), QString::number(g.count())});
            }
        }
    }
    if (target->format == OutputFormat::Csv) {
        printCsv(rows);
    } else {
        printTable(rows, 2);
    }
    return kExitOk;
}

}  // namespace

Command healthCommand() {
    return {
        QStringLiteral("health"),
        {},
        {},
        QStringLiteral("the gaps in a period's marks that make the funnel's numbers unreliable, by kind and\n"
                       "by who must fix them (as the Data health view shows them)"),
        {databaseOption(),
         {QStringLiteral("--from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the period's first day"),
          true},
         {QStringLiteral("--to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day after the period"),
          true},
         {QStringLiteral("--format"), QStringLiteral("table|csv|json"),
          QStringLiteral("how to print (default table)")}},
        runHealth};
}

}  // namespace fd::cli
