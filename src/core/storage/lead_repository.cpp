#include "storage/lead_repository.h"

#include "storage/milestone_columns.h"
#include "storage/query.h"
#include "storage/reader_rights.h"

namespace fd::core {

namespace {

#define FD_LEAD_COLUMNS                                                                          \
    "id, contact_id, created_at, channel_id, campaign_id, operator_id, status, lost_reason_id, " \
    "external_id, "                                                                              \
    "note, " FD_MILESTONE_COLUMNS
#define FD_LEAD_COLUMNS_NO_MONEY                                                                 \
    "id, contact_id, created_at, channel_id, campaign_id, operator_id, status, lost_reason_id, " \
    "external_id, note, " FD_MILESTONE_COLUMNS_NO_MONEY

Lead readLead(const Query& q) {
    Lead l;
    l.id = q.i64(0);
    l.contactId = q.i64(1);
    l.createdAt = q.i64(2);
    l.channelId = q.optI64(3);
    l.campaignId = q.optI64(4);
    l.operatorId = q.optI64(5);
    l.status = fromCode<LeadStatus>(q.text(6)).value_or(LeadStatus::New);
    l.lostReasonId = q.optI64(7);
    l.externalId = q.text(8);
    l.note = q.text(9);
    l.milestones = readMilestones(q, 10);
    return l;
}

Task readTask(const Query& q) {
    Task t;
    t.id = q.i64(0);
    t.leadId = q.i64(1);
    t.meetingId = q.optI64(2);
    t.assigneeId = q.optI64(3);
    t.kind = fromCode<TaskKind>(q.text(4)).value_or(TaskKind::Callback);
    t.dueAt = q.i64(5);
    t.status = fromCode<TaskStatus>(q.text(6)).value_or(TaskStatus::Open);
    t.note = q.text(7);
    return t;
}

}  // namespace

Id LeadRepository::insertContact(const Contact& c, const QString& searchKey, qint64 at, bool deferSearch) {
    Query q(m_db,
            "INSERT INTO contacts(name, phone_e164, phone_raw, email, search_key, created_at) "
            "VALUES (:name, :e164, :raw, :email, :key, :at) RETURNING id");
    q.bind(":name", c.name).bindText(":e164", c.phoneE164).bindText(":raw", c.phoneRaw);
    q.bindText(":email", c.email).bind(":key", searchKey).bind(":at", at);
    const Id id = q.insert();
    if (!deferSearch && m_db.dialect().engine() == SqlDialect::Engine::SQLite) {
        Query fts(m_db, "INSERT INTO contacts_fts(rowid, search_key) VALUES (:id, :key)");
        fts.bind(":id", id).bind(":key", searchKey).exec();
    }
    return id;
}

void LeadRepository::indexContactsFrom(Id firstId) {
    if (m_db.dialect().engine() == SqlDialect::Engine::SQLite) {
        // The index gathers its terms in memory before writing them: 32 MiB instead of the
        // 1 MiB default writes fewer, larger segments and merges far less (a million contacts:
        // 3.4 -> 1.9 s in the sqlite3 shell). Set back to the default for everyday writes.
        Query(m_db, "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('hashsize', 33554432)").exec();
        Query fts(m_db,
                  "INSERT INTO contacts_fts(rowid, search_key) SELECT id, search_key FROM contacts WHERE id "
                  ">= :first");
        fts.bind(":first", firstId).exec();
        Query(m_db, "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('hashsize', 1048576)").exec();
    }
}

std::optional<Contact> LeadRepository::contact(Id id) {
    // Who may not read phone numbers gets them masked by the server (SQLite's are masked by the
    // services that show them).
    Query q(m_db, m_db.onServer() && !readsPhones(m_db)
                      ? "SELECT c.id, c.name, m.phone_e164, m.phone_raw, c.email FROM contacts c JOIN "
                        "contact_phones_masked m ON m.id = c.id WHERE c.id = :id"
                      : "SELECT id, name, phone_e164, phone_raw, email FROM contacts WHERE id = :id");
    q.bind(":id", id);
    return q.one([](const Query& r) {
        return Contact{r.i64(0), r.text(1), r.text(2), r.text(3), r.text(4)};
    });
}

std::optional<Id> LeadRepository::contactByPhone(const QString& e164) {
    Query q(m_db, "SELECT id FROM contacts WHERE phone_e164 = :e164 ORDER BY id LIMIT 1");
    q.bind(":e164", e164).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

void LeadRepository::forEachContactPhone(const std::function<void(const QString&)>& seen) {
    Query q(m_db, "SELECT phone_e164 FROM contacts WHERE phone_e164 IS NOT NULL");
    q.exec();
    while (q.next()) {
        seen(q.text(0));
    }
}

void LeadRepository::forEachExternalId(const std::function<void(const QString&)>& seen) {
    Query q(m_db,
            "SELECT external_id FROM leads WHERE external_id IS NOT NULL "
            "UNION ALL SELECT external_id FROM lead_touches WHERE external_id IS NOT NULL");
    q.exec();
    while (q.next()) {
        seen(q.text(0));
    }
}

Id LeadRepository::insertLead(const Lead& l, qint64 at) {
    Query q(
        m_db,
        "INSERT INTO leads(contact_id, created_at, channel_id, campaign_id, operator_id, status, "
        "external_id, "
        "note, updated_at) VALUES (:contact, :created, :channel, :campaign, :operator, :status, :external, "
        ":note, :at) RETURNING id");
    q.bind(":contact", l.contactId).bind(":created", l.createdAt).bind(":channel", l.channelId);
    q.bind(":campaign", l.campaignId).bind(":operator", l.operatorId).bind(":status", toCode(l.status));
    q.bindText(":external", l.externalId).bind(":note", l.note).bind(":at", at);
    return q.insert();
}

std::optional<Lead> LeadRepository::lead(Id id) {
    // Who may not read money gets the lead without it.
    Query q(m_db, readsMoney(m_db) ? "SELECT " FD_LEAD_COLUMNS " FROM leads WHERE id = :id"
                                   : "SELECT " FD_LEAD_COLUMNS_NO_MONEY " FROM leads WHERE id = :id");
    q.bind(":id", id);
    return q.one(readLead);
}

std::optional<Id> LeadRepository::leadByExternalId(const QString& externalId) {
    Query q(m_db, "SELECT id FROM leads WHERE external_id = :external");
    q.bind(":external", externalId).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

bool LeadRepository::externalIdKnown(const QString& externalId) {
    Query q(m_db,
            "SELECT EXISTS (SELECT 1 FROM leads WHERE external_id = :external) "
            "OR EXISTS (SELECT 1 FROM lead_touches WHERE external_id = :external)");
    q.bind(":external", externalId).exec();
    return q.next() && q.i64(0) != 0;
}

std::optional<Id> LeadRepository::leadIdByExternalId(const QString& externalId) {
    Query q(m_db,
            "SELECT id FROM leads WHERE external_id = :external "
            "UNION ALL SELECT lead_id FROM lead_touches WHERE external_id = :external LIMIT 1");
    q.bind(":external", externalId).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

std::optional<Id> LeadRepository::recentLeadByPhone(const QString& e164, qint64 since, qint64 until) {
    Query q(m_db,
            "SELECT l.id FROM contacts c JOIN leads l ON l.contact_id = c.id "
            "WHERE c.phone_e164 = :e164 AND l.created_at BETWEEN :since AND :until "
            "ORDER BY l.created_at DESC, l.id DESC LIMIT 1");
    q.bind(":e164", e164).bind(":since", since).bind(":until", until).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

void LeadRepository::updateStatus(Id leadId, LeadStatus status, OptId lostReasonId, qint64 at) {
    Query q(m_db,
            "UPDATE leads SET status = :status, lost_reason_id = :reason, updated_at = :at WHERE id = :id");
    q.bind(":status", toCode(status))
        .bind(":reason", lostReasonId)
        .bind(":at", at)
        .bind(":id", leadId)
        .exec();
}

void LeadRepository::assignOperator(Id leadId, Id operatorId, qint64 at) {
    Query q(m_db, "UPDATE leads SET operator_id = :operator, updated_at = :at WHERE id = :id");
    q.bind(":operator", operatorId).bind(":at", at).bind(":id", leadId).exec();
}

Id LeadRepository::insertTouch(Id leadId, qint64 at, OptId channelId, OptId campaignId, const Contact& seen,
                               const QString& externalId, const QString& note) {
    Query q(
        m_db,
        "INSERT INTO lead_touches(lead_id, at, channel_id, campaign_id, name, phone_raw, email, external_id, "
        "note) VALUES (:lead, :at, :channel, :campaign, :name, :raw, :email, :external, :note) RETURNING id");
    q.bind(":lead", leadId).bind(":at", at).bind(":channel", channelId).bind(":campaign", campaignId);
    q.bind(":name", seen.name).bindText(":raw", seen.phoneRaw).bindText(":email", seen.email);
    q.bindText(":external", externalId).bind(":note", note);
    return q.insert();
}

int LeadRepository::touchCount(Id leadId) {
    Query q(m_db, "SELECT count(*) FROM lead_touches WHERE lead_id = :lead");
    q.bind(":lead", leadId).exec();
    return q.next() ? static_cast<int>(q.i64(0)) : 0;
}

std::vector<LeadRepository::Touch> LeadRepository::touches(Id leadId) {
    Query q(m_db, readsPhones(m_db)
                      ? "SELECT id, at, channel_id, campaign_id, name, phone_raw FROM lead_touches "
                        "WHERE lead_id = :lead ORDER BY at, id"
                      : "SELECT id, at, channel_id, campaign_id, name, '' FROM lead_touches "
                        "WHERE lead_id = :lead ORDER BY at, id");
    q.bind(":lead", leadId);
    return q.all([](const Query& r) {
        return Touch{r.i64(0), r.i64(1), r.optI64(2), r.optI64(3), r.text(4), r.text(5)};
    });
}

Id LeadRepository::insertCall(const CallAttempt& c) {
    Query q(
        m_db,
        "INSERT INTO call_attempts(lead_id, operator_id, called_at, outcome, callback_at, reason_id, note) "
        "VALUES (:lead, :operator, :at, :outcome, :callback, :reason, :note) RETURNING id");
    q.bind(":lead", c.leadId).bind(":operator", c.operatorId).bind(":at", c.calledAt);
    q.bind(":outcome", toCode(c.outcome)).bind(":callback", c.callbackAt).bind(":reason", c.reasonId);
    q.bind(":note", c.note);
    return q.insert();
}

std::vector<CallAttempt> LeadRepository::calls(Id leadId) {
    Query q(m_db,
            "SELECT id, lead_id, operator_id, called_at, outcome, callback_at, reason_id, note FROM "
            "call_attempts "
            "WHERE lead_id = :lead ORDER BY called_at, id");
    q.bind(":lead", leadId);
    return q.all([](const Query& r) {
        CallAttempt c;
        c.id = r.i64(0);
        c.leadId = r.i64(1);
        c.operatorId = r.i64(2);
        c.calledAt = r.i64(3);
        c.outcome = fromCode<CallOutcome>(r.text(4)).value_or(CallOutcome::NoAnswer);
        c.callbackAt = r.optI64(5);
        c.reasonId = r.optI64(6);
        c.note = r.text(7);
        return c;
    });
}

Id LeadRepository::insertTask(const Task& t, qint64 at) {
    Query q(m_db,
            "INSERT INTO tasks(lead_id, meeting_id, assignee_id, kind, due_at, status, note, created_at) "
            "VALUES (:lead, :meeting, :assignee, :kind, :due, 'open', :note, :at) RETURNING id");
    q.bind(":lead", t.leadId).bind(":meeting", t.meetingId).bind(":assignee", t.assigneeId);
    q.bind(":kind", toCode(t.kind)).bind(":due", t.dueAt).bind(":note", t.note).bind(":at", at);
    return q.insert();
}

void LeadRepository::closeTasks(Id leadId, TaskKind kind, qint64 at) {
    Query q(m_db,
            "UPDATE tasks SET status = 'done', done_at = :at "
            "WHERE lead_id = :lead AND kind = :kind AND status = 'open'");
    q.bind(":at", at).bind(":lead", leadId).bind(":kind", toCode(kind)).exec();
}

std::optional<Task> LeadRepository::task(Id id) {
    Query q(
        m_db,
        "SELECT id, lead_id, meeting_id, assignee_id, kind, due_at, status, note FROM tasks WHERE id = :id");
    q.bind(":id", id);
    return q.one(readTask);
}

void LeadRepository::setTaskDue(Id id, qint64 due) {
    Query q(m_db, "UPDATE tasks SET due_at = :due WHERE id = :id");
    q.bind(":due", due).bind(":id", id).exec();
}

std::vector<Task> LeadRepository::openTasks(Id leadId) {
    Query q(m_db,
            "SELECT id, lead_id, meeting_id, assignee_id, kind, due_at, status, note FROM tasks "
            "WHERE lead_id = :lead AND status = 'open' ORDER BY due_at, id");
    q.bind(":lead", leadId);
    return q.all(readTask);
}

void LeadRepository::refreshMilestones(Id leadId, qint64 at) {
    // One statement, so the milestones always equal what the event tables say.
    // On a server the statement runs inside a function with its owner's rights: the milestones
    // must come from every deal and payment, also those the signed-in person may not read.
    Query q(m_db, m_db.onServer() ? "SELECT funneldesk_refresh_lead(:id, :at)" : kRefreshMilestonesSql);
    q.bind(":id", leadId).bind(":at", at).exec();
}

qint64 LeadRepository::leadCount() {
    Query q(m_db, "SELECT count(*) FROM leads");
    q.exec();
    return q.next() ? q.i64(0) : 0;
}

bool LeadRepository::hasContacts() {
    Query q(m_db, "SELECT EXISTS (SELECT 1 FROM contacts)");
    q.exec();
    return q.next() && q.i64(0) != 0;
}

LeadRepository::StageTotals LeadRepository::stageTotals() {
    Query q(
        m_db,
        "SELECT count(*), count(first_contact_at), count(booked_at), count(arrived_at), count(target_at), "
        "count(sold_at), count(first_paid_at), coalesce(sum(revenue), 0) FROM leads");
    q.exec();
    StageTotals t;
    if (q.next()) {
        t = StageTotals{q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.i64(4), q.i64(5), q.i64(6), q.i64(7)};
    }
    return t;
}

OptId LeadRepository::officeOf(Id leadId) {
    Query q(m_db, "SELECT office_id FROM leads WHERE id = :id");
    q.bind(":id", leadId);
    return q.one([](const Query& r) { return r.optI64(0); }).value_or(std::nullopt);
}

}  // namespace fd::core
