#include "services/backup_service.h"

#include "services/access_policy.h"
#include "storage/database.h"
#include "storage/database_backup.h"

namespace fd::core {

Status BackupService::mayBackUp() const {
    if (m_db.onServer()) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "A database on a server is backed up on the server (pg_dump, see "
                              "the administrator's guide)."));
    }
    return permit(m_db, Action::ExportData);
}

Status BackupService::backUp(const QString& target) {
    if (Status allowed = mayBackUp(); !allowed) {
        return allowed;
    }
    return DatabaseBackup::backUp(m_db, target);
}

Status BackupService::mayRestore() const {
    if (m_db.onServer()) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "A database on a server is restored on the server (pg_restore, see "
                              "the administrator's guide)."));
    }
    // Restoring is the way out of a damaged or unwritable file: only the role is asked.
    return permit(m_db.actor(), Action::ManageSettings);
}

}  // namespace fd::core
