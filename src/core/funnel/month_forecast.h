#pragma once

#include "domain/motivation.h"

#include <vector>

namespace fd::core {

/// Meetings of one operator (the lead's) and office counted together, as the month's forecast
/// reads them: in the recent window, how many came due, arrived, were target and sold at the
/// meeting, with the hours between booking and meeting (`leadHours`); ahead, how many are booked.
struct OutlookCount {
    Id operatorId = 0;
    Id officeId = 0;
    qint64 leadHours = 0;
    qint64 booked = 0;      ///< every meeting counted
    qint64 due = 0;         ///< marked arrived or no-show
    qint64 dueArrived = 0;  ///< of those, arrived: the show-up rate's numerator
    qint64 arrived = 0;
    qint64 target = 0;
    qint64 sold = 0;
};

/// Follow-ups of one office: how many, and how many ended in a contract.
struct FollowUpCount {
    Id officeId = 0;
    qint64 count = 0;
    qint64 sold = 0;
};

/// What a forecast to the month's end is made from, as of one moment.
struct ForecastInput {
    qint64 asOf = 0;
    double daysDone = 0;  ///< working days of the month gone by `asOf` (today in part)
    double daysLeft = 0;  ///< working days left (the rest of today in part)
    /// The middle of each working day left, for how much of a day's meetings are booked by now.
    std::vector<qint64> dayMiddles;
    double recentDays = 0;                       ///< working days in the recent window
    std::vector<OutlookCount> recent;            ///< meetings in the recent window before `asOf`
    std::vector<OutlookCount> ahead;             ///< booked before `asOf` for the rest of the month
    std::vector<FollowUpCount> recentFollowUps;  ///< due in the recent window, sold before `asOf`
    std::vector<FollowUpCount>
        dueFollowUps;  ///< open at `asOf` (a week overdue at most), due by the month's end
};

struct FunnelData;

/// The recent meetings counted from the funnel's facts (no reading), by operator and office: the
/// arrivals in [from, to), how many were target and sold on the day, with the hours from booking
/// to arrival; and of the leads booked in it (up to a week before `to`) whose meeting came due, how
/// many arrived.
std::vector<OutlookCount> recentMeetings(const FunnelData& data, qint64 from, qint64 to);

/// Whose figures a forecast is for: the meetings and follow-ups that are theirs.
enum class ForecastScope { Company, Operator, Office, PaceOnly };

/// The recent window whose rates a forecast applies.
inline constexpr int kForecastRecentDays = 56;

/// Sets the forecast to the month's end of each count and amount of `figures` (their facts so
/// far): arrivals and target arrivals from the meetings booked ahead times recent show-up and
/// target rates plus the recent pace of meetings not booked yet; sales from those arrivals and the
/// follow-ups due times recent close rates; the rest by the pace of the working days gone. A
/// manager's figures follow the pace only (the meetings to come have no manager yet).
void addForecasts(KpiFigures& figures, const ForecastInput& input, ForecastScope scope, Id id = 0);

}  // namespace fd::core
