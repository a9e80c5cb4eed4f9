#include "funnel/funnel_data.h"

#include <algorithm>

namespace fd::core {

void FunnelData::index() {
    std::sort(leads.begin(), leads.end(),
              [](const FunnelLeadFact& a, const FunnelLeadFact& b) { return a.id < b.id; });
    saleSeconds.clear();
    for (const FunnelLeadFact& f : leads) {
        if (f.t[5] != FunnelLeadFact::kNone) {
            saleSeconds.push_back(static_cast<double>(f.t[5] - f.created));
        }
    }
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
