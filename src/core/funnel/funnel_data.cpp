#include "funnel/funnel_data.h"

#include "funnel/funnel_groups.h"

#include <algorithm>

namespace fd::core {

void FunnelData::index() {
    const auto byId = [](const FunnelLeadFact& a, const FunnelLeadFact& b) { return a.id < b.id; };
    if (!std::is_sorted(leads.begin(), leads.end(), byId)) {  // read in id order, usually
        std::sort(leads.begin(), leads.end(), byId);
    }
    std::vector<double> saleSeconds;
    for (const FunnelLeadFact& f : leads) {
        if (f.t[5] != FunnelLeadFact::kNone) {
            saleSeconds.push_back(static_cast<double>(f.t[5] - f.created));
        }
    }
    saleSecondsP90 =
        saleSeconds.empty() ? std::nullopt : std::optional<double>(selectPercentile(saleSeconds, 0.9));
    // Each money event knows its lead's place, so reports reach it without a search.
    for (std::vector<FunnelMoneyEvent>* events : {&payments, &deals}) {
        for (FunnelMoneyEvent& e : *events) {
            const auto it = std::lower_bound(leads.begin(), leads.end(), e.leadId,
                                             [](const FunnelLeadFact& f, Id id) { return f.id < id; });
            e.leadIndex = it != leads.end() && it->id == e.leadId
                              ? static_cast<std::size_t>(it - leads.begin())
                              : leads.size();
        }
    }
}

}  // namespace fd::core
