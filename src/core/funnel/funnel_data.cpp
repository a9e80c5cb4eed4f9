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
        if (f.at(5) != FunnelLeadFact::kNone) {
            saleSeconds.push_back(static_cast<double>(f.at(5) - f.created));
        }
    }
    saleSecondsP90 =
        saleSeconds.empty() ? std::nullopt : std::optional<double>(selectPercentile(saleSeconds, 0.9));
    // Each money event knows its lead's place, so reports reach it without a search.
    for (std::vector<FunnelMoneyEvent>* events : {&payments, &deals}) {
        // Events read by lead (the stored facts give them so) are matched in one walk; others
        // are searched for.
        const bool byLead = std::is_sorted(
            events->begin(), events->end(),
            [](const FunnelMoneyEvent& a, const FunnelMoneyEvent& b) { return a.leadId < b.leadId; });
        const auto before = [](const FunnelLeadFact& f, Id id) { return f.id < id; };
        auto from = leads.begin();
        for (FunnelMoneyEvent& e : *events) {
            auto to = leads.end();
            if (byLead) {
                // Galloping from the previous event's lead: the next one is near, in memory too.
                std::ptrdiff_t step = 1;
                while (leads.end() - from > step && before(from[step], e.leadId)) {
                    from += step;
                    step *= 2;
                }
                to = leads.end() - from > step ? from + step + 1 : leads.end();
            }
            const auto it = std::lower_bound(byLead ? from : leads.begin(), to, e.leadId, before);
            e.leadIndex = it != leads.end() && it->id == e.leadId
                              ? static_cast<std::size_t>(it - leads.begin())
                              : leads.size();
            from = it;
        }
    }
    std::vector<qint64> created(leads.size());
    for (std::size_t i = 0; i < leads.size(); ++i) {
        created[i] = leads[i].created;
    }
    byCreation.build(std::move(created));
    m_lastActivity.reset();
}

const FunnelData::TimeIndex& FunnelData::byLastActivity() const {
    const std::lock_guard lock(m_lastActivity.mutex);
    if (!m_lastActivity.built) {
        // A milestone, a contract or a payment: whichever came last.
        std::vector<qint64> last(leads.size());
        for (std::size_t i = 0; i < leads.size(); ++i) {
            const auto times = leads[i].milestones();
            last[i] = *std::max_element(times.begin(), times.end());
        }
        for (const std::vector<FunnelMoneyEvent>* events : {&payments, &deals}) {
            for (const FunnelMoneyEvent& e : *events) {
                if (e.leadIndex < leads.size()) {
                    last[e.leadIndex] = std::max(last[e.leadIndex], e.at);
                }
            }
        }
        m_lastActivity.index.build(std::move(last));
        m_lastActivity.built = true;
    }
    return m_lastActivity.index;
}

void FunnelData::TimeIndex::build(std::vector<qint64> timeOfPlace) {
    const std::size_t n = timeOfPlace.size();
    places.resize(n);
    if (std::is_sorted(timeOfPlace.begin(), timeOfPlace.end())) {  // leads come in order of creation, usually
        std::iota(places.begin(), places.end(), 0U);
        times = std::move(timeOfPlace);
        return;
    }
    // A stable radix sort of (offset from the earliest time, place), 11 bits a pass: a history of
    // years in seconds takes three passes, with no comparison and no jump back into the leads.
    const qint64 earliest = *std::min_element(timeOfPlace.begin(), timeOfPlace.end());
    struct Item {
        std::uint64_t key;
        std::uint32_t place;
    };
    std::vector<Item> items(n);
    std::uint64_t widest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        items[i] = Item{static_cast<std::uint64_t>(timeOfPlace[i]) - static_cast<std::uint64_t>(earliest),
                        static_cast<std::uint32_t>(i)};
        widest = std::max(widest, items[i].key);
    }
    constexpr int kBits = 11;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    std::vector<Item> spare(n);
    for (int shift = 0; shift < 64 && (widest >> shift) != 0; shift += kBits) {
        std::vector<std::size_t> start(kBuckets + 1, 0);
        for (const Item& item : items) {
            ++start[((item.key >> shift) & (kBuckets - 1)) + 1];
        }
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (const Item& item : items) {
            spare[start[(item.key >> shift) & (kBuckets - 1)]++] = item;
        }
        items.swap(spare);
    }
    times.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        places[i] = items[i].place;
        times[i] = timeOfPlace[items[i].place];
    }
}

std::pair<std::size_t, std::size_t> FunnelData::TimeIndex::range(qint64 from, qint64 to) const {
    const auto first = std::lower_bound(times.begin(), times.end(), from);
    const auto last = std::lower_bound(first, times.end(), to);
    return {static_cast<std::size_t>(first - times.begin()), static_cast<std::size_t>(last - times.begin())};
}

std::vector<std::uint32_t> FunnelData::candidates(bool cohort, qint64 from, qint64 to) const {
    // Found by binary search, then taken in id order.
    const auto [first, last] = cohort ? byCreation.range(from, to)
                                      : byLastActivity().range(from, std::numeric_limits<qint64>::max());
    std::vector<std::uint32_t> places;
    if ((last - first) * 4 > leads.size()) {
        // Most leads: reading them all in order is cheaper than sorting the places.
        places.resize(leads.size());
        std::iota(places.begin(), places.end(), 0U);
        return places;
    }
    const TimeIndex& index = cohort ? byCreation : byLastActivity();
    places.assign(index.places.begin() + static_cast<std::ptrdiff_t>(first),
                  index.places.begin() + static_cast<std::ptrdiff_t>(last));
    std::sort(places.begin(), places.end());
    return places;
}

}  // namespace fd::core
