#pragma once

#include "domain/entities.h"

#include <QDate>

#include <array>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace fd::core {

/// One lead as the funnel engine sees it: its attributes and its stage milestones. Compact on
/// purpose (a report may hold ten million: 64 bytes each): an id of 0 is "none", a time of kNone
/// "not reached"; milestones are kept as seconds after creation, so `created` is set first.
struct FunnelLeadFact {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    /// created, first contact, booked, arrived, target, sold, first payment
    static constexpr std::size_t kMilestones = 7;

    qint64 created = 0;
    std::uint32_t id = 0;
    std::uint32_t channel = 0;
    std::uint32_t campaign = 0;
    std::uint32_t operatorId = 0;
    std::uint32_t office = 0;
    std::uint32_t manager = 0;   ///< the manager of the lead's first arrived meeting
    bool hadNoShow = false;      ///< a meeting marked no-show
    bool hadDueMeeting = false;  ///< a meeting marked arrived or no-show

    /// The time milestone `s` was reached (0 is the creation), or kNone.
    qint64 at(std::size_t s) const { return s == 0 ? created : absolute(m_after[s - 1]); }
    /// Sets milestone `s` (1 and later; kNone: not reached).
    void set(std::size_t s, qint64 time) { m_after[s - 1] = relative(time); }
    std::array<qint64, kMilestones> milestones() const {
        std::array<qint64, kMilestones> out{};
        for (std::size_t s = 0; s < kMilestones; ++s) {
            out[s] = at(s);
        }
        return out;
    }
    /// The first call attempt, whatever its outcome, or kNone.
    qint64 firstCallAt() const { return absolute(m_firstCall); }
    void setFirstCallAt(qint64 time) { m_firstCall = relative(time); }

private:
    static constexpr std::int32_t kNotReached = std::numeric_limits<std::int32_t>::min();
    /// Seconds after creation (within ±68 years; beyond that a time is held at the limit).
    std::int32_t relative(qint64 time) const {
        if (time == kNone) {
            return kNotReached;
        }
        const qint64 d = time - created;
        constexpr qint64 kLimit = std::numeric_limits<std::int32_t>::max();
        return static_cast<std::int32_t>(d > kLimit ? kLimit : (d < -kLimit ? -kLimit : d));
    }
    qint64 absolute(std::int32_t after) const { return after == kNotReached ? kNone : created + after; }

    std::array<std::int32_t, kMilestones - 1> m_after{kNotReached, kNotReached, kNotReached,
                                                      kNotReached, kNotReached, kNotReached};
    std::int32_t m_firstCall = kNotReached;
};

static_assert(sizeof(FunnelLeadFact) == 64, "a lead's facts fit in a cache line");

struct FunnelMoneyEvent {
    Id leadId = 0;
    qint64 at = 0;
    qint64 amount = 0;          ///< kopecks; 0 for a deal of unknown amount
    std::size_t leadIndex = 0;  ///< in FunnelData::leads, set when the data is loaded
};

/// Spend (kopecks) or visitors of one channel, campaign and day.
struct DailyFigure {
    QDate day;
    Id channel = 0;
    OptId campaign;
    qint64 value = 0;
};

enum class DailyFigureKind { Spend, Visitors };

/// Everything a funnel report reads per lead and per money event, for the whole company.
struct FunnelData {
    std::vector<FunnelLeadFact> leads;  ///< in id order
    std::vector<FunnelMoneyEvent> payments;
    std::vector<FunnelMoneyEvent> deals;
    /// The 90th percentile of the seconds from creation to sale of every sold lead: the cohorts'
    /// maturity, computed once when the data is loaded.
    std::optional<double> saleSecondsP90;
    /// The earliest and latest event of any kind (lead, call, booking, arrival, deal, payment).
    std::optional<std::pair<qint64, qint64>> eventRange;

    /// Times given to places in `leads` as 32-bit offsets from the earliest: ten million leads
    /// hold 40 MB instead of 80, when their times span under 136 years (always, but for damaged
    /// dates; then `wide` holds them whole and `offsets` is empty).
    struct PlaceTimes {
        qint64 base = 0;
        std::vector<std::uint32_t> offsets;
        std::vector<qint64> wide;

        qint64 at(std::size_t i) const {
            return wide.empty() ? base + static_cast<qint64>(offsets[i]) : wide[i];
        }
        std::size_t size() const { return wide.empty() ? offsets.size() : wide.size(); }
        /// Takes `times` (freed as soon as it has been read).
        void set(std::vector<qint64> times);
    };

    /// The leads (their places in `leads`) by the time they were created, ascending, with
    /// those times: a report finds the leads a period holds by binary search instead of
    /// reading them all.
    struct TimeIndex {
        /// In order of time; empty when that is the order of the places (the leads were created
        /// in id order, as they usually are), so place(i) is i.
        std::vector<std::uint32_t> places;
        PlaceTimes times;  ///< the time at each position of the order

        std::uint32_t place(std::size_t i) const {
            return places.empty() ? static_cast<std::uint32_t>(i) : places[i];
        }
        qint64 time(std::size_t i) const { return times.at(i); }
        /// The positions of the leads whose time is at or after `from`, up to before `to`.
        std::pair<std::size_t, std::size_t> range(qint64 from, qint64 to) const;
        /// Sets the index from each place's time, ties in place order (`timeOfPlace` is freed
        /// as soon as it has been read).
        void build(std::vector<qint64> timeOfPlace);
    };
    TimeIndex byCreation;
    /// Each lead's last activity (a milestone, a contract or a payment) by place: a period
    /// report counts the leads active in it or later. Built on first use (a cohort report never
    /// needs it), once, whichever thread asks first; a pass over the leads, no sort.
    const PlaceTimes& lastActivity() const;

    /// The places of the leads a report of [from, to) can count, in id order: for a cohort those
    /// created in it, for a period those active in it or later.
    std::vector<std::uint32_t> candidates(bool cohort, qint64 from, qint64 to) const;

    /// Sets saleSecondsP90, the creation index and each money event's leadIndex from `leads`
    /// (sorted by id here), and forgets the last activity.
    void index();

private:
    /// The last activity once built; a copy or a move starts without it.
    struct LazyIndex {
        LazyIndex() = default;
        LazyIndex(const LazyIndex&) {}
        LazyIndex(LazyIndex&&) noexcept {}
        LazyIndex& operator=(const LazyIndex&) { return reset(); }
        LazyIndex& operator=(LazyIndex&&) noexcept { return reset(); }
        ~LazyIndex() = default;
        LazyIndex& reset() {
            const std::lock_guard lock(mutex);
            built = false;
            index = {};
            return *this;
        }
        std::mutex mutex;
        bool built = false;
        PlaceTimes index;
    };
    mutable LazyIndex m_lastActivity;
};

}  // namespace fd::core
