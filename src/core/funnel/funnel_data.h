#pragma once

#include "domain/entities.h"

#include <QDate>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace fd::core {

/// One lead as the funnel engine sees it: its attributes and its stage milestones. Compact on
/// purpose (a report may hold a million): an id of 0 is "none", a time of kNone "not reached".
struct FunnelLeadFact {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    Id id = 0;
    qint64 created = 0;
    Id channel = 0;
    Id campaign = 0;
    Id operatorId = 0;
    Id office = 0;
    Id manager = 0;  ///< the manager of the lead's first arrived meeting
    /// created, first contact, booked, arrived, target, sold, first payment
    std::array<qint64, 7> t{kNone, kNone, kNone, kNone, kNone, kNone, kNone};
    qint64 firstCallAt = kNone;  ///< the first call attempt, whatever its outcome
    bool hadNoShow = false;      ///< a meeting marked no-show
    bool hadDueMeeting = false;  ///< a meeting marked arrived or no-show
};

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

    /// The leads (their places in `leads`) by the time they were created and by their last
    /// activity (a milestone, a contract or a payment), ascending, with those times: a report
    /// finds the leads a period can hold by binary search instead of reading them all.
    struct TimeIndex {
        std::vector<qint64> times;
        std::vector<std::uint32_t> places;
        /// The places of the leads whose time is at or after `from`, up to before `to`.
        std::pair<std::size_t, std::size_t> range(qint64 from, qint64 to) const;
    };
    TimeIndex byCreation;
    TimeIndex byLastActivity;

    /// The places of the leads a report of [from, to) can count, in id order: for a cohort those
    /// created in it, for a period those active in it or later.
    std::vector<std::uint32_t> candidates(bool cohort, qint64 from, qint64 to) const;

    /// Sets saleSecondsP90, the time indexes and each money event's leadIndex from `leads`
    /// (sorted by id here).
    void index();
};

}  // namespace fd::core
