#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fd::core {

/// Whether a database may be written, and if not, why: a person is told the cause, and the
/// program reads what it can instead of refusing the file.
enum class WriteAccess {
    Writable,
    ReadOnlyFile,    ///< the file itself cannot be written (its permissions)
    ReadOnlyFolder,  ///< its folder or drive cannot be written (SQLite keeps its journal beside it)
    NewerSchema,     ///< a newer FunnelDesk wrote it in a form this one can read but not change
    Damaged,         ///< its structure is damaged: restore a backup or salvage it
};

/// What the operating system lets this program do with a SQLite file: the file or its
/// folder (or the mount under them) may be read-only.
WriteAccess fileWriteAccess(const QString& path);

/// Prepares `db` (a QSQLITE connection not yet open) for `path`: read-only when `readOnly`. A
/// database in a folder that cannot be written, whose journal files do not exist, is opened as
/// immutable: SQLite could neither create them nor would anyone else write there.
void prepareSqliteConnection(QSqlDatabase& db, const QString& path, bool readOnly, int busyTimeoutMs);

}  // namespace fd::core
