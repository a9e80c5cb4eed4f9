#include "services/staff_service.h"

#include "domain/text_limits.h"
#include "services/access_policy.h"
#include "services/company_settings.h"
#include "services/sign_in.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/server_security.h"
#include "storage/staff_repository.h"
#include "util/password.h"

namespace fd::core {

namespace {

FieldValues fieldsOf(const Employee& e) {
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("role"), toCode(e.role)},
            {QStringLiteral("office"), e.officeId ? QString::number(*e.officeId) : QString()},
            {QStringLiteral("active"), e.active ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Error notAnEmployee(Id id) {
    return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The employee %1 does not exist."), id, "employee");
}

void auditChange(Database& db, qint64 at, const QString& action, const Employee& before,
                 const Employee& after) {
    const auto [was, now] = changedFields(fieldsOf(before), fieldsOf(after));
    AuditRepository(db).appendChange(at, actingEmployee(db, std::nullopt), action, QStringLiteral("employee"),
                                     after.id, was, now);
}

}  // namespace

Result<std::vector<StaffMember>> StaffService::staff() {
    if (Status allowed = permit(m_db, Action::ReadSettings); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<std::vector<StaffMember>> {
        std::vector<StaffMember> all;
        for (const Credentials& c : StaffRepository(m_db).all()) {
            all.push_back({c.employee, c.login});
        }
        return all;
    });
}

Status checkEmployeeFields(Database& db, Employee& e) {
    if (std::optional<Error> bad = textError(TextKind::Name, e.name, QStringLiteral("name"))) {
        return *bad;
    }
    e.name = e.name.simplified();
    if (e.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the employee's name."),
                       QStringLiteral("name"));
    }
    CatalogRepository catalog(db);
    if (e.officeId && !catalog.office(*e.officeId)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The office %1 does not exist."),
                       QStringLiteral("office"), {QString::number(*e.officeId)});
    }
    if (e.role == Role::OfficeManager && !e.officeId) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "An office manager needs an office."),
                       QStringLiteral("office"));
    }
    return Ok{};
}

Result<Id> StaffService::addPerson(const Employee& person, const QString& login, const QString& password) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    Employee e = person;
    e.active = true;
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        if (Status good = checkEmployeeFields(m_db, e); !good) {
            return good.error();
        }
        const Id id = CatalogRepository(m_db).insertEmployee(e);
        AuditRepository(m_db).appendChange(m_clock(), actingEmployee(m_db, std::nullopt),
                                           QStringLiteral("create"), QStringLiteral("employee"), id,
                                           QString(), describeFields(fieldsOf(e)));
        if (Status credentials = SignIn(m_db, m_clock).setCredentials(id, login, password); !credentials) {
            return credentials.error();
        }
        return id;
    });
}

Status StaffService::updatePerson(const Employee& person) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    Employee e = person;
    return inWriteTransaction(m_db, [&]() -> Status {
        const std::optional<Employee> before = CatalogRepository(m_db).employee(e.id);
        if (!before) {
            return notAnEmployee(e.id);
        }
        e.active = before->active;
        if (Status good = checkEmployeeFields(m_db, e); !good) {
            return good;
        }
        StaffRepository staff(m_db);
        if (before->role == Role::Admin && e.role != Role::Admin && before->active &&
            staff.activeAdmins() <= 1) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "%1 is the only administrator; make someone else an administrator "
                                  "first."),
                QStringLiteral("role"), {before->name});
        }
        CatalogRepository(m_db).updateEmployee(e);
        syncServerLogin(m_db, e.id);
        auditChange(m_db, m_clock(), QStringLiteral("update"), *before, e);
        return Ok{};
    });
}

Status StaffService::updatePerson(const Employee& person, const QString& login, const QString& password) {
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Status updated = updatePerson(person); !updated) {
            return updated;
        }
        return SignIn(m_db, m_clock).setCredentials(person.id, login, password);
    });
}

Result<OpenWork> StaffService::openWork(Id employeeId) {
    if (Status allowed = permit(m_db, Action::ReadSettings); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<OpenWork> {
        const StaffRepository::OpenWork w = StaffRepository(m_db).openWork(employeeId, m_clock());
        return OpenWork{w.leads, w.callbacks, w.meetings, w.followUps};
    });
}

Status StaffService::deactivate(Id employeeId, OptId handTo) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Employee> before = catalog.employee(employeeId);
        if (!before) {
            return notAnEmployee(employeeId);
        }
        if (m_db.actor() && m_db.actor()->employeeId == employeeId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "You cannot deactivate yourself."),
                           QStringLiteral("active"));
        }
        if (before->role == Role::Admin && before->active && StaffRepository(m_db).activeAdmins() <= 1) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "%1 is the only administrator; make someone else an administrator "
                                  "first."),
                QStringLiteral("active"), {before->name});
        }
        if (handTo) {
            const std::optional<Employee> heir = catalog.employee(*handTo);
            if (!heir || !heir->active || heir->id == employeeId || heir->role != before->role) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "Hand the work to an active colleague with the same role."),
                               QStringLiteral("hand_to"));
            }
        }
        StaffRepository(m_db).handOver(employeeId, handTo, now);
        Employee after = *before;
        after.active = false;
        catalog.updateEmployee(after);
        syncServerLogin(m_db, employeeId);
        const auto [was, then] = changedFields(fieldsOf(*before), fieldsOf(after));
        AuditRepository(m_db).appendChange(
            now, actingEmployee(m_db, std::nullopt), QStringLiteral("deactivate"), QStringLiteral("employee"),
            employeeId, was,
            then + (handTo ? QStringLiteral("; handed_to=") + QString::number(*handTo) : QString()));
        return Ok{};
    });
}

Status StaffService::reactivate(Id employeeId) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Employee> before = catalog.employee(employeeId);
        if (!before) {
            return notAnEmployee(employeeId);
        }
        Employee after = *before;
        after.active = true;
        catalog.updateEmployee(after);
        syncServerLogin(m_db, employeeId);
        auditChange(m_db, m_clock(), QStringLiteral("reactivate"), *before, after);
        return Ok{};
    });
}

}  // namespace fd::core
