#pragma once

#include "domain/entities.h"

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// Meetings in offices and the seat occupancy of slots.
class MeetingRepository final {
public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    Id insert(const Meeting& meeting);
    /// Holds the office's slots for this write transaction: on a server, other seats booking into
    /// the same office wait here until it ends, so seats are counted and taken as one step
    /// (SQLite already runs one writer at a time).
    void lockOfficeSlots(Id officeId);
    std::optional<Meeting> meeting(Id id);
    std::vector<Meeting> forLead(Id leadId);
    /// The lead's meeting that is still ahead (scheduled or confirmed), if any.
    std::optional<Meeting> pendingForLead(Id leadId);

    void setStatus(Id id, MeetingStatus status);
    void setConfirmed(Id id, qint64 at);
    /// Back to scheduled, the confirmation forgotten.
    void setUnconfirmed(Id id);
    void setArrived(Id id, qint64 at);
    void setOutcome(Id id, MeetingOutcome outcome, Qualification qualification, OptId reasonId,
                    const QString& note, qint64 at);
    void setManager(Id id, Id managerId);

    /// Seats taken in [from, to) at the office by meetings that occupy a seat.
    int seatsTaken(Id officeId, qint64 from, qint64 to);
    /// The start times in [from, to) at the office of meetings that occupy a seat, one entry
    /// per meeting.
    std::vector<qint64> seatStarts(Id officeId, qint64 from, qint64 to);

private:
    Database& m_db;
};

}  // namespace fd::core
