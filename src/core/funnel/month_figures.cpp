#include "funnel/month_figures.h"

#include "funnel/funnel_engine.h"
#include "funnel/wilson.h"

namespace fd::core {

QString monthCode(QDate month) {
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate monthFromCode(const QString& code) {
    const QDate d = QDate::fromString(code + QStringLiteral("-01"), Qt::ISODate);
    return code.size() == 7 ? d : QDate();
}

namespace {

std::optional<double> valueOf(const Rate& r) {
    return r.rate;
}

void addPeriod(KpiFigures& f, const FunnelGroup& g) {
    auto count = [&](Kpi kpi, Stage stage) {
        f[kpi].fact = static_cast<double>(g.stages[static_cast<size_t>(stage)]);
    };
    count(Kpi::Leads, Stage::Lead);
    count(Kpi::Booked, Stage::Booked);
    count(Kpi::Arrivals, Stage::Arrived);
    count(Kpi::TargetArrivals, Stage::Target);
    count(Kpi::Sales, Stage::Sale);
    f[Kpi::MoneyReceived].fact = static_cast<double>(g.money.revenue);
    f[Kpi::Contracted].fact = static_cast<double>(g.money.contracted);
    if (g.money.costPerTarget) {
        f[Kpi::CostPerTarget].fact = *g.money.costPerTarget;
    }
}

void addCohort(KpiFigures& f, const FunnelGroup& g) {
    const auto& s = g.stages;
    f[Kpi::LeadToTarget].fact = valueOf(g.cumulative[static_cast<size_t>(Stage::Target) - 1]);
    f[Kpi::ShowUp].fact =
        valueOf(wilsonRate(s[static_cast<size_t>(Stage::Arrived)], s[static_cast<size_t>(Stage::Booked)]));
    f[Kpi::CloseRate].fact =
        valueOf(wilsonRate(s[static_cast<size_t>(Stage::Sale)], s[static_cast<size_t>(Stage::Arrived)]));
}

}  // namespace

Result<MonthFigures> monthFigures(FactSource& source, const QString& reportTimeZone, QDate month) {
    MonthFigures out;
    out.first = QDate(month.year(), month.month(), 1);
    FunnelEngine engine(source, reportTimeZone);
    struct Pass {
        FunnelMode mode;
        Breakdown by;
    };
    for (const Pass pass :
         {Pass{FunnelMode::Period, Breakdown::Operator}, Pass{FunnelMode::Cohort, Breakdown::Operator},
          Pass{FunnelMode::Period, Breakdown::Manager}, Pass{FunnelMode::Cohort, Breakdown::Manager},
          Pass{FunnelMode::Period, Breakdown::None}, Pass{FunnelMode::Cohort, Breakdown::None}}) {
        FunnelSpec spec;
        spec.from = out.first;
        spec.to = out.first.addMonths(1);
        spec.mode = pass.mode;
        spec.by = pass.by;
        Result<FunnelReport> report = engine.run(spec);
        if (!report) {
            return report.error();
        }
        if (pass.by == Breakdown::None) {
            // The company as a whole: spend and visitors count here, not per person.
            pass.mode == FunnelMode::Period ? addPeriod(out.company, report->total)
                                            : addCohort(out.company, report->total);
            continue;
        }
        QHash<Id, KpiFigures>& people = pass.by == Breakdown::Operator ? out.operators : out.managers;
        for (const FunnelGroup& g : report->groups) {
            bool numeric = false;
            const Id id = g.key.toLongLong(&numeric);
            if (!numeric || id == 0) {
                continue;  // leads nobody worked or received
            }
            pass.mode == FunnelMode::Period ? addPeriod(people[id], g) : addCohort(people[id], g);
        }
    }
    return out;
}

}  // namespace fd::core
