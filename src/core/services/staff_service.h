#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <vector>

namespace fd::core {

/// A person of the staff as the settings show them: never their password hash.
struct StaffMember {
    Employee employee;
    QString login;
};

/// Checks and tidies a person's name, role and office (read inside the caller's transaction);
/// an error names the field that is wrong.
Status checkEmployeeFields(Database& db, Employee& person);

/// What a person still has to do when they leave.
struct OpenWork {
    int leads = 0;      ///< leads of theirs the call center still works
    int callbacks = 0;  ///< open callbacks assigned to them
    int meetings = 0;   ///< meetings still to come that they receive
    int followUps = 0;  ///< open follow-ups assigned to them

    bool empty() const { return leads + callbacks + meetings + followUps == 0; }
};

/// An administrator manages the staff: adds people with a login and password, changes their
/// name, role and office, deactivates those who leave (handing their open work to someone) —
/// nobody is deleted, history keeps their name. Password resets are SignIn::setCredentials.
class StaffService final {
public:
    explicit StaffService(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// Everyone, active or not (the settings list; head and admin).
    Result<std::vector<StaffMember>> staff();
    /// A new person who signs in with `login` and `password`, all or nothing.
    Result<Id> addPerson(const Employee& person, const QString& login, const QString& password);
    /// A person's name, role and office (their being active changes with deactivate/reactivate).
    Status updatePerson(const Employee& person);
    /// The same and their login and a new password (an administrator's reset), all or nothing.
    Status updatePerson(const Employee& person, const QString& login, const QString& password);
    /// What `employeeId` would leave undone.
    Result<OpenWork> openWork(Id employeeId);
    /// The person no longer works here: they cannot sign in, and their open work goes to
    /// `handTo` (an active person of the same role; none: back to the common queue).
    Status deactivate(Id employeeId, OptId handTo);
    Status reactivate(Id employeeId);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
