#include "services/meeting_correction.h"

#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

namespace fd::core {

namespace {

Error cannotUndo(const char* why) {
    return Error::make(ErrorCode::Conflict, why, {}, QStringLiteral("meeting"));
}

}  // namespace

Status MeetingCorrection::undoConfirm(Id meetingId, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        const auto m = meetings.meeting(meetingId);
        if (!m || m->status != MeetingStatus::Confirmed) {
            return cannotUndo(QT_TRANSLATE_NOOP(
                "fd::core::Error", "The confirmation cannot be undone: the meeting has changed since."));
        }
        meetings.setUnconfirmed(meetingId);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("confirm_undone"), QStringLiteral("meeting"),
                                     meetingId);
        return Ok{};
    });
}

Status MeetingCorrection::undoCancel(Id meetingId, MeetingStatus restore, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        LeadRepository leads(m_db);
        const auto m = meetings.meeting(meetingId);
        if (!m || m->status != MeetingStatus::Cancelled ||
            (restore != MeetingStatus::Scheduled && restore != MeetingStatus::Confirmed)) {
            return cannotUndo(QT_TRANSLATE_NOOP(
                "fd::core::Error", "The cancellation cannot be undone: the meeting has changed since."));
        }
        if (meetings.pendingForLead(m->leadId)) {
            return cannotUndo(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The cancellation cannot be undone: the client has been booked "
                                  "again since."));
        }
        const auto office = CatalogRepository(m_db).office(m->officeId);
        const qint64 slotEnd = m->scheduledAt + static_cast<qint64>(office ? office->slotMinutes : 60) * 60;
        meetings.lockOfficeSlots(m->officeId);
        if (office && meetings.seatsTaken(m->officeId, m->scheduledAt, slotEnd) >= office->seatsPerSlot) {
            return cannotUndo(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The cancellation cannot be undone: the seat has been booked by "
                                  "another client since."));
        }
        meetings.setStatus(meetingId, restore);
        const auto lead = leads.lead(m->leadId);
        if (lead && lead->status == LeadStatus::InProgress) {
            leads.updateStatus(m->leadId, LeadStatus::Booked, std::nullopt, at);
        }
        leads.refreshMilestones(m->leadId, at);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("cancel_undone"), QStringLiteral("meeting"),
                                     meetingId);
        return Ok{};
    });
}

}  // namespace fd::core
