#pragma once

#include "domain/entities.h"

#include <vector>

namespace fd::core {

class Database;

/// A meeting as the office's day view shows it.
struct DeskMeeting {
    Id meetingId = 0;
    Id leadId = 0;
    qint64 scheduledAt = 0;
    MeetingStatus status = MeetingStatus::Scheduled;
    std::optional<MeetingOutcome> outcome;
    std::optional<Qualification> qualification;
    QString client;
    QString phoneE164;
    QString phoneRaw;
    QString bookedBy;
    OptId managerId;
    QString manager;
    int deals = 0;

    bool operator==(const DeskMeeting&) const = default;
};

/// A client who is thinking after the meeting: an open follow-up task.
struct FollowUpItem {
    Id taskId = 0;
    Id leadId = 0;
    OptId meetingId;
    qint64 dueAt = 0;
    qint64 metAt = 0;  ///< when the client came
    QString client;
    QString phoneE164;
    OptId managerId;
    QString manager;
};

/// A contract and what has been paid against it.
struct DeskDeal {
    Id dealId = 0;
    Id leadId = 0;
    OptId meetingId;
    qint64 signedAt = 0;
    std::optional<qint64> amount;  ///< kopecks; empty when unknown
    qint64 paid = 0;
    QString client;
    QString product;
    QString manager;

    /// What is still to be paid; zero when the amount is unknown or paid in full.
    qint64 outstanding() const { return amount && *amount > paid ? *amount - paid : 0; }
};

/// One payment in the cash desk's day.
struct CashLine {
    Id paymentId = 0;
    Id dealId = 0;
    qint64 paidAt = 0;
    qint64 amount = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString client;
    QString product;
};

/// What an office sees of its own work: the day's meetings, the follow-ups, the contracts and
/// the cash desk. A deal belongs to the office of its meeting (or, without one, of the lead's
/// latest meeting).
class OfficeDeskRepository final {
public:
    explicit OfficeDeskRepository(Database& db) : m_db(db) {}

    /// Meetings at the office scheduled in [from, to), by time.
    std::vector<DeskMeeting> meetings(Id officeId, qint64 from, qint64 to);
    /// Meetings still scheduled or confirmed whose start is in [since, before): nobody marked
    /// whether the client came.
    std::vector<DeskMeeting> unmarked(Id officeId, qint64 since, qint64 before);
    std::vector<FollowUpItem> followUps(Id officeId, int limit);
    /// Contracts signed at the office since `since`, newest first.
    std::vector<DeskDeal> deals(Id officeId, qint64 since, int limit);
    std::optional<DeskDeal> deal(Id dealId);
    /// Payments received in [from, to) against the office's contracts, by time.
    std::vector<CashLine> payments(Id officeId, qint64 from, qint64 to);

private:
    Database& m_db;
};

}  // namespace fd::core
