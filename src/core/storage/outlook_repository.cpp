#include "storage/outlook_repository.h"

#include "storage/query.h"

namespace fd::core {

std::vector<OutlookMeeting> OutlookRepository::meetings(qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT coalesce(l.operator_id, 0), m.office_id, m.booked_at, m.scheduled_at, m.status, "
            "m.qualification = 'target', m.outcome = 'sale' FROM meetings m JOIN leads l ON l.id = m.lead_id "
            "WHERE m.scheduled_at >= :from AND m.scheduled_at < :to "
            "AND m.status NOT IN ('cancelled', 'rescheduled')");
    q.bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) {
        OutlookMeeting m;
        m.operatorId = r.i64(0);
        m.officeId = r.i64(1);
        m.bookedAt = r.i64(2);
        m.scheduledAt = r.i64(3);
        const QString status = r.text(4);
        m.state = status == QLatin1String("arrived")   ? OutlookMeeting::State::Arrived
                  : status == QLatin1String("no_show") ? OutlookMeeting::State::NoShow
                                                       : OutlookMeeting::State::Pending;
        m.target = r.i64(5) != 0;
        m.sold = r.i64(6) != 0;
        return m;
    });
}

std::vector<OutlookFollowUp> OutlookRepository::followUps(qint64 from, qint64 to, qint64 soldBefore) {
    Query q(
        m_db,
        "SELECT coalesce(m.office_id, 0), t.created_at, t.due_at, t.done_at, "
        "EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = t.lead_id AND d.signed_at >= t.created_at "
        "AND d.signed_at < :sold) FROM tasks t LEFT JOIN meetings m ON m.id = t.meeting_id "
        "WHERE t.kind = 'follow_up' AND t.status <> 'cancelled' AND t.due_at >= :from AND t.due_at < :to");
    q.bind(":from", from).bind(":to", to).bind(":sold", soldBefore);
    return q.all([](const Query& r) {
        return OutlookFollowUp{r.i64(0), r.i64(1), r.i64(2), r.optI64(3), r.i64(4) != 0};
    });
}

}  // namespace fd::core
