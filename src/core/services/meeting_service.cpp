#include "services/meeting_service.h"

#include "domain/slot_grid.h"
#include "services/access_policy.h"
#include "services/deal_service.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace fd::core {

Error meetingNotFound(Id id) {
    return Error::make(ErrorCode::NotFound,
                       QT_TRANSLATE_NOOP("fd::core::Error", "The meeting %1 does not exist."),
                       {QString::number(id)}, QStringLiteral("meeting"));
}

Error notPending(const Meeting& m) {
    return Error::make(
        ErrorCode::Conflict,
        QT_TRANSLATE_NOOP("fd::core::Error",
                          "The meeting is already %1; only a scheduled or confirmed meeting can be "
                          "changed this way."),
        {toCode(m.status)}, QStringLiteral("meeting"));
}

namespace {

bool pending(const Meeting& m) {
    return m.status == MeetingStatus::Scheduled || m.status == MeetingStatus::Confirmed;
}

/// The meeting, if it exists and is still ahead (scheduled or confirmed).
Result<Meeting> pendingMeeting(MeetingRepository& meetings, Id id) {
    const auto m = meetings.meeting(id);
    if (!m) {
        return meetingNotFound(id);
    }
    if (!pending(*m)) {
        return notPending(*m);
    }
    return *m;
}

/// A meeting still ahead that the person signed in may mark: a manager of its office, or the head.
Result<Meeting> pendingAtOwnOffice(Database& db, MeetingRepository& meetings, Id id) {
    Result<Meeting> m = pendingMeeting(meetings, id);
    if (!m) {
        return m;
    }
    if (Status allowed = permit(db, Action::WorkOfficeDesk, RecordOwner{std::nullopt, m->officeId});
        !allowed) {
        return allowed.error();
    }
    return m;
}

}  // namespace

Status checkOutcomeInput(const OutcomeInput& in, qint64 at) {
    const bool needsReason = in.outcome == MeetingOutcome::Refused || in.outcome == MeetingOutcome::NonTarget;
    if (needsReason && !in.reasonId) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose the reason."), QStringLiteral("reason"));
    }
    if (in.outcome == MeetingOutcome::NonTarget && in.qualification == Qualification::Target) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                         "A non-target outcome needs a non-target qualification (insolvent, "
                                         "problematic or out of profile)."),
                       QStringLiteral("qualification"));
    }
    if (in.outcome == MeetingOutcome::Thinking && (!in.followUpDue || *in.followUpDue <= at)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a follow-up date later than now."),
                       QStringLiteral("follow_up_due"));
    }
    if (in.outcome == MeetingOutcome::Sale && (!in.dealAmount || in.dealAmount->kopecks <= 0)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the contract amount, greater than zero."),
                       QStringLiteral("amount"));
    }
    return Ok{};
}

Status checkOutcomeOpen(const Meeting& m) {
    if (m.status != MeetingStatus::Arrived) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "Mark the client as arrived before recording the outcome."),
            {}, QStringLiteral("meeting"));
    }
    if (m.outcome) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "The outcome of this meeting is already recorded."), {},
            QStringLiteral("meeting"));
    }
    return Ok{};
}

Result<SlotPlacement> placeBooking(const Office& office, qint64 scheduledAt, qint64 at) {
    const SlotPlacement slot = placeInSlotGrid(office, scheduledAt);
    switch (slot.kind) {
        case SlotPlacement::Kind::Ok:
            break;
        case SlotPlacement::Kind::BadTimeZone:
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."),
                           QStringLiteral("time_zone"), {office.timeZone});
        case SlotPlacement::Kind::ClosedDay:
            return Error::make(ErrorCode::OutsideHours,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The office \"%1\" is closed on %2."),
                               {office.name, officeLocalText(office, scheduledAt).left(10)},
                               QStringLiteral("slot"));
        case SlotPlacement::Kind::OutsideHours:
        case SlotPlacement::Kind::NotSlotStart:
            return Error::make(
                ErrorCode::OutsideHours,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "%1 is not a slot of the office \"%2\": it works %3–%4 in slots of "
                                  "%5 minutes."),
                {officeLocalText(office, scheduledAt), office.name, formatMinutes(office.workStartMin),
                 formatMinutes(office.workEndMin), QString::number(office.slotMinutes)},
                QStringLiteral("slot"));
    }
    if (slot.slotEnd <= at) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error", "The slot %1 is already over; choose a later one."),
            QStringLiteral("slot"), {officeLocalText(office, scheduledAt)});
    }
    return slot;
}

Meeting bookingOf(Id leadId, const BookingRequest& request, OptId bookedById, qint64 at,
                  OptId rescheduledFrom) {
    Meeting m;
    m.leadId = leadId;
    m.officeId = request.officeId;
    m.managerId = request.managerId;
    m.bookedById = bookedById;
    m.bookedAt = at;
    m.scheduledAt = request.scheduledAt;
    m.rescheduledFromId = rescheduledFrom;
    return m;
}

DealInput saleOf(const OutcomeInput& in, Id leadId, OptId managerId, qint64 at) {
    DealInput deal;
    deal.leadId = leadId;
    deal.meetingId = in.meetingId;
    deal.managerId = managerId;
    deal.signedAt = at;
    deal.amount = in.dealAmount;
    deal.product = in.product;
    deal.actorId = in.actorId;
    return deal;
}

Error slotFull(const Office& office, qint64 scheduledAt) {
    return Error::make(
        ErrorCode::SlotFull,
        QT_TRANSLATE_NOOP("fd::core::Error",
                          "The slot %1 in the office \"%2\" is full: %3 of %3 seats are taken."),
        {officeLocalText(office, scheduledAt), office.name, QString::number(office.seatsPerSlot)},
        QStringLiteral("slot"));
}

Result<Id> MeetingService::book(Id leadId, const BookingRequest& request, OptId bookedById) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        if (Status allowed = permit(m_db, Action::WorkCallCenter, ownerOfLead(m_db, leadId)); !allowed) {
            return allowed.error();
        }
        return bookAt(at, leadId, request, bookedById, std::nullopt);
    });
}

Result<Id> MeetingService::bookAt(qint64 at, Id leadId, const BookingRequest& request, OptId bookedById,
                                  OptId rescheduledFrom) {
    LeadRepository leads(m_db);
    CatalogRepository catalog(m_db);
    MeetingRepository meetings(m_db);
    const auto lead = leads.lead(leadId);
    if (!lead) {
        return Error::make(ErrorCode::NotFound,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."),
                           {QString::number(leadId)}, QStringLiteral("lead"));
    }
    const auto office = catalog.office(request.officeId);
    if (!office || !office->active) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an open office."),
                       QStringLiteral("office"));
    }
    const Result<SlotPlacement> slot = placeBooking(*office, request.scheduledAt, at);
    if (!slot) {
        return slot.error();
    }
    if (request.managerId) {
        const auto manager = catalog.employee(*request.managerId);
        if (!manager || !manager->active || manager->role != Role::OfficeManager ||
            manager->officeId != request.officeId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a manager of the office \"%1\"."),
                           QStringLiteral("manager"), {office->name});
        }
    }
    meetings.lockOfficeSlots(request.officeId);
    if (const auto existing = meetings.pendingForLead(leadId)) {
        const auto where = catalog.office(existing->officeId);
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The client already has a meeting on %1; reschedule it instead."),
            {where ? officeLocalText(*where, existing->scheduledAt) : QString()}, QStringLiteral("slot"));
    }
    const int taken = meetings.seatsTaken(request.officeId, slot->slotStart, slot->slotEnd);
    if (taken >= office->seatsPerSlot) {
        return slotFull(*office, request.scheduledAt);
    }

    const Id id = meetings.insert(bookingOf(leadId, request, bookedById, at, rescheduledFrom));
    if (lead->status != LeadStatus::Sold) {
        leads.updateStatus(leadId, LeadStatus::Booked, std::nullopt, at);
    }
    leads.closeTasks(leadId, TaskKind::Callback, at);
    leads.refreshMilestones(leadId, at);
    AuditRepository(m_db).append(at, bookedById,
                                 rescheduledFrom ? QStringLiteral("reschedule") : QStringLiteral("book"),
                                 QStringLiteral("meeting"), id);
    return id;
}

Result<SlotGrid> MeetingService::slotGrid(Id officeId, QDate firstDay, int days) {
    const qint64 now = m_clock();
    return whileReading([&]() -> Result<SlotGrid> {
        const auto office = CatalogRepository(m_db).office(officeId);
        if (!office || !office->active) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an open office."),
                           QStringLiteral("office"));
        }
        SlotGrid grid;
        grid.office = *office;
        grid.rowMinutes = slotRows(*office);
        const size_t rows = grid.rowMinutes.size();
        MeetingRepository meetings(m_db);
        for (int d = 0; d < days; ++d) {
            const QDate day = firstDay.addDays(d);
            grid.days.push_back(day);
            std::vector<SlotCell> column(rows);
            const std::vector<SlotTime> daySlots = slotsOfDay(*office, day);
            if (!daySlots.empty()) {
                const std::vector<qint64> starts =
                    meetings.seatStarts(officeId, daySlots.front().start, daySlots.back().end);
                for (size_t r = 0; r < rows && r < daySlots.size(); ++r) {
                    SlotCell& c = column[r];
                    c.start = daySlots[r].start;
                    c.end = daySlots[r].end;
                    c.capacity = office->seatsPerSlot;
                    c.taken = static_cast<int>(std::count_if(
                        starts.begin(), starts.end(), [&](qint64 s) { return s >= c.start && s < c.end; }));
                    c.state = c.end <= now            ? SlotCell::State::Past
                              : c.taken >= c.capacity ? SlotCell::State::Full
                                                      : SlotCell::State::Free;
                }
            }
            grid.cells.insert(grid.cells.end(), column.begin(), column.end());
        }
        return grid;
    });
}

Status MeetingService::confirm(Id meetingId, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        const Result<Meeting> m = pendingMeeting(meetings, meetingId);
        if (!m) {
            return m.error();
        }
        if (Status allowed = permitMeetingChange(m_db, meetingId); !allowed) {
            return allowed;
        }
        meetings.setConfirmed(meetingId, at);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("confirm"), QStringLiteral("meeting"),
                                     meetingId);
        return Ok{};
    });
}

Status MeetingService::markArrived(Id meetingId, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        const Result<Meeting> m = pendingAtOwnOffice(m_db, meetings, meetingId);
        if (!m) {
            return m.error();
        }
        LeadRepository leads(m_db);
        meetings.setArrived(meetingId, at);
        if (!m->managerId && actorId) {
            const auto actor = CatalogRepository(m_db).employee(*actorId);
            if (actor && actor->role == Role::OfficeManager && actor->officeId == m->officeId) {
                meetings.setManager(meetingId, *actorId);
            }
        }
        const auto lead = leads.lead(m->leadId);
        if (lead && lead->status != LeadStatus::Sold) {
            leads.updateStatus(m->leadId, LeadStatus::Arrived, std::nullopt, at);
        }
        leads.refreshMilestones(m->leadId, at);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("arrived"), QStringLiteral("meeting"),
                                     meetingId);
        return Ok{};
    });
}

Status MeetingService::markNoShow(Id meetingId, OptId actorId) {
    return endPending(meetingId, actorId, MeetingStatus::NoShow);
}

Status MeetingService::cancel(Id meetingId, OptId actorId) {
    return endPending(meetingId, actorId, MeetingStatus::Cancelled);
}

Status MeetingService::endPending(Id meetingId, OptId actorId, MeetingStatus status) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        LeadRepository leads(m_db);
        // A no-show is the office's mark; a cancellation the call center's or the office's.
        const Result<Meeting> m = status == MeetingStatus::NoShow
                                      ? pendingAtOwnOffice(m_db, meetings, meetingId)
                                      : pendingMeeting(meetings, meetingId);
        if (!m) {
            return m.error();
        }
        if (Status allowed =
                status == MeetingStatus::NoShow ? Status(Ok{}) : permitMeetingChange(m_db, meetingId);
            !allowed) {
            return allowed;
        }
        if (status == MeetingStatus::NoShow && at < m->scheduledAt) {
            return Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The meeting has not started yet; a no-show can be marked only "
                                  "after its time."),
                {}, QStringLiteral("meeting"));
        }
        meetings.setStatus(meetingId, status);
        const auto lead = leads.lead(m->leadId);
        if (lead && lead->status == LeadStatus::Booked) {
            // Back to the call center to rebook.
            leads.updateStatus(m->leadId, LeadStatus::InProgress, std::nullopt, at);
        }
        leads.refreshMilestones(m->leadId, at);
        AuditRepository(m_db).append(at, actorId, toCode(status), QStringLiteral("meeting"), meetingId);
        return Ok{};
    });
}

Result<Id> MeetingService::reschedule(Id meetingId, const BookingRequest& request, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        MeetingRepository meetings(m_db);
        const Result<Meeting> m = pendingMeeting(meetings, meetingId);
        if (!m) {
            return m.error();
        }
        if (Status allowed = permitMeetingChange(m_db, meetingId); !allowed) {
            return allowed.error();
        }
        // Free the old seat first so moving within the same full slot's office works.
        meetings.setStatus(meetingId, MeetingStatus::Rescheduled);
        Result<Id> booked = bookAt(at, m->leadId, request, m->bookedById, meetingId);
        if (booked) {
            AuditRepository(m_db).append(at, actorId, QStringLiteral("rescheduled"),
                                         QStringLiteral("meeting"), meetingId);
        }
        return booked;
    });
}

Status MeetingService::recordOutcome(const OutcomeInput& in) {
    const qint64 at = m_clock();
    if (Status valid = checkOutcomeInput(in, at); !valid) {
        return valid;
    }

    return inWriteTransaction(m_db, [&]() -> Status {
        MeetingRepository meetings(m_db);
        LeadRepository leads(m_db);
        const auto m = meetings.meeting(in.meetingId);
        if (!m) {
            return meetingNotFound(in.meetingId);
        }
        if (Status allowed = permit(m_db, Action::WorkOfficeDesk, RecordOwner{std::nullopt, m->officeId});
            !allowed) {
            return allowed;
        }
        if (Status open = checkOutcomeOpen(*m); !open) {
            return open;
        }
        if (in.reasonId) {
            const auto reason = CatalogRepository(m_db).reason(*in.reasonId);
            if (!reason || reason->gate != ReasonGate::Office) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a reason of the office."),
                               QStringLiteral("reason"));
            }
        }
        meetings.setOutcome(in.meetingId, in.outcome, in.qualification, in.reasonId, in.note, at);
        const OptId manager = m->managerId ? m->managerId : in.actorId;
        switch (in.outcome) {
            case MeetingOutcome::Sale: {
                Result<Id> added =
                    DealService(m_db, [at] { return at; }).addDeal(saleOf(in, m->leadId, manager, at));
                if (!added) {
                    return added.error();
                }
                break;
            }
            case MeetingOutcome::Thinking: {
                leads.updateStatus(m->leadId, LeadStatus::FollowUp, std::nullopt, at);
                Task task;
                task.leadId = m->leadId;
                task.meetingId = in.meetingId;
                task.assigneeId = manager;
                task.kind = TaskKind::FollowUp;
                task.dueAt = *in.followUpDue;
                leads.insertTask(task, at);
                break;
            }
            case MeetingOutcome::Refused:
                leads.updateStatus(m->leadId, LeadStatus::Lost, in.reasonId, at);
                break;
            case MeetingOutcome::NonTarget:
                leads.updateStatus(m->leadId, LeadStatus::NonTarget, in.reasonId, at);
                break;
        }
        leads.refreshMilestones(m->leadId, at);
        AuditRepository(m_db).append(at, in.actorId, QStringLiteral("outcome"), QStringLiteral("meeting"),
                                     in.meetingId,
                                     toCode(in.outcome) + QLatin1Char('/') + toCode(in.qualification));
        return Ok{};
    });
}

}  // namespace fd::core
