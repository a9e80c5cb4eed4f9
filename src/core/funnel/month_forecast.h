#pragma once

#include "domain/motivation.h"

#include <vector>

namespace fd::core {

/// A meeting as the month's forecast sees it.
struct OutlookMeeting {
    enum class State { Pending, Arrived, NoShow };
    Id operatorId = 0;  ///< the lead's operator
    Id officeId = 0;
    qint64 bookedAt = 0;
    qint64 scheduledAt = 0;
    State state = State::Pending;
    bool target = false;  ///< qualified target
    bool sold = false;    ///< a sale at the meeting itself
};

/// A follow-up the office owes a client after a meeting.
struct OutlookFollowUp {
    Id officeId = 0;
    qint64 createdAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> doneAt;
    bool sold =
        false;  ///< the lead signed a contract after the follow-up was set (before the forecast's moment)
};

/// What a forecast to the month's end is made from, as of one moment.
struct ForecastInput {
    qint64 asOf = 0;
    double daysDone = 0;  ///< working days of the month gone by `asOf` (today in part)
    double daysLeft = 0;  ///< working days left (the rest of today in part)
    /// The middle of each working day left, for how much of a day's meetings are booked by now.
    std::vector<qint64> dayMiddles;
    double recentDays = 0;                         ///< working days in the recent window
    std::vector<OutlookMeeting> recent;            ///< scheduled in the recent window before `asOf`
    std::vector<OutlookMeeting> ahead;             ///< booked before `asOf` for the rest of the month
    std::vector<OutlookFollowUp> recentFollowUps;  ///< due in the recent window
    std::vector<OutlookFollowUp> dueFollowUps;  ///< open at `asOf` (overdue ones too), due by the month's end
};

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
