#include "services/demo_motivation.h"

#include "funnel/month_figures.h"
#include "storage/catalog_repository.h"
#include "storage/database_fact_source.h"
#include "storage/motivation_repository.h"

#include <cmath>

namespace fd::core::demo {

namespace {

BonusRule rule(BonusRuleKind kind, Kpi kpi) {
    BonusRule r;
    r.kind = kind;
    r.kpi = kpi;
    return r;
}

void seedSchemes(MotivationRepository& repo, const QString& from) {
    BonusRule perTarget = rule(BonusRuleKind::PerUnit, Kpi::TargetArrivals);
    perTarget.amount = 500'00;
    BonusRule operatorSteps = rule(BonusRuleKind::Steps, Kpi::TargetArrivals);
    operatorSteps.steps = {{0, 0}, {0.8, 1}, {1.0, 1.2}};
    operatorSteps.cap = 45'000'00;
    repo.replaceRules(Role::Operator, from, {perTarget, operatorSteps});

    BonusRule share = rule(BonusRuleKind::Percent, Kpi::MoneyReceived);
    share.percent = 1;
    BonusRule perSale = rule(BonusRuleKind::PerUnit, Kpi::Sales);
    perSale.amount = 500'00;
    BonusRule managerSteps = rule(BonusRuleKind::Steps, Kpi::Sales);
    managerSteps.steps = {{0, 0.5}, {0.8, 1}, {1.0, 1.2}};
    managerSteps.cap = 120'000'00;
    repo.replaceRules(Role::OfficeManager, from, {share, perSale, managerSteps});

    BonusRule marketingShare = rule(BonusRuleKind::Percent, Kpi::MoneyReceived);
    marketingShare.percent = 0.2;
    BonusRule costGate = rule(BonusRuleKind::Gate, Kpi::CostPerTarget);
    costGate.comparison = Comparison::Above;
    costGate.multiplier = 0.7;
    repo.replaceRules(Role::Marketer, from, {marketingShare, costGate});
}

/// The average of a KPI over the people who had any of it.
double average(const QHash<Id, KpiFigures>& people, Kpi kpi) {
    double sum = 0;
    int n = 0;
    for (const KpiFigures& f : people) {
        const auto it = f.find(kpi);
        if (it != f.end() && it->second.fact && *it->second.fact > 0) {
            sum += *it->second.fact;
            ++n;
        }
    }
    return n > 0 ? sum / n : 0;
}

std::optional<double> factOf(const KpiFigures& f, Kpi kpi) {
    const auto it = f.find(kpi);
    return it == f.end() ? std::nullopt : it->second.fact;
}

}  // namespace

void seedMotivation(Database& db, const QString& reportTimeZone, QDate first, QDate last) {
    first = QDate(first.year(), first.month(), 1);
    // Every month's figures are read before anything is written, so the facts are read once.
    DatabaseFactSource facts(db);
    std::vector<std::pair<QDate, MonthFigures>> months;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        if (Result<MonthFigures> figures = monthFigures(facts, reportTimeZone, month)) {
            months.emplace_back(month, std::move(figures).value());
        }
    }
    MotivationRepository repo(db);
    seedSchemes(repo, monthCode(first));
    const std::vector<Employee> staff = CatalogRepository(db).employees();
    for (std::size_t i = 0; i < months.size(); ++i) {
        // The plan of a month: the month before, 10 % more (the first month: its own figures).
        const QString month = monthCode(months[i].first);
        const MonthFigures& was = months[i == 0 ? 0 : i - 1].second;
        const double growth = i == 0 ? 1.0 : 1.1;
        const double targetPlan = std::ceil(average(was.operators, Kpi::TargetArrivals) * growth);
        const double salesPlan = std::ceil(average(was.managers, Kpi::Sales) * growth);
        for (const Employee& e : staff) {
            if (e.role == Role::Operator && targetPlan > 0) {
                repo.setPlan({month, Department::CallCenter, e.id, Kpi::TargetArrivals, targetPlan});
            } else if (e.role == Role::OfficeManager && salesPlan > 0) {
                repo.setPlan({month, Department::Sales, e.id, Kpi::Sales, salesPlan});
            }
        }
        if (const auto money = factOf(was.company, Kpi::MoneyReceived); money && *money > 0) {
            repo.setPlan({month, Department::Marketing, std::nullopt, Kpi::MoneyReceived,
                          std::round(*money * growth)});
        }
        if (const auto cost = factOf(was.company, Kpi::CostPerTarget)) {
            repo.setPlan({month, Department::Marketing, std::nullopt, Kpi::CostPerTarget, std::round(*cost)});
        }
    }
}

}  // namespace fd::core::demo
