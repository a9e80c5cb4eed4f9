#include "funnel/funnel_json.h"

#include <QJsonArray>

namespace fd::core {

namespace {

QJsonValue opt(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<qint64>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<QDate>& d) {
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject percentiles(const Percentiles& p) {
    return QJsonObject{{QStringLiteral("median"), opt(p.median)}, {QStringLiteral("p75"), opt(p.p75)}};
}

QJsonObject groupToJson(const FunnelGroup& g) {
    QJsonObject stages;
    for (int s = 0; s < kStageCount; ++s) {
        stages.insert(QLatin1String(kStageCodes[static_cast<std::size_t>(s)]),
                      g.stages[static_cast<std::size_t>(s)]);
    }
    QJsonObject step;
    QJsonObject cumulative;
    for (int s = 1; s < kStageCount; ++s) {
        const QString code = QLatin1String(kStageCodes[static_cast<std::size_t>(s)]);
        step.insert(code, rateToJson(g.step[static_cast<std::size_t>(s - 1)]));
        cumulative.insert(code, rateToJson(g.cumulative[static_cast<std::size_t>(s - 1)]));
    }
    const FunnelMoney& m = g.money;
    QJsonObject money{
        {QStringLiteral("spend_applicable"), m.spendApplicable},
        {QStringLiteral("visitors"), opt(m.visitors)},
        {QStringLiteral("spend"), opt(m.spend)},
        {QStringLiteral("revenue"), m.revenue},
        {QStringLiteral("contracted"), m.contracted},
        {QStringLiteral("cpl"), opt(m.cpl)},
        {QStringLiteral("cost_per_booked"), opt(m.costPerBooked)},
        {QStringLiteral("cost_per_arrival"), opt(m.costPerArrival)},
        {QStringLiteral("cost_per_target"), opt(m.costPerTarget)},
        {QStringLiteral("cac"), opt(m.cac)},
        {QStringLiteral("average_deal"), opt(m.averageDeal)},
        {QStringLiteral("romi"), opt(m.romi)},
        {QStringLiteral("visitor_to_lead"),
         m.spendApplicable ? QJsonValue(rateToJson(m.visitorToLead)) : QJsonValue()},
    };
    return QJsonObject{
        {QStringLiteral("key"), g.key},
        {QStringLiteral("label"), g.label},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("conversion"),
         QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("cumulative"), cumulative}}},
        {QStringLiteral("no_show"), rateToJson(g.noShow)},
        {QStringLiteral("non_target_share"), rateToJson(g.nonTargetShare)},
        {QStringLiteral("sales_first_meeting"), g.salesFirstMeeting},
        {QStringLiteral("sales_after_follow_up"), g.salesAfterFollowUp},
        {QStringLiteral("days_to_booked"), percentiles(g.daysToBooked)},
        {QStringLiteral("days_to_arrived"), percentiles(g.daysToArrived)},
        {QStringLiteral("days_to_sale"), percentiles(g.daysToSale)},
        {QStringLiteral("money"), money},
        {QStringLiteral("immature_share"), opt(g.immatureShare)},
        {QStringLiteral("maturing"), g.maturing},
    };
}

}  // namespace

QJsonObject rateToJson(const Rate& r) {
    return QJsonObject{{QStringLiteral("num"), r.num},
                       {QStringLiteral("den"), r.den},
                       {QStringLiteral("rate"), opt(r.rate)},
                       {QStringLiteral("ci_low"), opt(r.ciLow)},
                       {QStringLiteral("ci_high"), opt(r.ciHigh)}};
}

QJsonObject funnelReportToJson(const FunnelReport& report) {
    QJsonArray groups;
    for (const FunnelGroup& g : report.groups) {
        groups.append(groupToJson(g));
    }
    const FunnelSpec& s = report.spec;
    return QJsonObject{
        {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
        {QStringLiteral("mode"),
         s.mode == FunnelMode::Cohort ? QStringLiteral("cohort") : QStringLiteral("period")},
        {QStringLiteral("window_days"), s.windowDays ? QJsonValue(*s.windowDays) : QJsonValue()},
        {QStringLiteral("by"), breakdownCode(s.by)},
        {QStringLiteral("time_zone"), report.timeZone},
        {QStringLiteral("maturity_days"),
         report.maturityDays ? QJsonValue(*report.maturityDays) : QJsonValue()},
        {QStringLiteral("data_first"), opt(report.dataFirst)},
        {QStringLiteral("data_last"), opt(report.dataLast)},
        {QStringLiteral("no_data"), report.noData},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("total"), groupToJson(report.total)},
    };
}

}  // namespace fd::core
