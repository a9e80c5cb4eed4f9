#include "storage/health_repository.h"

#include "storage/database.h"
#include "storage/query.h"

#include <algorithm>

namespace fd::core {

namespace {

// Every gap query gives the same columns: lead, meeting, deal, contact, when, the employee it
// falls to (id, name), the office (id, name), whether the lead came from a file, and the lead's
// operator.
GapRow readRow(const Query& r) {
    GapRow g;
    g.record.leadId = r.optI64(0);
    g.record.meetingId = r.optI64(1);
    g.record.dealId = r.optI64(2);
    g.record.contactId = r.optI64(3);
    g.record.at = r.i64(4);
    g.employeeId = r.optI64(5);
    g.employeeName = r.text(6);
    g.officeId = r.optI64(7);
    g.officeName = r.text(8);
    g.imported = r.i64(9) != 0;
    g.record.operatorId = r.optI64(10);
    return g;
}

// An office's gap on a meeting: the manager it falls to, `AT` the moment it arose.
#define FD_MEETING_GAP(AT)                                                                   \
    "SELECT m.lead_id, m.id, NULL, l.contact_id, " AT                                        \
    ", m.manager_id, g.name, m.office_id, o.name, "                                          \
    "CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "                      \
    "FROM meetings m JOIN leads l ON l.id = m.lead_id JOIN offices o ON o.id = m.office_id " \
    "LEFT JOIN employees g ON g.id = m.manager_id "

#define FD_LEAD_GAP                                                                                     \
    "SELECT l.id, NULL, NULL, l.contact_id, l.created_at, l.operator_id, e.name, l.office_id, o.name, " \
    "CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "                                 \
    "FROM leads l LEFT JOIN employees e ON e.id = l.operator_id LEFT JOIN offices o ON o.id = l.office_id "

}  // namespace

std::vector<GapRow> HealthRepository::unmarkedMeetings(qint64 from, qint64 to, qint64 before) {
    Query q(
        m_db,
        FD_MEETING_GAP("m.scheduled_at")
            "WHERE m.status IN ('scheduled', 'confirmed') AND m.scheduled_at >= :from AND m.scheduled_at < :to "
        "AND m.scheduled_at < :before ORDER BY m.scheduled_at, m.id");
    q.bind(":from", from).bind(":to", to).bind(":before", before);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::arrivalsWithoutOutcome(qint64 from, qint64 to, qint64 before) {
    Query q(m_db,
            FD_MEETING_GAP("m.arrived_at")
            "WHERE m.status = 'arrived' AND (m.outcome IS NULL OR m.qualification IS NULL) "
            "AND m.arrived_at >= :from AND m.arrived_at < :to AND m.arrived_at < :before "
            "ORDER BY m.arrived_at, m.id");
    q.bind(":from", from).bind(":to", to).bind(":before", before);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::thinkingWithoutFollowUp(qint64 from, qint64 to) {
    Query q(
        m_db,
        FD_MEETING_GAP("coalesce(m.outcome_at, m.arrived_at)")
            "WHERE m.outcome = 'thinking' AND l.status = 'follow_up' "
        "AND coalesce(m.outcome_at, m.arrived_at) >= :from AND coalesce(m.outcome_at, m.arrived_at) < :to "
        "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.lead_id = m.lead_id AND t.kind = 'follow_up' "
        "AND t.status = 'open') "
        "AND NOT EXISTS (SELECT 1 FROM meetings n WHERE n.lead_id = m.lead_id AND n.outcome = 'thinking' "
        "AND coalesce(n.outcome_at, n.arrived_at) > coalesce(m.outcome_at, m.arrived_at)) "
        "ORDER BY m.arrived_at, m.id");
    q.bind(":from", from).bind(":to", to);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::followUpsOverdue(qint64 from, qint64 to, qint64 now) {
    Query q(m_db,
            "SELECT t.lead_id, t.meeting_id, NULL, l.contact_id, t.due_at, coalesce(t.assignee_id, "
            "m.manager_id), "
            "g.name, coalesce(m.office_id, l.office_id), o.name, "
            "CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "
            "FROM tasks t JOIN leads l ON l.id = t.lead_id LEFT JOIN meetings m ON m.id = t.meeting_id "
            "LEFT JOIN employees g ON g.id = coalesce(t.assignee_id, m.manager_id) "
            "LEFT JOIN offices o ON o.id = coalesce(m.office_id, l.office_id) "
            "WHERE t.kind = 'follow_up' AND t.status = 'open' AND t.due_at < :now "
            "AND t.due_at >= :from AND t.due_at < :to ORDER BY t.due_at, t.id");
    q.bind(":from", from).bind(":to", to).bind(":now", now);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::lostWithoutReason(qint64 from, qint64 to) {
    Query q(m_db, FD_LEAD_GAP
            "WHERE l.status IN ('lost', 'non_target') AND l.lost_reason_id IS NULL "
            "AND l.created_at >= :from AND l.created_at < :to "
            "AND NOT EXISTS (SELECT 1 FROM call_attempts a WHERE a.lead_id = l.id AND a.outcome = "
            "'wrong_number') "
            "ORDER BY l.created_at, l.id");
    q.bind(":from", from).bind(":to", to);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::leadsWithoutSource(qint64 from, qint64 to) {
    // The person who typed a lead is the one its creation is audited to; a file's leads have
    // an id from another CRM. A lead with a channel but no campaign is the channel's (its tags).
    Query q(
        m_db,
        "SELECT l.id, NULL, NULL, l.contact_id, l.created_at, "
        "(SELECT a.employee_id FROM audit_log a WHERE a.entity = 'lead' AND a.entity_id = l.id "
        "AND a.action = 'create' ORDER BY a.id LIMIT 1), "
        "(SELECT e.name FROM audit_log a JOIN employees e ON e.id = a.employee_id WHERE a.entity = 'lead' "
        "AND a.entity_id = l.id AND a.action = 'create' ORDER BY a.id LIMIT 1), "
        "l.office_id, o.name, CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id, "
        "l.channel_id, ch.name "
        "FROM leads l LEFT JOIN offices o ON o.id = l.office_id LEFT JOIN channels ch ON ch.id = "
        "l.channel_id "
        "WHERE l.created_at >= :from AND l.created_at < :to AND (l.channel_id IS NULL OR "
        "(l.campaign_id IS NULL AND EXISTS (SELECT 1 FROM campaigns c WHERE c.channel_id = l.channel_id "
        "AND c.active = 1))) ORDER BY l.created_at, l.id");
    q.bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) {
        GapRow g = readRow(r);
        g.record.channelId = r.optI64(11);
        g.channelName = r.text(12);
        return g;
    });
}

std::vector<GapRow> HealthRepository::moneyOverdue(qint64 from, qint64 to, qint64 now, qint64 quiet) {
    // Overdue from the day the money stopped: a month after the last payment, or after signing.
    Query q(
        m_db,
        "SELECT d.lead_id, d.meeting_id, d.id, l.contact_id, "
        "coalesce((SELECT max(p.paid_at) FROM payments p WHERE p.deal_id = d.id), d.signed_at) + :quiet, "
        "d.manager_id, g.name, coalesce(m.office_id, l.office_id), o.name, "
        "CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "
        "FROM deals d JOIN leads l ON l.id = d.lead_id LEFT JOIN meetings m ON m.id = d.meeting_id "
        "LEFT JOIN employees g ON g.id = d.manager_id "
        "LEFT JOIN offices o ON o.id = coalesce(m.office_id, l.office_id) "
        "WHERE d.amount IS NOT NULL "
        "AND d.amount > (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.deal_id = d.id) "
        "AND coalesce((SELECT max(p.paid_at) FROM payments p WHERE p.deal_id = d.id), d.signed_at) + :quiet "
        "BETWEEN :from AND :last "
        "ORDER BY d.signed_at, d.id");
    q.bind(":from", from).bind(":last", std::min(to, now) - 1).bind(":quiet", quiet);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::duplicateContacts(qint64 from, qint64 to) {
    // The newer contact of each pair is the duplicate; its latest lead is the one to open.
    Query q(
        m_db,
        "SELECT (SELECT max(l.id) FROM leads l WHERE l.contact_id = c.id), NULL, NULL, c.id, c.created_at, "
        "NULL, '', NULL, '', 0, NULL FROM contacts c "
        "WHERE c.created_at >= :from AND c.created_at < :to AND ("
        "(c.phone_e164 IS NOT NULL AND EXISTS (SELECT 1 FROM contacts o WHERE o.phone_e164 = c.phone_e164 "
        "AND o.id < c.id)) OR "
        "(c.email IS NOT NULL AND c.email <> '' AND EXISTS (SELECT 1 FROM contacts o WHERE o.email = c.email "
        "AND o.id < c.id))) ORDER BY c.created_at, c.id");
    q.bind(":from", from).bind(":to", to);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::repeatLeads(qint64 from, qint64 to, qint64 window) {
    Query q(m_db, FD_LEAD_GAP
            "WHERE l.created_at >= :from AND l.created_at < :to AND EXISTS (SELECT 1 FROM leads p "
            "WHERE p.contact_id = l.contact_id AND p.id < l.id AND p.created_at <= l.created_at "
            "AND p.created_at >= l.created_at - :window) ORDER BY l.created_at, l.id");
    q.bind(":from", from).bind(":to", to).bind(":window", window);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::inactiveBookers(qint64 now) {
    Query q(
        m_db,
        "SELECT m.lead_id, m.id, NULL, l.contact_id, m.scheduled_at, m.booked_by_id, b.name, m.office_id, "
        "o.name, CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "
        "FROM meetings m JOIN leads l ON l.id = m.lead_id JOIN offices o ON o.id = m.office_id "
        "JOIN employees b ON b.id = m.booked_by_id "
        "WHERE m.status IN ('scheduled', 'confirmed') AND m.scheduled_at >= :now AND b.active = 0 "
        "ORDER BY m.scheduled_at, m.id");
    q.bind(":now", now);
    return q.all(readRow);
}

std::vector<GapRow> HealthRepository::closedOfficeRecords(qint64 now) {
    Query q(
        m_db,
        FD_MEETING_GAP("m.scheduled_at")
            "WHERE o.active = 0 AND m.status IN ('scheduled', 'confirmed') AND m.scheduled_at >= :now "
        "UNION ALL "
        "SELECT t.lead_id, t.meeting_id, NULL, l.contact_id, t.due_at, t.assignee_id, g.name, o.id, o.name, "
        "CASE WHEN l.external_id IS NULL THEN 0 ELSE 1 END, l.operator_id "
        "FROM tasks t JOIN leads l ON l.id = t.lead_id LEFT JOIN meetings m ON m.id = t.meeting_id "
        "JOIN offices o ON o.id = coalesce(m.office_id, l.office_id) "
        "LEFT JOIN employees g ON g.id = t.assignee_id "
        "WHERE o.active = 0 AND t.kind = 'follow_up' AND t.status = 'open'");
    q.bind(":now", now);
    return q.all(readRow);
}

std::vector<LeadArrival> HealthRepository::leadArrivals(qint64 from, qint64 to) {
    Query q(m_db, "SELECT created_at, channel_id FROM leads WHERE created_at >= :from AND created_at < :to");
    q.bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) { return LeadArrival{r.i64(0), r.optI64(1)}; });
}

std::vector<ChannelDayFigure> HealthRepository::spend(const QString& fromDay, const QString& toDay) {
    Query q(
        m_db,
        "SELECT s.day, s.channel_id, c.name, sum(s.amount) FROM ad_spend s JOIN channels c ON c.id = "
        "s.channel_id "
        "WHERE s.day >= :from AND s.day <= :to GROUP BY s.day, s.channel_id, c.name ORDER BY s.day, c.name");
    q.bind(":from", fromDay).bind(":to", toDay);
    return q.all([](const Query& r) { return ChannelDayFigure{r.text(0), r.i64(1), r.text(2), r.i64(3)}; });
}

std::vector<ChannelDayFigure> HealthRepository::visitors(const QString& fromDay, const QString& toDay) {
    Query q(m_db,
            "SELECT v.day, v.channel_id, c.name, sum(v.visitors) FROM site_visitors v "
            "JOIN channels c ON c.id = v.channel_id WHERE v.day >= :from AND v.day <= :to "
            "GROUP BY v.day, v.channel_id, c.name ORDER BY v.day, c.name");
    q.bind(":from", fromDay).bind(":to", toDay);
    return q.all([](const Query& r) { return ChannelDayFigure{r.text(0), r.i64(1), r.text(2), r.i64(3)}; });
}

std::vector<std::pair<Id, QString>> HealthRepository::paidChannels() {
    Query q(m_db,
            "SELECT c.id, c.name FROM channels c WHERE EXISTS (SELECT 1 FROM ad_spend s WHERE s.channel_id = "
            "c.id "
            "AND s.amount > 0) ORDER BY c.name");
    return q.all([](const Query& r) { return std::pair<Id, QString>{r.i64(0), r.text(1)}; });
}

std::vector<Id> HealthRepository::visitedChannels() {
    Query q(
        m_db,
        "SELECT c.id FROM channels c WHERE EXISTS (SELECT 1 FROM site_visitors v WHERE v.channel_id = c.id) "
        "ORDER BY c.id");
    return q.all([](const Query& r) { return r.i64(0); });
}

}  // namespace fd::core
