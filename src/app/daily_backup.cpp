#include "daily_backup.h"

#include "storage/database.h"
#include "storage/database_backup.h"
#include "storage/server_address.h"
#include "storage/storage_error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace fd::app {

DailyBackup::DailyBackup(QObject* parent) : QObject(parent) {}

DailyBackup::~DailyBackup() {
    wait();
}

void DailyBackup::wait() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

QString DailyBackup::folderFor(const QString& databasePath) {
    const QFileInfo info(databasePath);
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/") +
           info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

bool DailyBackup::startIfDue(const QString& databasePath, const std::optional<core::Actor>& actor,
                             QDate today) {
    if (core::isServerLocation(databasePath) ||
        !QSettings().value(QStringLiteral("dailyBackup"), true).toBool()) {
        return false;
    }
    if (m_thread && m_thread->isRunning()) {
        return false;
    }
    wait();
    const QString folder = folderFor(databasePath);
    const QString file = folder + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() +
                         QLatin1Char('-') + today.toString(Qt::ISODate) + QStringLiteral(".sqlite");
    if (QFileInfo::exists(file)) {
        return false;
    }
    m_thread = QThread::create([this, databasePath, actor, folder, file] {
        QString error;
        bool damage = false;
        core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(databasePath, actor);
        if (!db) {
            error = db.error().message();
        } else {
            try {
                (*db)->requireSound();  // a damaged file is copied by nobody and written by nobody
                if (const core::Status done = core::DatabaseBackup::backUp(**db, file); !done) {
                    error = done.error().message();
                }
            } catch (const core::StorageError& e) {
                damage = e.kind() == core::StorageFailure::Damaged;
                error = core::Error::make(core::ErrorCode::Storage, core::kDamagedMessage).message();
            }
        }
        if (error.isEmpty()) {
            QDir dir(folder);
            for (const QString& old : core::DatabaseBackup::expired(dir.entryList(QDir::Files))) {
                dir.remove(old);
            }
        } else {
            spdlog::warn("the daily backup of {} failed: {}", databasePath.toStdString(),
                         error.toStdString());
        }
        QMetaObject::invokeMethod(
            this,
            [this, file, error, damage] {
                if (damage) {
                    Q_EMIT damaged(error);
                }
                Q_EMIT finished(file, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("daily-backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

}  // namespace fd::app
