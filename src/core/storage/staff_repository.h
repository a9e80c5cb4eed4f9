#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>

namespace fd::core {

class Database;

/// What sign-in reads and writes of a person: their login, password hash and the wrong
/// passwords in a row.
struct Credentials {
    Employee employee;
    QString login;
    QString passwordHash;
    int failedSignIns = 0;
    OptTime lockedUntil;
};

/// Logins and passwords of the staff.
class StaffRepository final {
public:
    explicit StaffRepository(Database& db) : m_db(db) {}

    std::optional<Credentials> byLogin(const QString& login);
    std::optional<Credentials> byId(Id employeeId);
    void setLogin(Id employeeId, const QString& login);
    void setPasswordHash(Id employeeId, const QString& hash);
    /// Records a wrong password: the count in a row and until when sign-in waits.
    void setFailedSignIns(Id employeeId, int failed, OptTime lockedUntil);
    /// Whether any person has a login (a database made before sign-in existed has none).
    bool anyLogin();

private:
    Database& m_db;
};

}  // namespace fd::core
