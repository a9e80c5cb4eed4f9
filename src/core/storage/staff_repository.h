#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>
#include <vector>

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
    /// Everyone, in the order they were added.
    std::vector<Credentials> all();
    /// The active administrators.
    int activeAdmins();

    /// What a person still has to do that someone else must take over when they leave.
    struct OpenWork {
        int leads = 0;      ///< leads of theirs the call center still works
        int callbacks = 0;  ///< open callbacks assigned to them
        int meetings = 0;   ///< meetings still to come that they receive
        int followUps = 0;  ///< open follow-ups assigned to them
    };
    OpenWork openWork(Id employeeId, qint64 now);
    /// Hands the open work to `to` (none: to nobody — the call center's common queue, the
    /// office's day without a manager).
    void handOver(Id employeeId, OptId to, qint64 now);

private:
    Database& m_db;
};

}  // namespace fd::core
