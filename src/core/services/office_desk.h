#pragma once

#include "services/service_context.h"
#include "storage/office_desk_repository.h"

#include <QDate>

namespace fd::core {

/// The office's day as the manager sees it: the day's meetings (office-local day), the
/// meetings nobody marked, the follow-ups, the contracts and the day's cash desk.
class OfficeDesk final {
public:
    /// How far back unmarked meetings are still shown.
    static constexpr int kUnmarkedDays = 14;
    /// How far back the cash desk lists contracts.
    static constexpr int kDealDays = 120;
    static constexpr int kListLimit = 500;

    OfficeDesk(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// [start, end) of the office-local calendar day in UTC epoch seconds.
    Result<std::pair<qint64, qint64>> dayBounds(Id officeId, QDate day);
    /// The office-local date of now.
    Result<QDate> today(Id officeId);
    /// The office's time zone (IANA id): its day, and the times shown for it.
    Result<QString> timeZone(Id officeId);

    Result<std::vector<DeskMeeting>> meetings(Id officeId, QDate day);
    /// Scheduled or confirmed meetings of the last two weeks whose time has passed.
    Result<std::vector<DeskMeeting>> unmarked(Id officeId);
    Result<std::vector<FollowUpItem>> followUps(Id officeId);
    Result<std::vector<DeskDeal>> deals(Id officeId);
    Result<DeskDeal> deal(Id dealId);
    Result<std::vector<CashLine>> payments(Id officeId, QDate day);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
