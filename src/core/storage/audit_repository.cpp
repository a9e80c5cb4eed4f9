#include "storage/audit_repository.h"

#include "storage/query.h"

namespace fd::core {

void AuditRepository::append(qint64 at, OptId employeeId, const QString& action, const QString& entity,
                             OptId entityId, const QString& details) {
    Query q(m_db,
            "INSERT INTO audit_log(at, employee_id, action, entity, entity_id, details) "
            "VALUES (:at, :employee, :action, :entity, :entity_id, :details)");
    q.bind(":at", at).bind(":employee", employeeId).bind(":action", action).bind(":entity", entity);
    q.bind(":entity_id", entityId).bind(":details", details).exec();
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
