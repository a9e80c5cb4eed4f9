#pragma once

#include "domain/entities.h"

namespace fd::core {

class Database;

/// The audit trail: who did what to which record, and when. Details hold codes and ids,
/// never personal data.
class AuditRepository final {
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    void append(qint64 at, OptId employeeId, const QString& action, const QString& entity, OptId entityId,
                const QString& details = {});
    /// A change with the values before and after it ("key=value" texts; never a password).
    void appendChange(qint64 at, OptId employeeId, const QString& action, const QString& entity,
                      OptId entityId, const QString& before, const QString& after);
    /// The "create" lines of the leads and the "repeat_touch" lines of the repeat touches with
    /// ids from these on, in one statement each (a bulk import's, written before it commits).
    void appendImported(OptId firstLead, OptId firstTouch, OptId employeeId);
    qint64 count();
    /// Who last did `action` to the record (empty when nobody signed it or it never happened).
    OptId lastActor(const QString& entity, Id entityId, const QString& action);

private:
    Database& m_db;
};

}  // namespace fd::core
