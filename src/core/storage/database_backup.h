#pragma once

#include "domain/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace fd::core {

class Database;

/// Copies of a company's SQLite file: taken while people work, checked before they are trusted,
/// put back with the replaced file kept aside.
class DatabaseBackup final {
public:
    /// A consistent, compact copy of `db` written to `target` (VACUUM INTO: one read transaction,
    /// so the seats go on writing meanwhile). It is written under a temporary name, checked, and
    /// only then given the target's name; a target that exists is refused. SQLite files only.
    static Status backUp(Database& db, const QString& target);

    /// Whether `file` is a sound FunnelDesk database this program can open (integrity check,
    /// FunnelDesk's id, a schema version it knows): its schema version.
    static Result<int> check(const QString& file);

    /// Puts `backup` in the place of the database file `path` after checking it; the file it
    /// replaces (with its journal) is kept aside as PATH.replaced-YYYYMMDD-HHMMSS. Refused while
    /// another connection uses the database. Returns where the replaced file went (empty when
    /// there was none).
    static Result<QString> restore(const QString& backup, const QString& path, const QDateTime& now);

    /// The daily copies of the automatic backup to delete so that the newest `daily` days and
    /// the newest copy of each of `weekly` earlier weeks remain. `files` are named
    /// "<anything>-YYYY-MM-DD.sqlite"; others are left alone.
    static QStringList expired(const QStringList& files, int daily = 7, int weekly = 4);
    /// The day of an automatic copy's file name, or an invalid date.
    static QDate dayOf(const QString& fileName);
};

}  // namespace fd::core
