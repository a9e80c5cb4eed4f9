#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "domain/slot_grid.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/service_context.h"

namespace fd::core {

/// What the office manager records after the client came.
struct OutcomeInput {
    Id meetingId = 0;
    MeetingOutcome outcome = MeetingOutcome::Sale;
    Qualification qualification = Qualification::Target;
    OptId reasonId;  ///< required for refused and non-target (an office reason)
    QString note;
    OptTime followUpDue;              ///< required for "thinking"
    std::optional<Money> dealAmount;  ///< required for a sale
    QString product;
    OptId actorId;
};

/// The rules of meetings as errors, shared by MeetingService and the demo's ledger.
Error meetingNotFound(Id id);
/// A meeting that is no longer scheduled or confirmed.
Error notPending(const Meeting& m);
/// What an outcome needs (a reason, a qualification that fits, a follow-up date, an amount).
Status checkOutcomeInput(const OutcomeInput& in, qint64 at);
/// Whether the meeting may get its outcome: the client arrived and none is recorded yet.
Status checkOutcomeOpen(const Meeting& m);
/// Where a booking at `scheduledAt` falls in the office's slots, or why it cannot be booked
/// there at `at` (a closed day, outside the hours, a slot already over).
Result<SlotPlacement> placeBooking(const Office& office, qint64 scheduledAt, qint64 at);
/// The meeting a booking at `at` makes (without its id).
Meeting bookingOf(Id leadId, const BookingRequest& request, OptId bookedById, qint64 at,
                  OptId rescheduledFrom);
/// The contract a sale recorded at `at` signs, with the meeting's manager.
DealInput saleOf(const OutcomeInput& in, Id leadId, OptId managerId, qint64 at);
/// The error of a booking into a slot whose seats are all taken.
Error slotFull(const Office& office, qint64 scheduledAt);

/// Meetings in the office: booking into the slot grid, confirmation, attendance,
/// rescheduling and the outcome. Every method is one transaction.
class MeetingService final {
public:
    explicit MeetingService(Database& db, Clock clock = systemClock())
        : m_db(db), m_clock(std::move(clock)) {}

    /// Books a meeting; refuses a time outside the office's slot grid or a full slot.
    Result<Id> book(Id leadId, const BookingRequest& request, OptId bookedById);
    /// The office's slots on `days` days from `firstDay` (office-local dates), with seats
    /// taken and whether each can still be booked.
    Result<SlotGrid> slotGrid(Id officeId, QDate firstDay, int days);
    Status confirm(Id meetingId, OptId actorId);
    Status markArrived(Id meetingId, OptId actorId);
    Status markNoShow(Id meetingId, OptId actorId);
    Status cancel(Id meetingId, OptId actorId);
    /// Moves the meeting to another slot: the old one becomes "rescheduled", a new one is
    /// booked (credited to the same operator). Returns the new meeting's id.
    Result<Id> reschedule(Id meetingId, const BookingRequest& request, OptId actorId);
    Status recordOutcome(const OutcomeInput& input);

    /// A client who came without booking: creates the lead (or a repeat touch of the client's
    /// lead) and a meeting at the office marked arrived now, in one transaction. Returns the
    /// meeting's id.
    Result<Id> walkIn(const NewLead& client, Id officeId, OptId managerId);
    /// Moves a follow-up ("thinking") to a later date.
    Status postponeFollowUp(Id taskId, qint64 due, OptId actorId);
    /// The client decided against after thinking: the follow-up ends and the lead is lost
    /// with an office reason.
    Status loseFollowUp(Id taskId, Id reasonId, OptId actorId);

private:
    /// Ends a scheduled or confirmed meeting as a no-show or cancelled.
    Status endPending(Id meetingId, OptId actorId, MeetingStatus status);
    Result<Id> bookAt(qint64 at, Id leadId, const BookingRequest& request, OptId bookedById,
                      OptId rescheduledFrom);

    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
