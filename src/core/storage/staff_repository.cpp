#include "storage/staff_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

// The columns readCredentials reads, in its order.
#define FD_CREDENTIAL_COLUMNS                                                                             \
    "SELECT id, name, role, office_id, active, login, password_hash, failed_sign_ins, locked_until FROM " \
    "employees "

Credentials readCredentials(const Query& q) {
    Credentials c;
    c.employee.id = q.i64(0);
    c.employee.name = q.text(1);
    c.employee.role = fromCode<Role>(q.text(2)).value_or(Role::Operator);
    c.employee.officeId = q.optI64(3);
    c.employee.active = q.i64(4) != 0;
    c.login = q.text(5);
    c.passwordHash = q.text(6);
    c.failedSignIns = static_cast<int>(q.i64(7));
    c.lockedUntil = q.optI64(8);
    return c;
}

}  // namespace

std::optional<Credentials> StaffRepository::byLogin(const QString& login) {
    Query q(m_db, FD_CREDENTIAL_COLUMNS "WHERE login = :login");
    q.bind(":login", login);
    return q.one(readCredentials);
}

std::optional<Credentials> StaffRepository::byId(Id employeeId) {
    Query q(m_db, FD_CREDENTIAL_COLUMNS "WHERE id = :id");
    q.bind(":id", employeeId);
    return q.one(readCredentials);
}

void StaffRepository::setLogin(Id employeeId, const QString& login) {
    Query q(m_db, "UPDATE employees SET login = :login WHERE id = :id");
    q.bindText(":login", login).bind(":id", employeeId);
    q.exec();
}

void StaffRepository::setPasswordHash(Id employeeId, const QString& hash) {
    Query q(m_db,
            "UPDATE employees SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL WHERE id = "
            ":id");
    q.bind(":hash", hash).bind(":id", employeeId);
    q.exec();
}

void StaffRepository::setFailedSignIns(Id employeeId, int failed, OptTime lockedUntil) {
    Query q(m_db, "UPDATE employees SET failed_sign_ins = :failed, locked_until = :until WHERE id = :id");
    q.bind(":failed", failed).bind(":until", lockedUntil).bind(":id", employeeId);
    q.exec();
}

bool StaffRepository::anyLogin() {
    Query q(m_db, "SELECT EXISTS (SELECT 1 FROM employees WHERE login IS NOT NULL)");
    q.exec();
    return q.next() && q.i64(0) != 0;
}

}  // namespace fd::core
