#include "storage/demo_rows.h"

#include "storage/deferred_indexes.h"
#include "storage/lead_fact_store.h"
#include "storage/query.h"
#include "storage/sqlite_statement.h"

namespace fd::core {

void DemoRows::clear() {
    contacts.clear();
    leads.clear();
    touches.clear();
    calls.clear();
    meetings.clear();
    deals.clear();
    payments.clear();
    tasks.clear();
    audit.clear();
}

struct DemoRowWriter::Statements {
    explicit Statements(sqlite3* h)
        : contact(h,
                  "INSERT INTO contacts(id, name, phone_e164, phone_raw, email, search_key, created_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          search(h, "INSERT INTO contacts_fts(rowid, search_key) VALUES (?1, ?2)"),
          lead(h,
               "INSERT INTO leads(id, contact_id, created_at, channel_id, campaign_id, operator_id, status, "
               "lost_reason_id, external_id, note, first_contact_at, booked_at, arrived_at, is_target, "
               "target_at, sold_at, first_paid_at, contract_amount, revenue, updated_at, office_id, "
               "next_meeting_at, manager_id, due_meetings, no_shows, first_call_at, last_no_show_at) VALUES "
               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
               "?21, ?22, ?23, ?24, ?25, ?26, ?27)"),
          touch(h,
                "INSERT INTO lead_touches(id, lead_id, at, channel_id, campaign_id, name, phone_raw, email, "
                "external_id, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          call(h,
               "INSERT INTO call_attempts(id, lead_id, operator_id, called_at, outcome, callback_at, "
               "reason_id, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          meeting(h,
                  "INSERT INTO meetings(id, lead_id, office_id, manager_id, booked_by_id, booked_at, "
                  "scheduled_at, status, confirmed_at, arrived_at, outcome, outcome_reason_id, "
                  "qualification, outcome_at, note, rescheduled_from_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                  "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"),
          deal(h,
               "INSERT INTO deals(id, lead_id, meeting_id, manager_id, signed_at, amount, product, "
               "external_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          payment(h,
                  "INSERT INTO payments(id, deal_id, paid_at, amount, method, external_id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          task(h,
               "INSERT INTO tasks(id, lead_id, meeting_id, assignee_id, kind, due_at, status, note, "
               "created_at, done_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          audit(h,
                "INSERT INTO audit_log(at, employee_id, action, entity, entity_id, details) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)") {}

    SqliteStatement contact;
    SqliteStatement search;
    SqliteStatement lead;
    SqliteStatement touch;
    SqliteStatement call;
    SqliteStatement meeting;
    SqliteStatement deal;
    SqliteStatement payment;
    SqliteStatement task;
    SqliteStatement audit;
};

DemoRowWriter::DemoRowWriter(Database& db)
    : m_db(db),
      m_indexes(std::make_unique<DeferredIndexes>(
          db,
          QStringList{QStringLiteral("contacts"), QStringLiteral("leads"), QStringLiteral("lead_touches"),
                      QStringLiteral("call_attempts"), QStringLiteral("meetings"), QStringLiteral("deals"),
                      QStringLiteral("payments"), QStringLiteral("tasks"), QStringLiteral("audit_log")},
          QStringList{})),
      m_facts(std::make_unique<NewLeadsInBulk>(db)),
      m_st(std::make_unique<Statements>(db.sqliteHandle())) {}

DemoRowWriter::~DemoRowWriter() = default;

void DemoRowWriter::finish() {
    m_facts->done();
    m_indexes->restore();
}

namespace {

std::optional<qint64> code(std::optional<bool> v) {
    return v ? std::optional<qint64>(*v ? 1 : 0) : std::nullopt;
}

template <class E>
QString optCode(const std::optional<E>& v) {
    return v ? toCode(*v) : QString();
}

}  // namespace

void DemoRowWriter::write(const DemoRows& rows) {
    Statements& s = *m_st;
    for (const DemoContactRow& r : rows.contacts) {
        const Contact& c = r.contact;
        s.contact.bind(1, c.id).bind(2, c.name).bindText(3, c.phoneE164).bindText(4, c.phoneRaw);
        s.contact.bindText(5, c.email).bind(6, r.searchKey).bind(7, r.createdAt).run();
        s.search.bind(1, c.id).bind(2, r.searchKey).run();
    }
    for (const DemoLeadRow& r : rows.leads) {
        const Lead& l = r.lead;
        const Milestones& m = l.milestones;
        s.lead.bind(1, l.id).bind(2, l.contactId).bind(3, l.createdAt).bind(4, l.channelId);
        s.lead.bind(5, l.campaignId).bind(6, l.operatorId).bind(7, toCode(l.status)).bind(8, l.lostReasonId);
        s.lead.bindText(9, l.externalId).bind(10, l.note).bind(11, m.firstContactAt).bind(12, m.bookedAt);
        s.lead.bind(13, m.arrivedAt).bind(14, code(m.isTarget)).bind(15, m.targetAt).bind(16, m.soldAt);
        s.lead.bind(17, m.firstPaidAt).bind(18, m.contractAmount).bind(19, m.revenue).bind(20, r.updatedAt);
        s.lead.bind(21, r.officeId).bind(22, r.nextMeetingAt).bind(23, r.managerId);
        s.lead.bind(24, qint64{r.dueMeetings}).bind(25, qint64{r.noShows}).bind(26, r.firstCallAt);
        s.lead.bind(27, r.lastNoShowAt).run();
    }
    for (const DemoTouchRow& t : rows.touches) {
        s.touch.bind(1, t.id).bind(2, t.leadId).bind(3, t.at).bind(4, t.channelId).bind(5, t.campaignId);
        s.touch.bind(6, t.seen.name).bindText(7, t.seen.phoneRaw).bindText(8, t.seen.email);
        s.touch.bindText(9, t.externalId).bind(10, t.note).run();
    }
    for (const CallAttempt& c : rows.calls) {
        s.call.bind(1, c.id).bind(2, c.leadId).bind(3, c.operatorId).bind(4, c.calledAt);
        s.call.bind(5, toCode(c.outcome)).bind(6, c.callbackAt).bind(7, c.reasonId).bind(8, c.note).run();
    }
    for (const Meeting& m : rows.meetings) {
        s.meeting.bind(1, m.id).bind(2, m.leadId).bind(3, m.officeId).bind(4, m.managerId);
        s.meeting.bind(5, m.bookedById).bind(6, m.bookedAt).bind(7, m.scheduledAt).bind(8, toCode(m.status));
        s.meeting.bind(9, m.confirmedAt).bind(10, m.arrivedAt).bindText(11, optCode(m.outcome));
        s.meeting.bind(12, m.outcomeReasonId).bindText(13, optCode(m.qualification)).bind(14, m.outcomeAt);
        s.meeting.bind(15, m.note).bind(16, m.rescheduledFromId).run();
    }
    for (const Deal& d : rows.deals) {
        s.deal.bind(1, d.id).bind(2, d.leadId).bind(3, d.meetingId).bind(4, d.managerId).bind(5, d.signedAt);
        s.deal.bind(6, d.amount ? std::optional<qint64>(d.amount->kopecks) : std::nullopt);
        s.deal.bind(7, d.product).bindText(8, d.externalId).run();
    }
    for (const Payment& p : rows.payments) {
        s.payment.bind(1, p.id).bind(2, p.dealId).bind(3, p.paidAt).bind(4, p.amount.kopecks);
        s.payment.bind(5, toCode(p.method)).bindText(6, p.externalId).run();
    }
    for (const DemoTaskRow& r : rows.tasks) {
        const Task& t = r.task;
        s.task.bind(1, t.id).bind(2, t.leadId).bind(3, t.meetingId).bind(4, t.assigneeId);
        s.task.bind(5, toCode(t.kind)).bind(6, t.dueAt).bind(7, toCode(t.status)).bind(8, t.note);
        s.task.bind(9, r.createdAt).bind(10, r.doneAt).run();
    }
    for (const DemoAuditRow& a : rows.audit) {
        s.audit.bind(1, a.at).bind(2, a.employeeId).bind(3, a.action).bind(4, a.entity).bind(5, a.entityId);
        s.audit.bind(6, a.details).run();
    }
}

Id DemoRowWriter::nextId(Database& db, const char* table) {
    return nextRowId(db.sqliteHandle(), table);
}

}  // namespace fd::core
