#include "storage/file_access.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace fd::core {

namespace {

bool folderWritable(const QString& path) {
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

}  // namespace

WriteAccess fileWriteAccess(const QString& path) {
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable()) {
        return WriteAccess::ReadOnlyFile;
    }
    if (!folderWritable(path)) {
        return WriteAccess::ReadOnlyFolder;
    }
    return WriteAccess::Writable;
}

void prepareSqliteConnection(QSqlDatabase& db, const QString& path, bool readOnly, int busyTimeoutMs) {
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (!readOnly) {
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        return;
    }
    options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool journalMissing =
        !QFileInfo::exists(path + QStringLiteral("-shm")) && (!wal.exists() || wal.size() == 0);
    if (journalMissing && !folderWritable(path)) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

}  // namespace fd::core
