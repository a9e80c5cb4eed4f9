#pragma once

#include "domain/entities.h"
#include "domain/enums.h"

#include <QString>

#include <optional>

namespace fd::core {

class Database;

/// On a server: the group roles, privileges and row-level security that give each kind of person
/// what the permission matrix gives them, also outside FunnelDesk (schema version 7). Nothing on
/// SQLite, whose file has no logins.
void applyServerSecurity(Database& db);

/// Whether a person may sign in (connect) with their login.
enum class SignInState { Allowed, Refused };

/// On a server: makes the person's server login `login` (renaming `oldLogin` when it changes) a
/// member of their kind's group, allowed to connect to this database or not, and with
/// `password` when given. Runs as the database's owner or an administrator; throws StorageError
/// when the server refuses. Nothing on SQLite.
void setServerLogin(Database& db, const QString& login, const QString& oldLogin, Role role, SignInState state,
                    const std::optional<QString>& password);
/// On a server: the login of the person `employeeId` as their row says (login, role, active),
/// renamed from `oldLogin` when it changed, with `password` when given.
void syncServerLogin(Database& db, Id employeeId, const QString& oldLogin = {},
                     const std::optional<QString>& password = std::nullopt);
/// On a server: the signed-in person's own new password.
void setOwnServerPassword(Database& db, const QString& password);

}  // namespace fd::core
