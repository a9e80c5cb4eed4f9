#include "storage/audit_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

/// Who the line names: the person signed in on the connection when there is one — and, when
/// they act for someone else (a head marking a manager's arrival), for whom.
std::pair<OptId, OptId> actorAndBehalf(const Database& db, OptId employeeId) {
    const std::optional<Actor>& actor = db.actor();
    if (!actor) {
        return {employeeId, std::nullopt};
    }
    const bool forSomeoneElse = employeeId && *employeeId != actor->employeeId;
    return {actor->employeeId, forSomeoneElse ? employeeId : std::nullopt};
}

}  // namespace

void AuditRepository::append(qint64 at, OptId employeeId, const QString& action, const QString& entity,
                             OptId entityId, const QString& details) {
    const auto [who, behalf] = actorAndBehalf(m_db, employeeId);
    Query q(m_db,
            "INSERT INTO audit_log(at, employee_id, on_behalf_of, action, entity, entity_id, details) "
            "VALUES (:at, :employee, :behalf, :action, :entity, :entity_id, :details)");
    q.bind(":at", at)
        .bind(":employee", who)
        .bind(":behalf", behalf)
        .bind(":action", action)
        .bind(":entity", entity);
    q.bind(":entity_id", entityId).bind(":details", details).exec();
}

void AuditRepository::appendChange(qint64 at, OptId employeeId, const QString& action, const QString& entity,
                                   OptId entityId, const QString& before, const QString& after) {
    const auto [who, behalf] = actorAndBehalf(m_db, employeeId);
    Query q(m_db,
            "INSERT INTO audit_log(at, employee_id, on_behalf_of, action, entity, entity_id, before_values, "
            "after_values) VALUES (:at, :employee, :behalf, :action, :entity, :entity_id, :before, :after)");
    q.bind(":at", at)
        .bind(":employee", who)
        .bind(":behalf", behalf)
        .bind(":action", action)
        .bind(":entity", entity);
    q.bind(":entity_id", entityId).bind(":before", before).bind(":after", after).exec();
}

OptId AuditRepository::lastActor(const QString& entity, Id entityId, const QString& action) {
    Query q(
        m_db,
        "SELECT employee_id FROM audit_log WHERE entity = :entity AND entity_id = :id AND action = :action "
        "ORDER BY id DESC LIMIT 1");
    q.bind(":entity", entity).bind(":id", entityId).bind(":action", action);
    return q.one([](Query& r) { return r.optI64(0); }).value_or(std::nullopt);
}

void AuditRepository::appendImported(OptId firstLead, OptId firstTouch, OptId employeeId) {
    if (firstLead) {
        Query leads(m_db,
                    "INSERT INTO audit_log(at, employee_id, action, entity, entity_id, details) "
                    "SELECT created_at, :employee, 'create', 'lead', id, '' FROM leads WHERE id >= :first "
                    "ORDER BY id");
        leads.bind(":employee", employeeId).bind(":first", *firstLead).exec();
    }
    if (firstTouch) {
        Query touches(
            m_db,
            "INSERT INTO audit_log(at, employee_id, action, entity, entity_id, details) "
            "SELECT at, :employee, 'repeat_touch', 'lead', lead_id, '' FROM lead_touches WHERE id >= :first "
            "ORDER BY id");
        touches.bind(":employee", employeeId).bind(":first", *firstTouch).exec();
    }
}

qint64 AuditRepository::count() {
    Query q(m_db, "SELECT count(*) FROM audit_log");
    q.exec();
    return q.next() ? q.i64(0) : 0;
}

}  // namespace fd::core
