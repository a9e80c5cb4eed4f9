#include "funnel/month_figures.h"

#include "funnel/funnel_engine.h"
#include "funnel/kpi_report.h"
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

qint64 stage(const FunnelGroup& g, Stage s) {
    return g.stages[static_cast<std::size_t>(s)];
}

void setRate(KpiFigures& f, Kpi kpi, const Rate& r) {
    if (!r.rate) {
        return;
    }
    KpiFigure& figure = f[kpi];
    figure.fact = r.rate;
    figure.low = r.ciLow;
    figure.high = r.ciHigh;
}

void setOptional(KpiFigures& f, Kpi kpi, const std::optional<double>& v) {
    if (v) {
        f[kpi].fact = *v;
    }
}

void setOptional(KpiFigures& f, Kpi kpi, const std::optional<qint64>& v) {
    if (v) {
        f[kpi].fact = static_cast<double>(*v);
    }
}

/// What a group did in the month: its events (period counting).
void addPeriod(KpiFigures& f, const FunnelGroup& g) {
    auto count = [&](Kpi kpi, qint64 n) { f[kpi].fact = static_cast<double>(n); };
    count(Kpi::Leads, stage(g, Stage::Lead));
    count(Kpi::LeadsWorked, stage(g, Stage::Contacted));
    count(Kpi::Booked, stage(g, Stage::Booked));
    count(Kpi::Arrivals, stage(g, Stage::Arrived));
    count(Kpi::TargetArrivals, stage(g, Stage::Target));
    count(Kpi::Sales, stage(g, Stage::Sale));
    count(Kpi::SalesAfterFollowUp, g.salesAfterFollowUp);
    count(Kpi::MoneyReceived, g.money.revenue);
    count(Kpi::Contracted, g.money.contracted);
    const FunnelMoney& m = g.money;
    setOptional(f, Kpi::AverageDeal, m.averageDeal);
    if (m.spendApplicable) {
        setOptional(f, Kpi::Visitors, m.visitors);
        setOptional(f, Kpi::Spend, m.spend);
        setRate(f, Kpi::VisitorToLead, m.visitorToLead);
        setOptional(f, Kpi::CostPerLead, m.cpl);
        setOptional(f, Kpi::CostPerTarget, m.costPerTarget);
        setOptional(f, Kpi::Cac, m.cac);
        setOptional(f, Kpi::Romi, m.romi);
    }
}

/// How the group's leads of the month converted by now (cohort counting).
void addCohort(KpiFigures& f, const FunnelGroup& g) {
    setRate(f, Kpi::LeadToTarget, g.cumulative[static_cast<size_t>(Stage::Target) - 1]);
    setRate(f, Kpi::ShowUp, wilsonRate(stage(g, Stage::Arrived), stage(g, Stage::Booked)));
    setRate(f, Kpi::CloseRate, wilsonRate(stage(g, Stage::Sale), stage(g, Stage::Arrived)));
    setRate(f, Kpi::NonTargetShare, g.nonTargetShare);
    setRate(f, Kpi::NoShow, g.noShow);
}

}  // namespace

Result<MonthFigures> monthFigures(FactSource& source, const QString& reportTimeZone, QDate month,
                                  std::optional<QDate> until) {
    MonthFigures out;
    out.first = QDate(month.year(), month.month(), 1);
    out.end = until ? *until : out.first.addMonths(1);
    FunnelEngine engine(source, reportTimeZone);
    const std::pair<Breakdown, QHash<Id, KpiFigures>*> groups[] = {{Breakdown::Operator, &out.operators},
                                                                   {Breakdown::Manager, &out.managers},
                                                                   {Breakdown::Office, &out.offices},
                                                                   {Breakdown::Channel, &out.channels},
                                                                   {Breakdown::None, nullptr}};
    std::vector<Breakdown> breakdowns;
    for (const auto& [by, people] : groups) {
        breakdowns.push_back(by);
    }
    // Every breakdown in one pass over the leads for each counting.
    for (const FunnelMode mode : {FunnelMode::Period, FunnelMode::Cohort}) {
        FunnelSpec spec;
        spec.from = out.first;
        spec.to = out.end;
        spec.mode = mode;
        Result<std::vector<FunnelReport>> reports = engine.runMany(spec, breakdowns);
        if (!reports) {
            return reports.error();
        }
        auto add = [mode](KpiFigures& f, const FunnelGroup& g) {
            mode == FunnelMode::Period ? addPeriod(f, g) : addCohort(f, g);
        };
        for (std::size_t i = 0; i < breakdowns.size(); ++i) {
            QHash<Id, KpiFigures>* people = groups[i].second;
            const FunnelReport* report = &reports.value()[i];
            if (!people) {
                add(out.company, report->total);  // spend and visitors count here, not per person
                continue;
            }
            for (const FunnelGroup& g : report->groups) {
                bool numeric = false;
                const Id id = g.key.toLongLong(&numeric);
                if (numeric && id != 0) {
                    add((*people)[id], g);  // leads nobody worked or received are left out
                }
            }
        }
    }
    Result<QHash<QString, double>> minutes =
        medianMinutesToFirstCall(source, reportTimeZone, out.first, out.end);
    if (!minutes) {
        return minutes.error();
    }
    for (auto it = minutes->cbegin(); it != minutes->cend(); ++it) {
        KpiFigures* f = it.key() == QLatin1String("all") ? &out.company
                        : out.operators.contains(it.key().toLongLong())
                            ? &out.operators[it.key().toLongLong()]
                            : nullptr;
        if (f) {
            (*f)[Kpi::MinutesToFirstCall].fact = it.value();
        }
    }
    return out;
}

}  // namespace fd::core
