#include "funnel/funnel_data.h"

#include "funnel/funnel_groups.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <memory>
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

const FunnelData::PlaceTimes& FunnelData::lastActivity() const {
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
        m_lastActivity.index.set(std::move(last));
        m_lastActivity.built = true;
    }
    return m_lastActivity.index;
}

void FunnelData::PlaceTimes::set(std::vector<qint64> times) {
    offsets.clear();
    wide.clear();
    base = times.empty() ? 0 : *std::min_element(times.begin(), times.end());
    const qint64 latest = times.empty() ? 0 : *std::max_element(times.begin(), times.end());
    if (static_cast<std::uint64_t>(latest) - static_cast<std::uint64_t>(base) >
        std::numeric_limits<std::uint32_t>::max()) {
        wide = std::move(times);  // over 136 years between two dates: a damaged one
        return;
    }
    offsets.resize(times.size());
    for (std::size_t i = 0; i < times.size(); ++i) {
        offsets[i] = static_cast<std::uint32_t>(times[i] - base);
    }
}

void FunnelData::TimeIndex::build(std::vector<qint64> timeOfPlace) {
    const std::size_t n = timeOfPlace.size();
    places.clear();
    if (std::is_sorted(timeOfPlace.begin(), timeOfPlace.end())) {  // leads come in order of creation, usually
        times.set(std::move(timeOfPlace));
        return;
    }
    const qint64 earliest = *std::min_element(timeOfPlace.begin(), timeOfPlace.end());
    const qint64 latest = *std::max_element(timeOfPlace.begin(), timeOfPlace.end());
    if (static_cast<std::uint64_t>(latest) - static_cast<std::uint64_t>(earliest) >
        std::numeric_limits<std::uint32_t>::max()) {
        // Over 136 years between two dates (a damaged one): sorted by comparison.
        places.resize(n);
        std::iota(places.begin(), places.end(), 0U);
        std::stable_sort(places.begin(), places.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return timeOfPlace[a] < timeOfPlace[b]; });
        std::vector<qint64> ordered(n);
        for (std::size_t i = 0; i < n; ++i) {
            ordered[i] = timeOfPlace[places[i]];
        }
        times.set(std::move(ordered));
        return;
    }
    // A stable radix sort of (offset, place), 11 bits a pass: a history of years in seconds takes
    // three passes, with no comparison and no jump back into the leads. An item is 8 bytes; the
    // times are freed once read, so the sort holds two arrays of items at most.
    struct Item {
        std::uint32_t key;
        std::uint32_t place;
    };
    // Left uninitialized: every item is written before it is read.
    std::unique_ptr<Item[]> first(new Item[n]);
    std::uint32_t widest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto key = static_cast<std::uint32_t>(timeOfPlace[i] - earliest);
        first[i] = Item{key, static_cast<std::uint32_t>(i)};
        widest = std::max(widest, key);
    }
    std::vector<qint64>().swap(timeOfPlace);
    std::unique_ptr<Item[]> second(new Item[n]);
    Item* items = first.get();
    Item* spare = second.get();
    constexpr int kBits = 11;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    for (int shift = 0; shift < 32 && (widest >> shift) != 0; shift += kBits) {
        std::vector<std::size_t> start(kBuckets + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            ++start[((items[i].key >> shift) & (kBuckets - 1)) + 1];
        }
        std::partial_sum(start.begin(), start.end(), start.begin());
        for (std::size_t i = 0; i < n; ++i) {
            spare[start[(items[i].key >> shift) & (kBuckets - 1)]++] = items[i];
        }
        std::swap(items, spare);
    }
    // The spare array is freed before the index's own two are made from the sorted one.
    (spare == first.get() ? first : second).reset();
    times.base = earliest;
    times.wide.clear();
    times.offsets.resize(n);
    places.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        times.offsets[i] = items[i].key;
        places[i] = items[i].place;
    }
}

std::pair<std::size_t, std::size_t> FunnelData::TimeIndex::range(qint64 from, qint64 to) const {
    if (!times.wide.empty()) {
        const auto first = std::lower_bound(times.wide.begin(), times.wide.end(), from);
        const auto last = std::lower_bound(first, times.wide.end(), to);
        return {static_cast<std::size_t>(first - times.wide.begin()),
                static_cast<std::size_t>(last - times.wide.begin())};
    }
    const qint64 base = times.base;
    const auto before = [base](std::uint32_t offset, qint64 t) {
        return base + static_cast<qint64>(offset) < t;
    };
    const auto first = std::lower_bound(times.offsets.begin(), times.offsets.end(), from, before);
    const auto last = std::lower_bound(first, times.offsets.end(), to, before);
    return {static_cast<std::size_t>(first - times.offsets.begin()),
            static_cast<std::size_t>(last - times.offsets.begin())};
}

std::vector<std::uint32_t> FunnelData::candidates(bool cohort, qint64 from, qint64 to) const {
    std::vector<std::uint32_t> places;
    if (!cohort) {
        // Those active at `from` or later: one pass over 4 bytes a lead, in id order.
        const PlaceTimes& last = lastActivity();
        const std::size_t n = last.size();
        if (!last.wide.empty()) {
            for (std::size_t p = 0; p < n; ++p) {
                if (last.wide[p] >= from) {
                    places.push_back(static_cast<std::uint32_t>(p));
                }
            }
            return places;
        }
        if (from <= last.base) {
            places.resize(n);
            std::iota(places.begin(), places.end(), 0U);
            return places;
        }
        const qint64 since = from - last.base;
        if (since > std::numeric_limits<std::uint32_t>::max()) {
            return places;
        }
        const auto threshold = static_cast<std::uint32_t>(since);
        for (std::size_t p = 0; p < n; ++p) {
            if (last.offsets[p] >= threshold) {
                places.push_back(static_cast<std::uint32_t>(p));
            }
        }
        return places;
    }
    // Found by binary search, then taken in id order.
    const auto [first, last] = byCreation.range(from, to);
    if (byCreation.places.empty()) {
        places.resize(last - first);
        std::iota(places.begin(), places.end(), static_cast<std::uint32_t>(first));
        return places;
    }
    if ((last - first) * 4 > leads.size()) {
        // Most leads: reading them all in order is cheaper than sorting the places.
        places.resize(leads.size());
        std::iota(places.begin(), places.end(), 0U);
        return places;
    }
    const auto begin = byCreation.places.begin() + static_cast<std::ptrdiff_t>(first);
    const auto end = byCreation.places.begin() + static_cast<std::ptrdiff_t>(last);
    if (last - first < 65536) {
        places.assign(begin, end);
        std::sort(places.begin(), places.end());
        return places;
    }
    // Many: marked in a bit a lead and read back in order, instead of sorted.
    std::vector<std::uint64_t> marked((leads.size() + 63) / 64, 0);
    for (auto p = begin; p != end; ++p) {
        marked[*p >> 6] |= std::uint64_t{1} << (*p & 63);
    }
    places.reserve(last - first);
    for (std::size_t w = 0; w < marked.size(); ++w) {
        for (std::uint64_t bits = marked[w]; bits != 0; bits &= bits - 1) {
            places.push_back(
                static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
        }
    }
    return places;
}

}  // namespace fd::core
