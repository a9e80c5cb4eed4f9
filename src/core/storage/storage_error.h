#pragma once

#include <QString>
#include <QtGlobal>

#include <stdexcept>

namespace fd::core {

/// What kind of engine failure it was, for what the caller can do about it.
enum class StorageFailure {
    Engine,    ///< the engine failed (I/O, a bug in our SQL): report it
    Locked,    ///< another program or seat holds what was needed: try again in a moment
    Retry,     ///< the server gave up this transaction to keep seats consistent (serialization,
               ///< deadlock): rerun it
    Lost,      ///< the connection to the server is gone: reconnect; the server rolled it back
    ReadOnly,  ///< the database (file, folder or mount) cannot be written
    DiskFull,  ///< no space is left where the database is
    Damaged,   ///< the database file is corrupt: restore a backup or salvage it
};

/// What a person reads about a damaged database file, whatever they were doing.
inline constexpr const char* kDamagedMessage =
    QT_TRANSLATE_NOOP("fd::core::Error",
                      "The database file is damaged; nothing was written to it. Restore the last backup, "
                      "or salvage what can be read with funneldesk-cli recover.");

/// A failure of the database engine itself (I/O, corruption, a bug in our SQL).
/// Thrown inside storage; services turn it into an Error with ErrorCode::Storage
/// after rolling back. Carries the statement text and the engine's message, never
/// bound values, so it is safe to log.
class StorageError final : public std::runtime_error {
public:
    StorageError(const QString& what, const QString& sql, StorageFailure kind = StorageFailure::Engine,
                 const QString& engineText = {})
        : std::runtime_error(what.toStdString()),
          m_sql(sql),
          m_kind(kind),
          m_engineText(engineText.isEmpty() ? what : engineText) {}

    const QString& sql() const { return m_sql; }
    /// The engine's own words (without the driver's, such as "Unable to fetch row"): what a
    /// message may quote. what() keeps everything, for the log.
    const QString& engineText() const { return m_engineText; }
    StorageFailure kind() const { return m_kind; }
    bool locked() const { return m_kind == StorageFailure::Locked; }

private:
    QString m_sql;
    StorageFailure m_kind;
    QString m_engineText;
};

}  // namespace fd::core
