#pragma once

#include "domain/result.h"

#include <QString>

namespace fd::core {

class Database;

/// Backing up and restoring a company's SQLite file as the person signed in may: a copy holds
/// everything an export would (ExportData); putting one back replaces everyone's work since
/// (ManageSettings).
class BackupService final {
public:
    explicit BackupService(Database& db) : m_db(db) {}

    /// Whether the person may copy the database (not one on a server: pg_dump is its backup).
    Status mayBackUp() const;
    /// A checked copy of the database into `target` (see DatabaseBackup::backUp).
    Status backUp(const QString& target);
    /// Whether the person may put a copy in the database's place; the caller then closes every
    /// connection to it and calls DatabaseBackup::restore.
    Status mayRestore() const;

private:
    Database& m_db;
};

}  // namespace fd::core
