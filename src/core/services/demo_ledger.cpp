#include "services/demo_ledger.h"

#include "domain/call_retry.h"
#include "services/catalog_service.h"
#include "storage/catalog_repository.h"

#include <algorithm>
#include <stdexcept>

namespace fd::core::demo {

namespace {

Error leadNotFound(Id id) {
    return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."), id, "lead");
}

template <class T>
void keepMin(OptTime& into, T v) {
    if (!into || v < *into) {
        into = v;
    }
}

}  // namespace

DemoLedger::DemoLedger(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)), m_writer(db) {
    CatalogRepository catalog(db);
    for (Office& o : catalog.offices()) {
        m_offices.emplace(o.id, std::move(o));
    }
    for (Employee& e : catalog.employees()) {
        m_staff.emplace(e.id, std::move(e));
    }
    for (const Reason& r : catalog.reasons()) {
        m_reasons.emplace(r.id, r.gate);
    }
    for (const Channel& c : catalog.channels()) {
        m_channels.emplace(c.id, true);
    }
    for (const Campaign& c : catalog.campaigns()) {
        m_campaignChannel.emplace(c.id, c.channelId);
    }
    CatalogService settings(db);
    m_maxAttempts = settings.maxCallAttempts();
    m_window = static_cast<qint64>(settings.attributionWindowDays()) * 86400;
    m_contactIds.next = DemoRowWriter::nextId(db, "contacts");
    m_leadIds.next = DemoRowWriter::nextId(db, "leads");
    m_touchIds.next = DemoRowWriter::nextId(db, "lead_touches");
    m_callIds.next = DemoRowWriter::nextId(db, "call_attempts");
    m_meetingIds.next = DemoRowWriter::nextId(db, "meetings");
    m_dealIds.next = DemoRowWriter::nextId(db, "deals");
    m_paymentIds.next = DemoRowWriter::nextId(db, "payments");
    m_taskIds.next = DemoRowWriter::nextId(db, "tasks");
    if (m_contactIds.next > 1 || m_leadIds.next > 1) {
        throw std::logic_error("the demo ledger writes into a database without leads");
    }
    for (Ids* ids : {&m_contactIds, &m_leadIds, &m_touchIds, &m_callIds, &m_meetingIds, &m_dealIds,
                     &m_paymentIds, &m_taskIds}) {
        ids->startBatch();
    }
}

DemoLedger::~DemoLedger() = default;

DemoLeadRow* DemoLedger::lead(Id id) {
    return m_leadIds.inBatch(id) ? &m_rows.leads[m_leadIds.index(id)] : nullptr;
}

void DemoLedger::setStatus(DemoLeadRow& l, LeadStatus status, OptId reasonId, qint64 at) {
    l.lead.status = status;
    l.lead.lostReasonId = reasonId;
    l.updatedAt = at;
}

void DemoLedger::closeTasks(Id leadId, TaskKind kind, qint64 at) {
    for (const std::size_t i : work(leadId).tasks) {
        DemoTaskRow& t = m_rows.tasks[i];
        if (t.task.kind == kind && t.task.status == TaskStatus::Open) {
            t.task.status = TaskStatus::Done;
            t.doneAt = at;
        }
    }
}

void DemoLedger::addTask(const Task& t, qint64 at) {
    DemoTaskRow row{t, at, std::nullopt};
    row.task.id = m_taskIds.take();
    row.task.status = TaskStatus::Open;
    work(t.leadId).tasks.push_back(m_rows.tasks.size());
    m_rows.tasks.push_back(std::move(row));
}

void DemoLedger::audit(qint64 at, OptId employeeId, const char* action, const char* entity, Id entityId,
                       const QString& details) {
    m_rows.audit.push_back(DemoAuditRow{at, employeeId, action, entity, entityId, details});
}

void DemoLedger::refresh(DemoLeadRow& l, qint64 at) {
    // The milestones themselves are settled from the rows when the batch is written: every
    // change the services follow with a refresh is one of those rows.
    l.updatedAt = at;
}

Result<CreatedLead> DemoLedger::createLead(const NewLead& input) {
    const Result<CheckedLead> checked = LeadIntake::check(input, m_clock());
    if (!checked) {
        return checked.error();
    }
    const CheckedLead& c = *checked;
    const NewLead& in = c.input;
    OptId channelId = in.channelId;
    if (in.campaignId) {
        const auto campaign = m_campaignChannel.find(*in.campaignId);
        if (campaign == m_campaignChannel.end()) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The campaign %1 does not exist."),
                            *in.campaignId, "campaign");
        }
        if (channelId && *channelId != campaign->second) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error", "The campaign does not belong to the channel."),
                QStringLiteral("campaign"));
        }
        channelId = campaign->second;
    }
    if (channelId && !m_channels.contains(*channelId)) {
        return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."), *channelId,
                        "channel");
    }
    if (in.operatorId) {
        const auto op = m_staff.find(*in.operatorId);
        if (op == m_staff.end() || !op->second.active) {
            return notFound(
                QT_TRANSLATE_NOOP("fd::core::Error", "The operator %1 does not exist or has left."),
                *in.operatorId, "operator");
        }
    }
    if (!c.externalId.isEmpty() && m_externalIds.contains(c.externalId)) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "A lead with the external id \"%1\" already exists."),
            {c.externalId}, QStringLiteral("external_id"));
    }
    const Contact seen{0, c.name, c.phone ? c.phone->e164 : QString(),
                       c.phone ? c.phone->raw.trimmed() : QString(), c.email};
    const std::optional<qint64> key = c.phone ? PhoneLeadMemory::key(c.phone->e164) : std::nullopt;
    if (c.phone && !key) {
        throw std::logic_error("the demo ledger keeps only numeric phones");
    }
    PhoneLeadMemory::Phone* phone = key ? &m_phones.get(*key) : nullptr;
    if (phone) {
        if (const OptId existing = m_phones.recentLead(*phone, c.at - m_window, c.at)) {
            const Id touchId = m_touchIds.take();
            m_rows.touches.push_back(DemoTouchRow{touchId, *existing, c.at, channelId, in.campaignId, seen,
                                                  c.externalId, in.note});
            audit(c.at, in.actorId, "repeat_touch", "lead", *existing);
            return CreatedLead{*existing, true, touchId};
        }
    }
    if (!phone || phone->contactId == 0) {
        DemoContactRow contact{seen, c.searchKey, c.at};
        contact.contact.id = m_contactIds.take();
        if (phone) {
            phone->contactId = contact.contact.id;
        }
        m_rows.contacts.push_back(std::move(contact));
    }
    DemoLeadRow row;
    Lead& l = row.lead;
    l.id = m_leadIds.take();
    l.contactId = phone ? phone->contactId : m_rows.contacts.back().contact.id;
    l.createdAt = c.at;
    l.channelId = channelId;
    l.campaignId = in.campaignId;
    l.operatorId = in.operatorId;
    l.externalId = c.externalId;
    l.note = in.note;
    row.updatedAt = c.at;
    m_rows.leads.push_back(std::move(row));
    m_work.emplace_back();
    audit(c.at, in.actorId, "create", "lead", l.id);
    if (phone) {
        m_phones.addLead(*phone, c.at, l.id);
    }
    if (!c.externalId.isEmpty()) {
        m_externalIds.insert(c.externalId);  // the rule asks only of leads, not of repeat touches
    }
    return CreatedLead{l.id, false, std::nullopt};
}

void DemoLedger::scheduleRetry(DemoLeadRow& l, LeadStatus before, const CallInput& in, qint64 at) {
    if (before == LeadStatus::New) {
        setStatus(l, LeadStatus::InProgress, std::nullopt, at);
    }
    if (before != LeadStatus::New && before != LeadStatus::InProgress && before != LeadStatus::Callback) {
        return;
    }
    std::vector<CallAttempt> history;
    for (const std::size_t i : work(in.leadId).calls) {
        history.push_back(m_rows.calls[i]);
    }
    std::stable_sort(history.begin(), history.end(), [](const CallAttempt& a, const CallAttempt& b) {
        return a.calledAt != b.calledAt ? a.calledAt < b.calledAt : a.id < b.id;
    });
    closeTasks(in.leadId, TaskKind::Callback, at);
    if (const auto task = retryTask(in, history, m_maxAttempts, at)) {
        addTask(*task, at);
    }
}

Result<Id> DemoLedger::logCall(const CallInput& in) {
    const qint64 at = in.at.value_or(m_clock());
    if (Status valid = checkCallInput(in, at); !valid) {
        return valid.error();
    }
    DemoLeadRow* l = lead(in.leadId);
    if (!l) {
        return leadNotFound(in.leadId);
    }
    const auto op = m_staff.find(in.operatorId);
    if (op == m_staff.end() || !op->second.active) {
        return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The operator %1 does not exist or has left."),
                        in.operatorId, "operator");
    }
    if (in.reasonId) {
        const auto reason = m_reasons.find(*in.reasonId);
        if (reason == m_reasons.end() || reason->second != ReasonGate::CallCenter) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a reason of the call center."),
                           QStringLiteral("reason"));
        }
    }
    if (in.outcome == CallOutcome::Booked) {
        if (Status free = checkBooking(at, in.leadId, *in.booking, nullptr); !free) {
            return free.error();
        }
    }
    const LeadStatus before = l->lead.status;
    CallAttempt call = callOf(in, at);
    call.id = m_callIds.take();
    work(in.leadId).calls.push_back(m_rows.calls.size());
    m_rows.calls.push_back(call);
    if (!l->lead.operatorId && op->second.role == Role::Operator) {
        l->lead.operatorId = in.operatorId;
        l->updatedAt = at;
    }
    if (reachedPerson(in.outcome) || in.outcome == CallOutcome::WrongNumber) {
        closeTasks(in.leadId, TaskKind::Callback, at);
    }
    const bool mayChangeStatus = inCallCenterStage(before);
    Id result = call.id;
    switch (in.outcome) {
        case CallOutcome::NoAnswer:
        case CallOutcome::Busy:
            scheduleRetry(*l, before, in, at);
            break;
        case CallOutcome::WrongNumber:
            if (mayChangeStatus) {
                setStatus(*l, LeadStatus::Lost, std::nullopt, at);
            }
            break;
        case CallOutcome::Callback: {
            if (mayChangeStatus) {
                setStatus(*l, LeadStatus::Callback, std::nullopt, at);
            }
            closeTasks(in.leadId, TaskKind::Callback, at);
            Task task;
            task.leadId = in.leadId;
            task.assigneeId = in.operatorId;
            task.kind = TaskKind::Callback;
            task.dueAt = *in.callbackAt;
            addTask(task, at);
            break;
        }
        case CallOutcome::Refused:
        case CallOutcome::NonTarget:
            if (mayChangeStatus) {
                setStatus(*l, in.outcome == CallOutcome::Refused ? LeadStatus::Lost : LeadStatus::NonTarget,
                          in.reasonId, at);
            }
            break;
        case CallOutcome::Booked:
            result = book(at, in.leadId, *in.booking, in.operatorId, std::nullopt);
            break;
    }
    refresh(*l, at);
    audit(at, in.operatorId, "call", "lead", in.leadId, toCode(in.outcome));
    return result;
}

Status DemoLedger::disqualify(Id leadId, Id reasonId, Id actorId) {
    const qint64 at = m_clock();
    DemoLeadRow* l = lead(leadId);
    if (!l) {
        return leadNotFound(leadId);
    }
    if (!m_reasons.contains(reasonId)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose the reason."), QStringLiteral("reason"));
    }
    setStatus(*l, LeadStatus::Lost, reasonId, at);
    closeTasks(leadId, TaskKind::Callback, at);
    audit(at, actorId, "disqualify", "lead", leadId);
    return Ok{};
}

void DemoLedger::settleMilestones(DemoLeadRow& row) {
    // What kRefreshMilestonesSql (storage/milestone_columns.h) computes from the event rows.
    const Work& w = work(row.lead.id);
    Milestones m;
    for (const std::size_t i : w.calls) {
        const CallAttempt& c = m_rows.calls[i];
        keepMin(row.firstCallAt, c.calledAt);
        if (reachedPerson(c.outcome)) {
            keepMin(m.firstContactAt, c.calledAt);
        }
    }
    const Meeting* latest = nullptr;
    const Meeting* firstArrived = nullptr;
    bool qualified = false;
    for (const std::size_t i : w.meetings) {
        const Meeting& x = m_rows.meetings[i];
        keepMin(m.bookedAt, x.bookedAt);
        if (!latest || std::pair(x.scheduledAt, x.id) > std::pair(latest->scheduledAt, latest->id)) {
            latest = &x;
        }
        if (x.status == MeetingStatus::Scheduled || x.status == MeetingStatus::Confirmed) {
            keepMin(row.nextMeetingAt, x.scheduledAt);
        }
        if (x.status == MeetingStatus::NoShow) {
            ++row.noShows;
            ++row.dueMeetings;
        }
        if (x.status != MeetingStatus::Arrived) {
            continue;
        }
        ++row.dueMeetings;
        keepMin(m.arrivedAt, *x.arrivedAt);
        if (!firstArrived ||
            std::pair(*x.arrivedAt, x.id) < std::pair(*firstArrived->arrivedAt, firstArrived->id)) {
            firstArrived = &x;
        }
        if (x.qualification) {
            qualified = true;
            if (*x.qualification == Qualification::Target) {
                keepMin(m.targetAt, *x.arrivedAt);
                m.isTarget = true;
            }
        }
    }
    if (qualified && !m.isTarget) {
        m.isTarget = false;
    }
    if (latest) {
        row.officeId = latest->officeId;
        row.lastNoShowAt =
            latest->status == MeetingStatus::NoShow ? OptTime(latest->scheduledAt) : std::nullopt;
    }
    row.managerId = firstArrived ? firstArrived->managerId : std::nullopt;
    for (const std::size_t i : w.deals) {
        const Deal& d = m_rows.deals[i];
        keepMin(m.soldAt, d.signedAt);
        m.contractAmount += d.amount ? d.amount->kopecks : 0;
    }
    for (const std::size_t i : w.payments) {
        const Payment& p = m_rows.payments[i];
        keepMin(m.firstPaidAt, p.paidAt);
        m.revenue += p.amount.kopecks;
    }
    row.lead.milestones = m;
}

void DemoLedger::flush() {
    for (DemoLeadRow& row : m_rows.leads) {
        settleMilestones(row);
    }
    m_writer.write(m_rows);
    m_rows.clear();
    m_work.clear();
    for (Ids* ids : {&m_contactIds, &m_leadIds, &m_touchIds, &m_callIds, &m_meetingIds, &m_dealIds,
                     &m_paymentIds, &m_taskIds}) {
        ids->startBatch();
    }
}

}  // namespace fd::core::demo
