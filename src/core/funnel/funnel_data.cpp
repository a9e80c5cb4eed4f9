#include "funnel/funnel_data.h"

#include "funnel/funnel_groups.h"

#include <algorithm>
#include <numeric>

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
    std::vector<qint64> lastActivity(leads.size());
    for (std::size_t i = 0; i < leads.size(); ++i) {
        lastActivity[i] = *std::max_element(leads[i].t.begin(), leads[i].t.end());
        lastActivity[i] = std::max(lastActivity[i], leads[i].created);
    }
    for (std::vector<FunnelMoneyEvent>* events : {&payments, &deals}) {
        for (FunnelMoneyEvent& e : *events) {
            const auto it = std::lower_bound(leads.begin(), leads.end(), e.leadId,
                                             [](const FunnelLeadFact& f, Id id) { return f.id < id; });
            e.leadIndex = it != leads.end() && it->id == e.leadId
                              ? static_cast<std::size_t>(it - leads.begin())
                              : leads.size();
            if (e.leadIndex < leads.size()) {
                lastActivity[e.leadIndex] = std::max(lastActivity[e.leadIndex], e.at);
            }
        }
    }
    auto build = [&](TimeIndex& index, auto timeOf) {
        index.places.resize(leads.size());
        for (std::size_t i = 0; i < leads.size(); ++i) {
            index.places[i] = static_cast<std::uint32_t>(i);
        }
        std::stable_sort(index.places.begin(), index.places.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return timeOf(a) < timeOf(b); });
        index.times.resize(leads.size());
        for (std::size_t i = 0; i < leads.size(); ++i) {
            index.times[i] = timeOf(index.places[i]);
        }
    };
    build(byCreation, [&](std::uint32_t i) { return leads[i].created; });
    build(byLastActivity, [&](std::uint32_t i) { return lastActivity[i]; });
}

std::pair<std::size_t, std::size_t> FunnelData::TimeIndex::range(qint64 from, qint64 to) const {
    const auto first = std::lower_bound(times.begin(), times.end(), from);
    const auto last = std::lower_bound(first, times.end(), to);
    return {static_cast<std::size_t>(first - times.begin()), static_cast<std::size_t>(last - times.begin())};
}

std::vector<std::uint32_t> FunnelData::candidates(bool cohort, qint64 from, qint64 to) const {
    // Found by binary search, then taken in id order.
    const auto [first, last] =
        cohort ? byCreation.range(from, to) : byLastActivity.range(from, std::numeric_limits<qint64>::max());
    std::vector<std::uint32_t> places;
    if ((last - first) * 4 > leads.size()) {
        // Most leads: reading them all in order is cheaper than sorting the places.
        places.resize(leads.size());
        std::iota(places.begin(), places.end(), 0U);
        return places;
    }
    const TimeIndex& index = cohort ? byCreation : byLastActivity;
    places.assign(index.places.begin() + static_cast<std::ptrdiff_t>(first),
                  index.places.begin() + static_cast<std::ptrdiff_t>(last));
    std::sort(places.begin(), places.end());
    return places;
}

}  // namespace fd::core
