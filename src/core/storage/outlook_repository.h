#pragma once

#include "funnel/month_forecast.h"
#include "storage/database.h"

#include <vector>

namespace fd::core {

/// What the forecast to the month's end reads besides the funnel's facts: meetings and
/// follow-ups counted by their times, so that a forecast can also be made as of a past moment.
class OutlookRepository final {
public:
    explicit OutlookRepository(Database& db) : m_db(db) {}

    /// Meetings scheduled in [from, to) and booked before `bookedBefore`, neither cancelled nor
    /// moved, counted by the lead's operator, the office and the whole hours from booking.
    std::vector<OutlookCount> meetings(qint64 from, qint64 to, qint64 bookedBefore);
    /// Follow-ups due in [from, to), set before `setBefore` and not done before `openAt`, counted
    /// by office with those whose lead signed a contract after them, before `soldBefore`.
    std::vector<FollowUpCount> followUps(qint64 from, qint64 to, qint64 setBefore, qint64 openAt,
                                         qint64 soldBefore);

private:
    Database& m_db;
};

}  // namespace fd::core
