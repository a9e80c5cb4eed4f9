#pragma once

#include <QString>

#include <stdexcept>

namespace fd::core {

/// A failure of the database engine itself (I/O, corruption, a bug in our SQL).
/// Thrown inside storage; services turn it into an Error with ErrorCode::Storage
/// after rolling back. Carries the statement text and the engine's message, never
/// bound values, so it is safe to log.
class StorageError final : public std::runtime_error {
public:
    StorageError(const QString& what, const QString& sql, bool locked = false)
        : std::runtime_error(what.toStdString()), m_sql(sql), m_locked(locked) {}

    const QString& sql() const { return m_sql; }
    bool locked() const { return m_locked; }

private:
    QString m_sql;
    bool m_locked;
};

}  // namespace fd::core
