#include "funnel/kpi_report.h"

#include "funnel/fact_source.h"
#include "funnel/funnel_engine.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <unordered_map>

namespace fd::core {

QString departmentCode(Department d) {
    switch (d) {
        case Department::Marketing:
            return QStringLiteral("marketing");
        case Department::CallCenter:
            return QStringLiteral("call_center");
        case Department::Sales:
            return QStringLiteral("sales");
    }
    return {};
}

std::optional<Department> departmentFromCode(QStringView code) {
    for (const Department d : {Department::Marketing, Department::CallCenter, Department::Sales}) {
        if (departmentCode(d) == code) {
            return d;
        }
    }
    return std::nullopt;
}

Result<QHash<QString, double>> medianMinutesToFirstCall(FactSource& source, const QString& zoneName,
                                                        QDate from, QDate to) {
    Result<std::shared_ptr<const FunnelData>> data = source.facts();
    if (!data) {
        return data.error();
    }
    const QTimeZone zone(zoneName.toUtf8());
    const qint64 fromTs = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toTs = QDateTime(to, QTime(0, 0), zone).toSecsSinceEpoch();
    // Leads are in id order, hence nearly in creation order: integer keys, names at the end.
    std::unordered_map<Id, std::vector<double>> byOperator;
    std::vector<double> all;
    const FunnelData& facts = **data;
    const auto [first, last] = facts.byCreation.range(fromTs, toTs);  // the period's leads only
    for (std::size_t i = first; i < last; ++i) {
        const FunnelLeadFact& f = facts.leads[facts.byCreation.place(i)];
        if (f.firstCallAt() == FunnelLeadFact::kNone) {
            continue;
        }
        const double m = static_cast<double>(f.firstCallAt() - f.created) / 60.0;
        byOperator[f.operatorId].push_back(m);
        all.push_back(m);
    }
    QHash<QString, double> medians;
    for (auto& [operatorId, minutes] : byOperator) {
        if (const auto median = FunnelEngine::percentile(std::move(minutes), 0.5)) {
            medians.insert(operatorId != 0 ? QString::number(operatorId) : QStringLiteral("none"), *median);
        }
    }
    if (const auto median = FunnelEngine::percentile(std::move(all), 0.5)) {
        medians.insert(QStringLiteral("all"), *median);
    }
    return medians;
}

namespace {

KpiRow rowOf(const QString& kind, const FunnelGroup& g) {
    KpiRow r;
    r.kind = kind;
    r.key = g.key;
    r.label = g.label;
    r.leads = g.stages[0];
    r.booked = g.stages[2];
    r.arrived = g.stages[3];
    r.target = g.stages[4];
    r.sales = g.stages[5];
    r.salesAfterFollowUp = g.salesAfterFollowUp;
    r.revenue = g.money.revenue;
    r.visitorToLead = g.money.visitorToLead;
    r.leadToTarget = g.cumulative[3];
    r.showUp = wilsonRate(g.stages[3], g.stages[2]);
    r.closeRate = wilsonRate(g.stages[5], g.stages[3]);
    r.cpl = g.money.cpl;
    r.costPerTarget = g.money.costPerTarget;
    r.romi = g.money.romi;
    r.averageDeal = g.money.averageDeal;
    return r;
}

/// Adds each row's median minutes to the first call, of the leads created in the report's period.
Status addMinutesToFirstCall(FactSource& source, const QString& zoneName, KpiReport& report) {
    Result<QHash<QString, double>> medians =
        medianMinutesToFirstCall(source, zoneName, report.from, report.to);
    if (!medians) {
        return medians.error();
    }
    for (KpiRow& row : report.rows) {
        if (const auto it = medians->constFind(row.key); it != medians->cend()) {
            row.medianMinutesToFirstCall = it.value();
        }
    }
    return Ok{};
}

}  // namespace

Result<KpiReport> kpiReport(FactSource& source, const QString& reportTimeZone, Department department,
                            QDate from, QDate to) {
    KpiReport report;
    report.department = department;
    report.from = from;
    report.to = to;
    FunnelEngine engine(source, reportTimeZone);
    auto run = [&](Breakdown by) -> Result<FunnelReport> {
        FunnelSpec spec;
        spec.from = from;
        spec.to = to;
        spec.mode = FunnelMode::Cohort;
        spec.by = by;
        return engine.run(spec);
    };
    auto addGroups = [&](Breakdown by, const QString& kind, bool withTotal) -> Status {
        Result<FunnelReport> r = run(by);
        if (!r) {
            return r.error();
        }
        for (const FunnelGroup& g : r->groups) {
            report.rows.push_back(rowOf(kind, g));
        }
        if (withTotal) {
            report.rows.push_back(rowOf(QStringLiteral("total"), r->total));
        }
        return Ok{};
    };
    Status status = Ok{};
    switch (department) {
        case Department::Marketing:
            status = addGroups(Breakdown::Channel, QStringLiteral("channel"), true);
            break;
        case Department::CallCenter: {
            status = addGroups(Breakdown::Operator, QStringLiteral("operator"), true);
            if (!status) {
                break;
            }
            status = addMinutesToFirstCall(source, reportTimeZone, report);
            break;
        }
        case Department::Sales:
            status = addGroups(Breakdown::Manager, QStringLiteral("manager"), false);
            if (status) {
                status = addGroups(Breakdown::Office, QStringLiteral("office"), true);
            }
            break;
    }
    if (!status) {
        return status.error();
    }
    return report;
}

}  // namespace fd::core
