#include "storage/outlook_repository.h"

#include "storage/query.h"

namespace fd::core {

std::vector<OutlookCount> OutlookRepository::meetings(qint64 from, qint64 to, qint64 bookedBefore) {
    // Counted in SQL: a month of a large company is a hundred thousand meetings, a few thousand groups.
    Query q(m_db,
            "SELECT coalesce(l.operator_id, 0), m.office_id, "
            "CASE WHEN m.scheduled_at < m.booked_at THEN 0 WHEN m.scheduled_at - m.booked_at >= 1441 * 3600 "
            "THEN 1440 ELSE (m.scheduled_at - m.booked_at) / 3600 END, count(*), "
            "sum(CASE WHEN m.status IN ('arrived', 'no_show') THEN 1 ELSE 0 END), "
            "sum(CASE WHEN m.status = 'arrived' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN m.status = 'arrived' AND m.qualification = 'target' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN m.status = 'arrived' AND m.outcome = 'sale' THEN 1 ELSE 0 END) "
            "FROM meetings m JOIN leads l ON l.id = m.lead_id "
            "WHERE m.status IN ('scheduled', 'confirmed', 'arrived', 'no_show') "
            "AND m.scheduled_at >= :from AND m.scheduled_at < :to AND m.booked_at < :booked "
            "GROUP BY 1, 2, 3");  // by meetings_status
    q.bind(":from", from).bind(":to", to).bind(":booked", bookedBefore);
    return q.all([](const Query& r) {
        OutlookCount c;
        c.operatorId = r.i64(0);
        c.officeId = r.i64(1);
        c.leadHours = r.i64(2);
        c.booked = r.i64(3);
        c.due = r.i64(4);
        c.arrived = r.i64(5);
        c.dueArrived = c.arrived;
        c.target = r.i64(6);
        c.sold = r.i64(7);
        return c;
    });
}

std::vector<FollowUpCount> OutlookRepository::followUps(qint64 from, qint64 to, qint64 setBefore,
                                                        qint64 openAt, qint64 soldBefore) {
    Query q(m_db,
            "SELECT coalesce(m.office_id, 0), count(*), "
            "sum(CASE WHEN EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = t.lead_id AND d.signed_at >= "
            "t.created_at AND d.signed_at < :sold) THEN 1 ELSE 0 END) FROM tasks t LEFT JOIN meetings m ON "
            "m.id = t.meeting_id "
            "WHERE t.status IN ('open', 'done') AND t.kind = 'follow_up' AND t.due_at >= :from "
            "AND t.due_at < :to AND t.created_at < :set AND (t.done_at IS NULL OR t.done_at >= :open) "
            "GROUP BY 1");  // by tasks_open
    q.bind(":from", from)
        .bind(":to", to)
        .bind(":sold", soldBefore)
        .bind(":set", setBefore)
        .bind(":open", openAt);
    return q.all([](const Query& r) { return FollowUpCount{r.i64(0), r.i64(1), r.i64(2)}; });
}

}  // namespace fd::core
