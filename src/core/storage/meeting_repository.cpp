#include "storage/meeting_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

#define FD_MEETING_COLUMNS                                                                              \
    "id, lead_id, office_id, manager_id, booked_by_id, booked_at, scheduled_at, status, confirmed_at, " \
    "arrived_at, outcome, outcome_reason_id, qualification, outcome_at, note, rescheduled_from_id"

Meeting readMeeting(const Query& q) {
    Meeting m;
    m.id = q.i64(0);
    m.leadId = q.i64(1);
    m.officeId = q.i64(2);
    m.managerId = q.optI64(3);
    m.bookedById = q.optI64(4);
    m.bookedAt = q.i64(5);
    m.scheduledAt = q.i64(6);
    m.status = fromCode<MeetingStatus>(q.text(7)).value_or(MeetingStatus::Scheduled);
    m.confirmedAt = q.optI64(8);
    m.arrivedAt = q.optI64(9);
    if (!q.isNull(10)) {
        m.outcome = fromCode<MeetingOutcome>(q.text(10));
    }
    m.outcomeReasonId = q.optI64(11);
    if (!q.isNull(12)) {
        m.qualification = fromCode<Qualification>(q.text(12));
    }
    m.outcomeAt = q.optI64(13);
    m.note = q.text(14);
    m.rescheduledFromId = q.optI64(15);
    return m;
}

}  // namespace

Id MeetingRepository::insert(const Meeting& m) {
    Query q(
        m_db,
        "INSERT INTO meetings(lead_id, office_id, manager_id, booked_by_id, booked_at, scheduled_at, status, "
        "arrived_at, note, rescheduled_from_id) VALUES (:lead, :office, :manager, :by, :booked, :scheduled, "
        ":status, :arrived, :note, :from) RETURNING id");
    q.bind(":lead", m.leadId).bind(":office", m.officeId).bind(":manager", m.managerId);
    q.bind(":by", m.bookedById).bind(":booked", m.bookedAt).bind(":scheduled", m.scheduledAt);
    q.bind(":status", toCode(m.status)).bind(":arrived", m.arrivedAt).bind(":note", m.note);
    q.bind(":from", m.rescheduledFromId);
    return q.insert();
}

namespace {
/// The advisory lock space of offices' slots ("FD" and 1).
constexpr qint64 kOfficeSlotsLockSpace = 0x464401;
}  // namespace

void MeetingRepository::lockOfficeSlots(Id officeId) {
    if (!m_db.onServer()) {
        return;
    }
    // A lock held until the transaction ends, taken by everyone who books in this office: a lock
    // rather than a row lock, which would need the right to change the office.
    Query q(m_db, "SELECT pg_advisory_xact_lock(CAST(:space AS INTEGER), CAST(:id AS INTEGER))");
    q.bind(":space", kOfficeSlotsLockSpace).bind(":id", officeId).exec();
}

std::optional<Meeting> MeetingRepository::meeting(Id id) {
    Query q(m_db, "SELECT " FD_MEETING_COLUMNS " FROM meetings WHERE id = :id");
    q.bind(":id", id);
    return q.one(readMeeting);
}

std::vector<Meeting> MeetingRepository::forLead(Id leadId) {
    Query q(m_db,
            "SELECT " FD_MEETING_COLUMNS " FROM meetings WHERE lead_id = :lead ORDER BY scheduled_at, id");
    q.bind(":lead", leadId);
    return q.all(readMeeting);
}

std::optional<Meeting> MeetingRepository::pendingForLead(Id leadId) {
    Query q(m_db, "SELECT " FD_MEETING_COLUMNS
                  " FROM meetings WHERE lead_id = :lead "
                  "AND status IN ('scheduled', 'confirmed') ORDER BY scheduled_at DESC LIMIT 1");
    q.bind(":lead", leadId);
    return q.one(readMeeting);
}

void MeetingRepository::setStatus(Id id, MeetingStatus status) {
    Query q(m_db, "UPDATE meetings SET status = :status WHERE id = :id");
    q.bind(":status", toCode(status)).bind(":id", id).exec();
}

void MeetingRepository::setConfirmed(Id id, qint64 at) {
    Query q(m_db, "UPDATE meetings SET status = 'confirmed', confirmed_at = :at WHERE id = :id");
    q.bind(":at", at).bind(":id", id).exec();
}

void MeetingRepository::setUnconfirmed(Id id) {
    Query q(m_db, "UPDATE meetings SET status = 'scheduled', confirmed_at = NULL WHERE id = :id");
    q.bind(":id", id).exec();
}

void MeetingRepository::setArrived(Id id, qint64 at) {
    Query q(m_db, "UPDATE meetings SET status = 'arrived', arrived_at = :at WHERE id = :id");
    q.bind(":at", at).bind(":id", id).exec();
}

void MeetingRepository::setOutcome(Id id, MeetingOutcome outcome, Qualification qualification, OptId reasonId,
                                   const QString& note, qint64 at) {
    Query q(m_db,
            "UPDATE meetings SET outcome = :outcome, qualification = :qualification, outcome_reason_id = "
            ":reason, "
            "note = :note, outcome_at = :at WHERE id = :id");
    q.bind(":outcome", toCode(outcome))
        .bind(":qualification", toCode(qualification))
        .bind(":reason", reasonId);
    q.bind(":note", note).bind(":at", at).bind(":id", id).exec();
}

void MeetingRepository::setManager(Id id, Id managerId) {
    Query q(m_db, "UPDATE meetings SET manager_id = :manager WHERE id = :id");
    q.bind(":manager", managerId).bind(":id", id).exec();
}

int MeetingRepository::seatsTaken(Id officeId, qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT count(*) FROM meetings WHERE office_id = :office AND scheduled_at >= :from "
            "AND scheduled_at < :to AND status IN ('scheduled', 'confirmed', 'arrived')");
    q.bind(":office", officeId).bind(":from", from).bind(":to", to).exec();
    return q.next() ? static_cast<int>(q.i64(0)) : 0;
}

std::vector<qint64> MeetingRepository::seatStarts(Id officeId, qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT scheduled_at FROM meetings WHERE office_id = :office AND scheduled_at >= :from "
            "AND scheduled_at < :to AND status IN ('scheduled', 'confirmed', 'arrived')");
    q.bind(":office", officeId).bind(":from", from).bind(":to", to);
    return q.all([](Query& r) { return r.i64(0); });
}

}  // namespace fd::core
