#include "storage/staff_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

// The columns readCredentials reads, in its order.
#define FD_CREDENTIAL_COLUMNS                                                                             \
    "SELECT id, name, role, office_id, active, login, password_hash, failed_sign_ins, locked_until FROM " \
    "employees "
// On a server the passwords are the server's and nobody reads the hash column: a login stands for
// a password kept by the server.
#define FD_SERVER_CREDENTIAL_COLUMNS                                                                  \
    "SELECT id, name, role, office_id, active, login, CASE WHEN login IS NULL THEN '' ELSE 'server' " \
    "END, failed_sign_ins, locked_until FROM employees "

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
    Query q(m_db, m_db.onServer() ? FD_SERVER_CREDENTIAL_COLUMNS "WHERE login = :login"
                                  : FD_CREDENTIAL_COLUMNS "WHERE login = :login");
    q.bind(":login", login);
    return q.one(readCredentials);
}

std::optional<Credentials> StaffRepository::byId(Id employeeId) {
    Query q(m_db, m_db.onServer() ? FD_SERVER_CREDENTIAL_COLUMNS "WHERE id = :id"
                                  : FD_CREDENTIAL_COLUMNS "WHERE id = :id");
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

std::vector<Credentials> StaffRepository::all() {
    Query q(m_db, m_db.onServer() ? FD_SERVER_CREDENTIAL_COLUMNS "ORDER BY id"
                                  : FD_CREDENTIAL_COLUMNS "ORDER BY id");
    return q.all(readCredentials);
}

int StaffRepository::activeAdmins() {
    Query q(m_db, "SELECT count(*) FROM employees WHERE role = 'admin' AND active = 1");
    q.exec();
    return q.next() ? static_cast<int>(q.i64(0)) : 0;
}

namespace {

// The leads the call center still works, the open tasks and the meetings still to come.
#define FD_OPEN_LEADS " FROM leads WHERE operator_id = :id AND status IN ('new', 'in_progress', 'callback')"
#define FD_OPEN_CALLBACKS " FROM tasks WHERE assignee_id = :id AND status = 'open' AND kind = 'callback'"
#define FD_OPEN_FOLLOW_UPS " FROM tasks WHERE assignee_id = :id AND status = 'open' AND kind = 'follow_up'"
#define FD_COMING_MEETINGS                                                                        \
    " FROM meetings WHERE manager_id = :id AND scheduled_at >= :now AND status IN ('scheduled', " \
    "'confirmed')"

int countOf(Query& q, Id id) {
    q.bind(":id", id).exec();
    return q.next() ? static_cast<int>(q.i64(0)) : 0;
}

}  // namespace

StaffRepository::OpenWork StaffRepository::openWork(Id employeeId, qint64 now) {
    OpenWork w;
    Query leads(m_db, "SELECT count(*)" FD_OPEN_LEADS);
    w.leads = countOf(leads, employeeId);
    Query callbacks(m_db, "SELECT count(*)" FD_OPEN_CALLBACKS);
    w.callbacks = countOf(callbacks, employeeId);
    Query followUps(m_db, "SELECT count(*)" FD_OPEN_FOLLOW_UPS);
    w.followUps = countOf(followUps, employeeId);
    Query meetings(m_db, "SELECT count(*)" FD_COMING_MEETINGS);
    meetings.bind(":now", now);
    w.meetings = countOf(meetings, employeeId);
    return w;
}

void StaffRepository::handOver(Id employeeId, OptId to, qint64 now) {
    Query leads(m_db, "UPDATE leads SET operator_id = :to WHERE id IN (SELECT id" FD_OPEN_LEADS ")");
    leads.bind(":to", to).bind(":id", employeeId).exec();
    Query tasks(m_db,
                "UPDATE tasks SET assignee_id = :to WHERE assignee_id = :id AND status = 'open' "
                "AND kind IN ('callback', 'follow_up')");
    tasks.bind(":to", to).bind(":id", employeeId).exec();
    Query meetings(m_db,
                   "UPDATE meetings SET manager_id = :to WHERE id IN (SELECT id" FD_COMING_MEETINGS ")");
    meetings.bind(":to", to).bind(":id", employeeId).bind(":now", now).exec();
}

}  // namespace fd::core
