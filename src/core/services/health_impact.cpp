#include "services/health_impact.h"

#include "services/data_health.h"
#include "services/payroll_service.h"
#include "storage/database.h"
#include "storage/motivation_repository.h"

#include <map>

namespace fd::core {

namespace {

/// The gaps of a kind that fall to a person: on their leads (an operator) or their desk.
int gapsOf(const HealthReport& report, GapKind kind, const PersonMonth& p) {
    int n = 0;
    for (const GapGroup& g : report.groups) {
        if (g.kind != kind) {
            continue;
        }
        for (const GapRecord& r : g.records) {
            const bool mine = p.role == Role::Operator
                                  ? r.operatorId == p.employeeId
                                  : g.owner.kind == GapOwnerKind::Employee && g.owner.id == p.employeeId;
            n += mine ? 1 : 0;
        }
    }
    return n;
}

}  // namespace

bool crossesStep(const BonusRule& rule, double low, double high, std::optional<double> plan) {
    if (high <= low) {
        return false;
    }
    if (rule.kind == BonusRuleKind::Steps) {
        if (!plan || *plan <= 0) {
            return false;
        }
        for (const BonusStep& step : rule.steps) {
            if (step.completion > low / *plan && step.completion <= high / *plan) {
                return true;
            }
        }
        return false;
    }
    if (rule.kind == BonusRuleKind::Gate) {
        const std::optional<double> threshold = rule.threshold ? rule.threshold : plan;
        return threshold && *threshold >= low && *threshold < high;
    }
    return false;
}

Result<HealthImpact> healthImpact(Database& db, const Clock& clock, QDate month) {
    const QDate first(month.year(), month.month(), 1);
    Result<Payroll> payroll = PayrollService(db, clock).payroll(first);
    if (!payroll) {
        return payroll.error();
    }
    Result<HealthReport> report = DataHealth(db, clock).report(first, first.addMonths(1));
    if (!report) {
        return report.error();
    }
    return whileReading([&]() -> Result<HealthImpact> {
        HealthImpact impact;
        impact.month = payroll->month;
        MotivationRepository motivation(db);
        for (const PersonMonth& p : payroll->people) {
            if (p.role != Role::Operator && p.role != Role::OfficeManager) {
                continue;
            }
            const int unmarked = gapsOf(*report, GapKind::UnmarkedMeeting, p);
            const int open = gapsOf(*report, GapKind::ArrivalWithoutOutcome, p);
            // Each KPI and the gaps that could still raise it.
            std::map<Kpi, int> could{{Kpi::Arrivals, unmarked}, {Kpi::TargetArrivals, unmarked + open}};
            if (p.role == Role::OfficeManager) {
                could[Kpi::Sales] = open;
            }
            KpiFigures high = p.figures;
            bool any = false;
            for (const auto& [kpi, gaps] : could) {
                const auto f = p.figures.find(kpi);
                if (gaps == 0 || f == p.figures.end() || !f->second.fact) {
                    continue;
                }
                any = true;
                const double fact = *f->second.fact;
                impact.kpis.push_back(
                    {p.employeeId, p.name, p.role, kpi, fact, fact + gaps, f->second.plan, gaps});
                high[kpi].fact = fact + gaps;
            }
            if (!any) {
                continue;
            }
            BonusRange bonus{p.employeeId, p.name, p.bonus.total, p.bonus.total, false, std::nullopt};
            const std::vector<BonusRule> rules = motivation.rules(p.role, payroll->month);
            bonus.high = computeBonus(rules, high).total;
            for (const BonusRule& rule : rules) {
                const auto f = p.figures.find(rule.kpi);
                const auto h = high.find(rule.kpi);
                if (f != p.figures.end() && f->second.fact && h != high.end() && h->second.fact &&
                    crossesStep(rule, *f->second.fact, *h->second.fact, f->second.plan)) {
                    bonus.crossesStep = true;
                    bonus.stepKpi = rule.kpi;
                    break;
                }
            }
            if (bonus.high != bonus.low || bonus.crossesStep) {
                impact.bonuses.push_back(bonus);
            }
        }
        return impact;
    });
}

}  // namespace fd::core
