#include "storage/database.h"
#include "storage/migration.h"
#include "storage/query.h"
#include "storage/server_address.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace fd::core {

bool Database::upgradePending(const QString& path) {
    if (isServerLocation(path) || !QFileInfo(path).isFile()) {
        return false;
    }
    sqlite3* handle = nullptr;
    const QByteArray file = path.toUtf8();
    int version = -1;
    if (sqlite3_open_v2(file.constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW) {
            version = sqlite3_column_int(st, 0);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return version > 0 && version < currentSchemaVersion();
}

WriteAccess Database::writeAccess() const {
    return isDamaged() ? WriteAccess::Damaged : m_access;
}

Status Database::readOnlyVersion(int version, int knownVersion) {
    if (version < knownVersion) {
        return Error::make(
            ErrorCode::ReadOnly,
            QT_TRANSLATE_NOOP(
                "fd::core::Error",
                "The database \"%1\" is at schema version %2 and this FunnelDesk upgrades it to "
                "%3 before using it, which writes to it; here it can only be read. Open it "
                "once where it can be written. The file was left unchanged."),
            {QDir::toNativeSeparators(m_path), QString::number(version), QString::number(knownVersion)});
    }
    m_pragmas.applicationId = kApplicationId;
    return Ok{};
}

void Database::recordReadableFrom(int version) {
    if (onServer()) {
        return;  // a server's database is refused by older programs whatever it holds
    }
    Query exists(*this, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'settings'");
    exists.exec();
    if (!exists.next() || exists.i64(0) == 0) {
        return;  // a schema history without settings (the migration runner's own tests)
    }
    if (version <= 0) {
        Query forget(*this, "DELETE FROM settings WHERE key = :key");
        forget.bind(":key", QString::fromLatin1(kReadableFromKey)).exec();
        return;
    }
    Query record(*this,
                 "INSERT INTO settings(key, value) VALUES (:key, :value) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    record.bind(":key", QString::fromLatin1(kReadableFromKey))
        .bind(":value", QString::number(version))
        .exec();
}

}  // namespace fd::core
