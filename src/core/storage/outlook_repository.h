#pragma once

#include "funnel/month_forecast.h"
#include "storage/database.h"

#include <vector>

namespace fd::core {

/// What the forecast to the month's end reads besides the funnel's facts: meetings and
/// follow-ups with their times, so that a forecast can also be made as of a past moment.
class OutlookRepository final {
public:
    explicit OutlookRepository(Database& db) : m_db(db) {}

    /// Meetings scheduled in [from, to) that were neither cancelled nor moved.
    std::vector<OutlookMeeting> meetings(qint64 from, qint64 to);
    /// Follow-ups due in [from, to), not cancelled.
    std::vector<OutlookFollowUp> followUps(qint64 from, qint64 to, qint64 soldBefore);

private:
    Database& m_db;
};

}  // namespace fd::core
