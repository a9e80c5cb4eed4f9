#pragma once

#include "domain/access.h"
#include "domain/result.h"
#include "services/service_context.h"

namespace fd::core {

class Database;

/// Signing people in and their passwords. Wrong passwords are counted: after five in a row
/// sign-in waits, longer after each further one, so a password cannot be guessed by trying.
class SignIn final {
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kFreeAttempts = 5;

    SignIn(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// The person with this login and password, active; on success the connection acts as them.
    Result<Actor> signIn(const QString& login, const QString& password);
    /// The person signed in changes their own password, knowing the current one.
    Status changeOwnPassword(const QString& current, const QString& fresh);
    /// An administrator gives a person a login (when they have none) and a new password.
    Status setCredentials(Id employeeId, const QString& login, const QString& password);
    /// Whether the database has people who sign in (one made before sign-in existed has none).
    Result<bool> required();

    /// How long sign-in waits after `failed` wrong passwords in a row (0 for the first five).
    static qint64 waitAfter(int failed);
    /// A password good enough to keep, or why not.
    static Status checkPassword(const QString& password);

private:
    Result<Actor> signInOnServer(const QString& login);

    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
