#pragma once

#include "funnel/funnel_spec.h"
#include "funnel/wilson.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace fd::core {

/// Money of one group, in kopecks. Spend-based figures are empty ("not applicable") when the
/// group cannot carry spend — a breakdown or filter by office, operator or manager — and
/// empty when their denominator is zero.
struct FunnelMoney {
    bool spendApplicable = false;
    std::optional<qint64> visitors;
    std::optional<qint64> spend;
    qint64 revenue = 0;     ///< payments received
    qint64 contracted = 0;  ///< deal amounts signed
    std::optional<double> cpl;
    std::optional<double> costPerBooked;
    std::optional<double> costPerArrival;
    std::optional<double> costPerTarget;
    std::optional<double> cac;
    std::optional<double> averageDeal;
    std::optional<double> romi;
    Rate visitorToLead;

    bool operator==(const FunnelMoney&) const = default;
};

struct Percentiles {
    std::optional<double> median;
    std::optional<double> p75;

    bool operator==(const Percentiles&) const = default;
};

struct FunnelGroup {
    QString key;    ///< stable: an id, "none", or a date/week/month code
    QString label;  ///< for people: a name or a date
    std::array<qint64, kStageCount> stages{};
    std::array<Rate, kStageCount - 1> step{};        ///< stage i+1 over stage i
    std::array<Rate, kStageCount - 1> cumulative{};  ///< stage i+1 over leads
    Rate noShow;          ///< leads with a no-show over leads with a meeting that came due
    Rate nonTargetShare;  ///< arrivals that were not target over arrivals
    qint64 salesFirstMeeting = 0;
    qint64 salesAfterFollowUp = 0;
    Percentiles daysToBooked;
    Percentiles daysToArrived;
    Percentiles daysToSale;
    FunnelMoney money;
    std::optional<double> immatureShare;  ///< cohort mode: leads younger than the window
    bool maturing = false;                ///< immatureShare above 10 %

    bool operator==(const FunnelGroup&) const = default;
};

struct FunnelReport {
    FunnelSpec spec;
    QString timeZone;
    std::optional<int> maturityDays;  ///< the window, or the 90th percentile of lead→sale days
    std::optional<QDate> dataFirst;   ///< the first and last days with any event in the database
    std::optional<QDate> dataLast;
    bool noData = true;  ///< nothing at all was counted in the period
    std::vector<FunnelGroup> groups;
    FunnelGroup total;
};

}  // namespace fd::core
