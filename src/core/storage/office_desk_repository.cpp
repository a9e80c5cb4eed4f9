#include "storage/office_desk_repository.h"

#include "storage/database.h"
#include "storage/query.h"

namespace fd::core {

namespace {

#define FD_DESK_MEETING                                                                                    \
    "SELECT m.id, m.lead_id, m.scheduled_at, m.status, m.outcome, m.qualification, c.name, c.phone_e164, " \
    "c.phone_raw, b.name, m.manager_id, g.name, (SELECT count(*) FROM deals d WHERE d.meeting_id = m.id) " \
    "FROM meetings m JOIN leads l ON l.id = m.lead_id JOIN contacts c ON c.id = l.contact_id "             \
    "LEFT JOIN employees b ON b.id = m.booked_by_id LEFT JOIN employees g ON g.id = m.manager_id "

DeskMeeting readMeeting(const Query& r) {
    DeskMeeting m;
    m.meetingId = r.i64(0);
    m.leadId = r.i64(1);
    m.scheduledAt = r.i64(2);
    m.status = fromCode<MeetingStatus>(r.text(3)).value_or(MeetingStatus::Scheduled);
    if (!r.isNull(4)) {
        m.outcome = fromCode<MeetingOutcome>(r.text(4));
    }
    if (!r.isNull(5)) {
        m.qualification = fromCode<Qualification>(r.text(5));
    }
    m.client = r.text(6);
    m.phoneE164 = r.text(7);
    m.phoneRaw = r.text(8);
    m.bookedBy = r.text(9);
    m.managerId = r.optI64(10);
    m.manager = r.text(11);
    m.deals = static_cast<int>(r.i64(12));
    return m;
}

#define FD_DESK_DEAL                                                                                         \
    "SELECT d.id, d.lead_id, d.meeting_id, d.signed_at, d.amount, "                                          \
    "(SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.deal_id = d.id), c.name, d.product, g.name " \
    "FROM deals d JOIN leads l ON l.id = d.lead_id JOIN contacts c ON c.id = l.contact_id "                  \
    "LEFT JOIN meetings m ON m.id = d.meeting_id LEFT JOIN employees g ON g.id = d.manager_id "

DeskDeal readDeal(const Query& r) {
    DeskDeal d;
    d.dealId = r.i64(0);
    d.leadId = r.i64(1);
    d.meetingId = r.optI64(2);
    d.signedAt = r.i64(3);
    d.amount = r.optI64(4);
    d.paid = r.i64(5);
    d.client = r.text(6);
    d.product = r.text(7);
    d.manager = r.text(8);
    return d;
}

}  // namespace

std::vector<DeskMeeting> OfficeDeskRepository::meetings(Id officeId, qint64 from, qint64 to) {
    Query q(m_db, FD_DESK_MEETING
            "WHERE m.office_id = :office AND m.scheduled_at >= :from AND m.scheduled_at < :to "
            "ORDER BY m.scheduled_at, m.id");
    q.bind(":office", officeId).bind(":from", from).bind(":to", to);
    return q.all(readMeeting);
}

std::vector<DeskMeeting> OfficeDeskRepository::unmarked(Id officeId, qint64 since, qint64 before) {
    Query q(m_db, FD_DESK_MEETING
            "WHERE m.office_id = :office AND m.scheduled_at >= :since AND m.scheduled_at < :before "
            "AND m.status IN ('scheduled', 'confirmed') ORDER BY m.scheduled_at, m.id");
    q.bind(":office", officeId).bind(":since", since).bind(":before", before);
    return q.all(readMeeting);
}

std::vector<FollowUpItem> OfficeDeskRepository::followUps(Id officeId, int limit) {
    Query q(
        m_db,
        "SELECT t.id, t.lead_id, t.meeting_id, t.due_at, coalesce(m.arrived_at, m.scheduled_at, 0), c.name, "
        "c.phone_e164, coalesce(t.assignee_id, m.manager_id), g.name "
        "FROM tasks t JOIN leads l ON l.id = t.lead_id JOIN contacts c ON c.id = l.contact_id "
        "LEFT JOIN meetings m ON m.id = t.meeting_id "
        "LEFT JOIN employees g ON g.id = coalesce(t.assignee_id, m.manager_id) "
        "WHERE t.status = 'open' AND t.kind = 'follow_up' AND coalesce(m.office_id, l.office_id) = :office "
        "ORDER BY t.due_at, t.id LIMIT :limit");
    q.bind(":office", officeId).bind(":limit", limit);
    return q.all([](const Query& r) {
        FollowUpItem f;
        f.taskId = r.i64(0);
        f.leadId = r.i64(1);
        f.meetingId = r.optI64(2);
        f.dueAt = r.i64(3);
        f.metAt = r.i64(4);
        f.client = r.text(5);
        f.phoneE164 = r.text(6);
        f.managerId = r.optI64(7);
        f.manager = r.text(8);
        return f;
    });
}

std::vector<DeskDeal> OfficeDeskRepository::deals(Id officeId, qint64 since, int limit) {
    Query q(m_db, FD_DESK_DEAL
            "WHERE d.signed_at >= :since AND coalesce(m.office_id, l.office_id) = :office "
            "ORDER BY d.signed_at DESC, d.id DESC LIMIT :limit");
    q.bind(":office", officeId).bind(":since", since).bind(":limit", limit);
    return q.all(readDeal);
}

std::optional<DeskDeal> OfficeDeskRepository::deal(Id dealId) {
    Query q(m_db, FD_DESK_DEAL "WHERE d.id = :id");
    q.bind(":id", dealId);
    return q.one(readDeal);
}

std::vector<CashLine> OfficeDeskRepository::payments(Id officeId, qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT p.id, p.deal_id, p.paid_at, p.amount, p.method, c.name, d.product "
            "FROM payments p JOIN deals d ON d.id = p.deal_id JOIN leads l ON l.id = d.lead_id "
            "JOIN contacts c ON c.id = l.contact_id LEFT JOIN meetings m ON m.id = d.meeting_id "
            "WHERE p.paid_at >= :from AND p.paid_at < :to AND coalesce(m.office_id, l.office_id) = :office "
            "ORDER BY p.paid_at, p.id");
    q.bind(":office", officeId).bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) {
        CashLine c;
        c.paymentId = r.i64(0);
        c.dealId = r.i64(1);
        c.paidAt = r.i64(2);
        c.amount = r.i64(3);
        c.method = fromCode<PaymentMethod>(r.text(4)).value_or(PaymentMethod::Cash);
        c.client = r.text(5);
        c.product = r.text(6);
        return c;
    });
}

}  // namespace fd::core
