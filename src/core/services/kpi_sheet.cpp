#include "services/kpi_sheet.h"

namespace fd::core {

Role roleOf(KpiTab tab) {
    switch (tab) {
        case KpiTab::CallCenter:
            return Role::Operator;
        case KpiTab::Office:
            return Role::OfficeManager;
        case KpiTab::Marketing:
            return Role::Marketer;
    }
    return Role::Operator;
}

std::vector<KpiColumn> kpiColumns(KpiTab tab) {
    auto fact = [](Kpi k) { return KpiColumn{k, false}; };
    auto planned = [](Kpi k) { return KpiColumn{k, true}; };
    switch (tab) {
        case KpiTab::CallCenter:
            return {fact(Kpi::LeadsWorked),
                    fact(Kpi::MinutesToFirstCall),
                    fact(Kpi::Booked),
                    fact(Kpi::Arrivals),
                    planned(Kpi::TargetArrivals),
                    fact(Kpi::LeadToTarget),
                    fact(Kpi::NonTargetShare),
                    fact(Kpi::ShowUp),
                    fact(Kpi::NoShow)};
        case KpiTab::Office:
            return {fact(Kpi::Arrivals),         fact(Kpi::TargetArrivals),     planned(Kpi::Sales),
                    fact(Kpi::CloseRate),        fact(Kpi::SalesAfterFollowUp), fact(Kpi::Contracted),
                    planned(Kpi::MoneyReceived), fact(Kpi::AverageDeal)};
        case KpiTab::Marketing:
            return {fact(Kpi::Visitors),
                    fact(Kpi::Leads),
                    fact(Kpi::VisitorToLead),
                    fact(Kpi::Spend),
                    fact(Kpi::CostPerLead),
                    fact(Kpi::TargetArrivals),
                    planned(Kpi::CostPerTarget),
                    fact(Kpi::Sales),
                    fact(Kpi::Cac),
                    planned(Kpi::MoneyReceived),
                    fact(Kpi::Romi)};
    }
    return {};
}

std::vector<KpiSheetRow> kpiSheetRows(const Payroll& payroll, KpiTab tab) {
    std::vector<KpiSheetRow> rows;
    const Role role = roleOf(tab);
    KpiSheetRow total{KpiRowKind::Total, 0, QString(), payroll.company, std::nullopt, std::nullopt};
    // The plans of the company's figures are the department's: set below from its people.
    for (auto& [kpi, figure] : total.figures) {
        figure.plan.reset();
    }
    for (const PersonMonth& p : payroll.people) {
        if (p.role != role) {
            continue;
        }
        total.bonus = total.bonus.value_or(0) + p.bonus.total;
        if (p.bonusForecast) {
            total.bonusForecast = total.bonusForecast.value_or(0) + *p.bonusForecast;
        }
        for (const auto& [kpi, f] : p.figures) {
            if (!f.plan) {
                continue;
            }
            if (tab == KpiTab::Marketing) {
                total.figures[kpi].plan = f.plan;  // the marketer's plan is the department's
            } else if (isAdditive(kpi)) {
                total.figures[kpi].plan = total.figures[kpi].plan.value_or(0) + *f.plan;
            }
        }
        if (tab != KpiTab::Marketing) {
            rows.push_back(
                {KpiRowKind::Person, p.employeeId, p.name, p.figures, p.bonus.total, p.bonusForecast});
        }
    }
    const std::vector<GroupMonth>* groups = tab == KpiTab::Office      ? &payroll.offices
                                            : tab == KpiTab::Marketing ? &payroll.channels
                                                                       : nullptr;
    if (groups) {
        for (const GroupMonth& g : *groups) {
            rows.push_back({tab == KpiTab::Office ? KpiRowKind::Office : KpiRowKind::Channel, g.id, g.name,
                            g.figures, std::nullopt, std::nullopt});
        }
    }
    rows.push_back(std::move(total));
    return rows;
}

}  // namespace fd::core
