#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

namespace fd::core {

class Database;

/// Takes back, moments later, a confirmation or a cancellation made by mistake (the "Undo"
/// after a key pressed on the wrong row). Each is one transaction on the audit trail.
class MeetingCorrection final {
public:
    MeetingCorrection(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// A confirmed meeting is scheduled again, as if nobody had confirmed it.
    Status undoConfirm(Id meetingId, OptId actorId);
    /// A cancelled meeting is back as it was (`restore`: scheduled or confirmed) and its lead
    /// booked again — refused when its seat or the client has been booked since.
    Status undoCancel(Id meetingId, MeetingStatus restore, OptId actorId);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
