#pragma once

#include <QString>

#include <stdexcept>

namespace fd::core {

/// What kind of engine failure it was, for what the caller can do about it.
enum class StorageFailure {
    Engine,  ///< the engine failed (I/O, corruption, a bug in our SQL): report it
    Locked,  ///< another program or seat holds what was needed: try again in a moment
    Retry,  ///< the server gave up this transaction to keep seats consistent (serialization, deadlock): rerun
            ///< it
    Lost,   ///< the connection to the server is gone: reconnect; the server rolled the transaction back
};

/// A failure of the database engine itself (I/O, corruption, a bug in our SQL).
/// Thrown inside storage; services turn it into an Error with ErrorCode::Storage
/// after rolling back. Carries the statement text and the engine's message, never
/// bound values, so it is safe to log.
class StorageError final : public std::runtime_error {
public:
    StorageError(const QString& what, const QString& sql, StorageFailure kind = StorageFailure::Engine)
        : std::runtime_error(what.toStdString()), m_sql(sql), m_kind(kind) {}

    const QString& sql() const { return m_sql; }
    StorageFailure kind() const { return m_kind; }
    bool locked() const { return m_kind == StorageFailure::Locked; }

private:
    QString m_sql;
    StorageFailure m_kind;
};

}  // namespace fd::core
