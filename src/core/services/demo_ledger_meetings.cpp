#include "services/demo_ledger.h"

// DemoLedger: bookings, the office's marks, deals and payments, by MeetingService's and
// DealService's rules.

namespace fd::core::demo {

namespace {

bool pending(const Meeting& m) {
    return m.status == MeetingStatus::Scheduled || m.status == MeetingStatus::Confirmed;
}

/// Whether a meeting in this status holds its seat.
bool holdsSeat(MeetingStatus s) {
    return s == MeetingStatus::Scheduled || s == MeetingStatus::Confirmed || s == MeetingStatus::Arrived;
}

}  // namespace

Meeting* DemoLedger::meetingRow(Id id) {
    return m_meetingIds.inBatch(id) ? &m_rows.meetings[m_meetingIds.index(id)] : nullptr;
}

Meeting DemoLedger::meeting(Id meetingId) {
    const Meeting* m = meetingRow(meetingId);
    if (!m) {
        throw std::logic_error("the demo asked for a meeting of another batch");
    }
    return *m;
}

Result<Meeting*> DemoLedger::pendingMeeting(Id id) {
    Meeting* m = meetingRow(id);
    if (!m) {
        return meetingNotFound(id);
    }
    if (!pending(*m)) {
        return notPending(*m);
    }
    return m;
}

void DemoLedger::setMeetingStatus(Meeting& m, MeetingStatus status) {
    seats(m.officeId, m.scheduledAt) += (holdsSeat(status) ? 1 : 0) - (holdsSeat(m.status) ? 1 : 0);
    m.status = status;
}

Status DemoLedger::checkBooking(qint64 at, Id leadId, const BookingRequest& request, const Meeting* freed) {
    if (!lead(leadId)) {
        return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."), leadId, "lead");
    }
    const auto found = m_offices.find(request.officeId);
    if (found == m_offices.end() || !found->second.active) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an open office."),
                       QStringLiteral("office"));
    }
    const Office& office = found->second;
    const Result<SlotPlacement> slot = placeBooking(office, request.scheduledAt, at);
    if (!slot) {
        return slot.error();
    }
    if (request.managerId) {
        const auto manager = m_staff.find(*request.managerId);
        if (manager == m_staff.end() || !manager->second.active ||
            manager->second.role != Role::OfficeManager || manager->second.officeId != request.officeId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a manager of the office \"%1\"."),
                           QStringLiteral("manager"), {office.name});
        }
    }
    for (const std::size_t i : work(leadId).meetings) {
        const Meeting& m = m_rows.meetings[i];
        if (pending(m) && &m != freed) {
            return Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The client already has a meeting on %1; reschedule it instead."),
                {officeLocalText(m_offices.at(m.officeId), m.scheduledAt)}, QStringLiteral("slot"));
        }
    }
    // Every seat of a slot is booked at its start (placeBooking refuses any other moment).
    int taken = seats(request.officeId, slot->slotStart);
    if (freed && freed->officeId == request.officeId && freed->scheduledAt == slot->slotStart) {
        --taken;
    }
    if (taken >= office.seatsPerSlot) {
        return slotFull(office, request.scheduledAt);
    }
    return Ok{};
}

Id DemoLedger::book(qint64 at, Id leadId, const BookingRequest& request, OptId bookedById,
                    OptId rescheduledFrom) {
    Meeting m = bookingOf(leadId, request, bookedById, at, rescheduledFrom);
    m.id = m_meetingIds.take();
    ++seats(m.officeId, m.scheduledAt);
    work(leadId).meetings.push_back(m_rows.meetings.size());
    m_rows.meetings.push_back(m);
    DemoLeadRow& l = *lead(leadId);
    if (l.lead.status != LeadStatus::Sold) {
        setStatus(l, LeadStatus::Booked, std::nullopt, at);
    }
    closeTasks(leadId, TaskKind::Callback, at);
    refresh(l, at);
    audit(at, bookedById, rescheduledFrom ? "reschedule" : "book", "meeting", m.id);
    return m.id;
}

Result<Id> DemoLedger::reschedule(Id meetingId, const BookingRequest& request, Id actorId) {
    const qint64 at = m_clock();
    const Result<Meeting*> m = pendingMeeting(meetingId);
    if (!m) {
        return m.error();
    }
    if (Status free = checkBooking(at, (*m)->leadId, request, *m); !free) {
        return free.error();
    }
    setMeetingStatus(**m, MeetingStatus::Rescheduled);
    const Id leadId = (*m)->leadId;
    const OptId bookedBy = (*m)->bookedById;
    const Id id = book(at, leadId, request, bookedBy, meetingId);  // may move the rows: no Meeting* after
    audit(at, actorId, "rescheduled", "meeting", meetingId);
    return id;
}

Status DemoLedger::confirm(Id meetingId, Id actorId) {
    const qint64 at = m_clock();
    const Result<Meeting*> m = pendingMeeting(meetingId);
    if (!m) {
        return m.error();
    }
    setMeetingStatus(**m, MeetingStatus::Confirmed);
    (*m)->confirmedAt = at;
    audit(at, actorId, "confirm", "meeting", meetingId);
    return Ok{};
}

Status DemoLedger::markArrived(Id meetingId, Id actorId) {
    const qint64 at = m_clock();
    const Result<Meeting*> found = pendingMeeting(meetingId);
    if (!found) {
        return found.error();
    }
    Meeting& m = **found;
    setMeetingStatus(m, MeetingStatus::Arrived);
    m.arrivedAt = at;
    if (!m.managerId) {
        const auto actor = m_staff.find(actorId);
        if (actor != m_staff.end() && actor->second.role == Role::OfficeManager &&
            actor->second.officeId == m.officeId) {
            m.managerId = actorId;
        }
    }
    DemoLeadRow& l = *lead(m.leadId);
    if (l.lead.status != LeadStatus::Sold) {
        setStatus(l, LeadStatus::Arrived, std::nullopt, at);
    }
    refresh(l, at);
    audit(at, actorId, "arrived", "meeting", meetingId);
    return Ok{};
}

Status DemoLedger::endPending(Id meetingId, Id actorId, MeetingStatus status) {
    const qint64 at = m_clock();
    const Result<Meeting*> found = pendingMeeting(meetingId);
    if (!found) {
        return found.error();
    }
    Meeting& m = **found;
    if (status == MeetingStatus::NoShow && at < m.scheduledAt) {
        return Error::make(ErrorCode::Conflict,
                           QT_TRANSLATE_NOOP("fd::core::Error",
                                             "The meeting has not started yet; a no-show can be marked only "
                                             "after its time."),
                           {}, QStringLiteral("meeting"));
    }
    setMeetingStatus(m, status);
    DemoLeadRow& l = *lead(m.leadId);
    if (l.lead.status == LeadStatus::Booked) {
        setStatus(l, LeadStatus::InProgress, std::nullopt, at);
    }
    refresh(l, at);
    audit(at, actorId, status == MeetingStatus::NoShow ? "no_show" : "cancelled", "meeting", meetingId);
    return Ok{};
}

Result<OptId> DemoLedger::recordOutcome(const OutcomeInput& in) {
    const qint64 at = m_clock();
    if (Status valid = checkOutcomeInput(in, at); !valid) {
        return valid.error();
    }
    Meeting* m = meetingRow(in.meetingId);
    if (!m) {
        return meetingNotFound(in.meetingId);
    }
    if (Status open = checkOutcomeOpen(*m); !open) {
        return open.error();
    }
    if (in.reasonId) {
        const auto reason = m_reasons.find(*in.reasonId);
        if (reason == m_reasons.end() || reason->second != ReasonGate::Office) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a reason of the office."),
                           QStringLiteral("reason"));
        }
    }
    m->outcome = in.outcome;
    m->qualification = in.qualification;
    m->outcomeReasonId = in.reasonId;
    m->note = in.note;
    m->outcomeAt = at;
    const Id leadId = m->leadId;
    const OptId manager = m->managerId ? m->managerId : in.actorId;
    OptId dealId;
    switch (in.outcome) {
        case MeetingOutcome::Sale: {
            Result<Id> added = addDealAt(at, saleOf(in, leadId, manager, at));
            if (!added) {
                return added.error();
            }
            dealId = *added;
            break;
        }
        case MeetingOutcome::Thinking: {
            setStatus(*lead(leadId), LeadStatus::FollowUp, std::nullopt, at);
            Task task;
            task.leadId = leadId;
            task.meetingId = in.meetingId;
            task.assigneeId = manager;
            task.kind = TaskKind::FollowUp;
            task.dueAt = *in.followUpDue;
            addTask(task, at);
            break;
        }
        case MeetingOutcome::Refused:
            setStatus(*lead(leadId), LeadStatus::Lost, in.reasonId, at);
            break;
        case MeetingOutcome::NonTarget:
            setStatus(*lead(leadId), LeadStatus::NonTarget, in.reasonId, at);
            break;
    }
    refresh(*lead(leadId), at);
    audit(at, in.actorId, "outcome", "meeting", in.meetingId,
          toCode(in.outcome) + QLatin1Char('/') + toCode(in.qualification));
    return dealId;
}

Result<Id> DemoLedger::addDeal(const DealInput& in) {
    return addDealAt(m_clock(), in);
}

Result<Id> DemoLedger::addDealAt(qint64 at, const DealInput& in) {
    if (in.amount && in.amount->kopecks <= 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the contract amount, greater than zero."),
                       QStringLiteral("amount"));
    }
    DemoLeadRow* l = lead(in.leadId);
    if (!l) {
        return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."), in.leadId,
                        "lead");
    }
    OptId meetingId = in.meetingId;
    if (meetingId) {
        const Meeting* m = meetingRow(*meetingId);
        if (!m || m->leadId != in.leadId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The meeting %1 is not this client's."),
                           QStringLiteral("meeting"), {QString::number(*meetingId)});
        }
    } else {
        const Meeting* last = nullptr;
        for (const std::size_t i : work(in.leadId).meetings) {
            const Meeting& m = m_rows.meetings[i];
            if (m.status == MeetingStatus::Arrived &&
                (!last || std::pair(m.scheduledAt, m.id) > std::pair(last->scheduledAt, last->id))) {
                last = &m;
            }
        }
        meetingId = last ? OptId{last->id} : std::nullopt;
    }
    if (in.managerId && !m_staff.contains(*in.managerId)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The manager %1 does not exist."),
                       QStringLiteral("manager"), {QString::number(*in.managerId)});
    }
    Deal d = dealOf(in, meetingId, at);
    d.id = m_dealIds.take();
    work(in.leadId).deals.push_back(m_rows.deals.size());
    m_rows.deals.push_back(d);
    setStatus(*l, LeadStatus::Sold, std::nullopt, at);
    closeTasks(in.leadId, TaskKind::FollowUp, at);
    refresh(*l, at);
    audit(at, in.actorId, "create", "deal", d.id);
    return d.id;
}

Result<Id> DemoLedger::addPayment(const PaymentInput& in) {
    const qint64 at = m_clock();
    if (in.amount.kopecks <= 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The payment amount must be greater than zero."),
                       QStringLiteral("amount"));
    }
    if (!m_dealIds.inBatch(in.dealId)) {
        return Error::make(ErrorCode::NotFound,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The deal %1 does not exist."),
                           {QString::number(in.dealId)}, QStringLiteral("deal"));
    }
    const Deal& deal = m_rows.deals[m_dealIds.index(in.dealId)];
    Work& w = work(deal.leadId);
    const Status fits = checkPaymentFits(in, deal.amount, [&] {
        qint64 paid = 0;
        for (const std::size_t i : w.payments) {
            paid += m_rows.payments[i].dealId == in.dealId ? m_rows.payments[i].amount.kopecks : 0;
        }
        return Money{paid};
    });
    if (!fits) {
        return fits.error();
    }
    Payment p = paymentOf(in, at);
    p.id = m_paymentIds.take();
    w.payments.push_back(m_rows.payments.size());
    m_rows.payments.push_back(p);
    refresh(*lead(deal.leadId), at);
    audit(at, in.actorId, "create", "payment", p.id);
    return p.id;
}

}  // namespace fd::core::demo
