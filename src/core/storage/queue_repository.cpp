#include "storage/queue_repository.h"

#include "storage/database.h"
#include "storage/query.h"

#include <array>
#include <string>

namespace fd::core {

namespace {

// Each list is "FROM ... WHERE ..." shared by its count and its rows, so the two never
// disagree. Leads are the operator's when nobody has them yet or they are the operator's own.
const char* const kOwn = " AND (l.operator_id IS NULL OR l.operator_id = :op)";

// Each office's own deadline for confirmations, from a JSON list bound as one value.
const char* const kOfficeDeadline[2] = {
    "(SELECT json_extract(b.value, '$.until') FROM json_each(:byOffice) b"
    " WHERE json_extract(b.value, '$.office') = m.office_id)",
    "(SELECT CAST(b ->> 'until' AS BIGINT) FROM jsonb_array_elements(CAST(:byOffice AS jsonb)) b"
    " WHERE CAST(b ->> 'office' AS BIGINT) = m.office_id)"};

/// 0 for SQLite, 1 for a server: the index of an engine's variant of a statement.
int engineIndex(const Database& db) {
    return db.onServer() ? 1 : 0;
}

std::string fromWhere(QueueTab tab, int engine) {
    const std::string newLeads = std::string(" FROM leads l WHERE l.status = 'new'") + kOwn;
    const std::string callbacks =
        " FROM tasks t JOIN leads l ON l.id = t.lead_id WHERE t.status = 'open' AND t.kind = 'callback'"
        " AND t.due_at <= :now AND (t.assignee_id IS NULL OR t.assignee_id = :op)";
    const std::string confirmations =
        std::string(
            " FROM meetings m JOIN leads l ON l.id = m.lead_id WHERE m.status = 'scheduled'"
            " AND m.scheduled_at >= :now AND m.scheduled_at < :until"
            " AND m.scheduled_at < coalesce(") +
        kOfficeDeadline[engine] + ", :until)" + kOwn;
    // Leads whose latest meeting was a no-show (its time is kept on the lead row), back with
    // the call center and with no meeting ahead: a range of the partial index leads_rebook.
    const std::string noShows =
        std::string(
            " FROM leads l WHERE l.status = 'in_progress' AND l.last_no_show_at >= :since"
            " AND l.next_meeting_at IS NULL") +
        kOwn;
    switch (tab) {
        case QueueTab::NewLeads:
            return newLeads;
        case QueueTab::Callbacks:
            return callbacks;
        case QueueTab::Confirmations:
            return confirmations;
        case QueueTab::NoShows:
            break;
    }
    return noShows;
}

const char* countSql(QueueTab tab, int engine) {
    static const auto build = [](int e) {
        std::array<std::string, kQueueTabCount> sql;
        for (int t = 0; t < kQueueTabCount; ++t) {
            sql[static_cast<std::size_t>(t)] = "SELECT count(*)" + fromWhere(static_cast<QueueTab>(t), e);
        }
        return sql;
    };
    static const std::array<std::string, kQueueTabCount> sql[2] = {build(0), build(1)};
    return sql[engine][static_cast<std::size_t>(tab)].c_str();
}

const char* itemsSql(QueueTab tab, int engine) {
    // The list's own columns, then the lead's contact and source joined by id.
    static const auto build = [](int e, const char* own, QueueTab t, const char* order) {
        return std::string(
                   "SELECT q.lead_id, q.meeting_id, q.task_id, q.at, c.name, c.phone_e164, c.phone_raw, "
                   "ch.name, cp.name, o.name, l.created_at, l.status, "
                   "(SELECT count(*) FROM call_attempts a WHERE a.lead_id = l.id), o.time_zone, "
                   "l.operator_id "
                   "FROM (SELECT ") +
               own + fromWhere(t, e) + " ORDER BY " + order +
               " LIMIT :limit) q JOIN leads l ON l.id = q.lead_id JOIN contacts c ON c.id = l.contact_id "
               "LEFT JOIN channels ch ON ch.id = l.channel_id LEFT JOIN campaigns cp ON cp.id = "
               "l.campaign_id "
               "LEFT JOIN offices o ON o.id = q.office_id ORDER BY q.ord, q.lead_id";
    };
    static const auto all = [](int e) {
        return std::array<std::string, kQueueTabCount>{
            build(e,
                  "l.id AS lead_id, NULL AS meeting_id, NULL AS task_id, l.created_at AS at, l.office_id AS "
                  "office_id, "
                  "l.created_at AS ord",
                  QueueTab::NewLeads, "l.created_at, l.id"),
            build(e,
                  "l.id AS lead_id, NULL AS meeting_id, t.id AS task_id, t.due_at AS at, l.office_id AS "
                  "office_id, "
                  "t.due_at AS ord",
                  QueueTab::Callbacks, "t.due_at, t.id"),
            build(
                e,
                "l.id AS lead_id, m.id AS meeting_id, NULL AS task_id, m.scheduled_at AS at, m.office_id AS "
                "office_id, "
                "m.scheduled_at AS ord",
                QueueTab::Confirmations, "m.scheduled_at, m.id"),
            build(e,
                  "l.id AS lead_id, (SELECT m.id FROM meetings m WHERE m.lead_id = l.id AND m.status = "
                  "'no_show' "
                  "AND m.scheduled_at = l.last_no_show_at ORDER BY m.id DESC LIMIT 1) AS meeting_id, NULL AS "
                  "task_id, "
                  "l.last_no_show_at AS at, l.office_id AS office_id, -l.last_no_show_at AS ord",
                  QueueTab::NoShows, "l.last_no_show_at DESC, l.id DESC")};
    };
    static const std::array<std::string, kQueueTabCount> sql[2] = {all(0), all(1)};
    return sql[engine][static_cast<std::size_t>(tab)].c_str();
}

void bindScope(Query& q, QueueTab tab, const QueueScope& s) {
    q.bind(":op", s.operatorId);
    switch (tab) {
        case QueueTab::NewLeads:
            break;
        case QueueTab::Callbacks:
            q.bind(":now", s.now);
            break;
        case QueueTab::Confirmations:
            q.bind(":now", s.now).bind(":until", s.confirmUntil).bind(":byOffice", s.confirmUntilByOffice);
            break;
        case QueueTab::NoShows:
            q.bind(":since", s.noShowSince);
            break;
    }
}

}  // namespace

QueueCounts QueueRepository::counts(const QueueScope& scope) {
    QueueCounts counts;
    for (int i = 0; i < kQueueTabCount; ++i) {
        const auto tab = static_cast<QueueTab>(i);
        Query q(m_db, countSql(tab, engineIndex(m_db)));
        bindScope(q, tab, scope);
        counts.tab[i] = q.one([](Query& r) { return r.i64(0); }).value_or(0);
    }
    Query late(m_db,
               "SELECT count(*) FROM leads l WHERE l.status = 'new' AND l.created_at < :deadline "
               "AND (l.operator_id IS NULL OR l.operator_id = :op)");
    late.bind(":deadline", scope.slaDeadline).bind(":op", scope.operatorId);
    counts.overSla = late.one([](Query& r) { return r.i64(0); }).value_or(0);
    return counts;
}

std::optional<Id> QueueRepository::claimNewLead(Id operatorId, qint64 at) {
    // SQLite runs one writer at a time (BEGIN IMMEDIATE), so the plain subquery is atomic there.
    static const char* const sql[2] = {
        "UPDATE leads SET operator_id = :op, updated_at = :at WHERE id = (SELECT id FROM leads "
        "WHERE status = 'new' AND operator_id IS NULL ORDER BY created_at, id LIMIT 1) RETURNING id",
        "UPDATE leads SET operator_id = :op, updated_at = :at WHERE id = (SELECT id FROM leads "
        "WHERE status = 'new' AND operator_id IS NULL ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP "
        "LOCKED) "
        "RETURNING id"};
    Query q(m_db, sql[engineIndex(m_db)]);
    q.bind(":op", operatorId).bind(":at", at);
    return q.one([](Query& r) { return r.i64(0); });
}

bool QueueRepository::claimLead(Id leadId, Id operatorId, qint64 at) {
    Query q(m_db,
            "UPDATE leads SET operator_id = :op, updated_at = CASE WHEN operator_id IS NULL THEN :at ELSE "
            "updated_at END WHERE id = :id AND (operator_id IS NULL OR operator_id = :op) RETURNING id");
    q.bind(":op", operatorId).bind(":at", at).bind(":id", leadId);
    return q.one([](Query& r) { return r.i64(0); }).has_value();
}

std::vector<QueueItem> QueueRepository::items(QueueTab tab, const QueueScope& scope, int limit) {
    Query q(m_db, itemsSql(tab, engineIndex(m_db)));
    bindScope(q, tab, scope);
    q.bind(":limit", limit);
    return q.all([](Query& r) {
        QueueItem item;
        item.leadId = r.i64(0);
        item.meetingId = r.optI64(1);
        item.taskId = r.optI64(2);
        item.at = r.i64(3);
        item.name = r.text(4);
        item.phoneE164 = r.text(5);
        item.phoneRaw = r.text(6);
        item.channel = r.text(7);
        item.campaign = r.text(8);
        item.office = r.text(9);
        item.createdAt = r.i64(10);
        item.status = fromCode<LeadStatus>(r.text(11)).value_or(LeadStatus::New);
        item.calls = static_cast<int>(r.i64(12));
        item.officeZone = r.text(13);
        item.operatorId = r.optI64(14);
        return item;
    });
}

}  // namespace fd::core
