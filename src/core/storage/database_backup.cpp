#include "storage/database_backup.h"

#include "storage/database.h"
#include "storage/migration.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

namespace fd::core {

namespace {

std::atomic<int> g_counter{0};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

/// A connection of its own to `path`, closed and removed when it goes.
class SideConnection final {
public:
    SideConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("fd-backup-%1").arg(g_counter.fetch_add(1))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        prepareSqliteConnection(db, path, readOnly, Database::kBusyTimeoutMs);
        m_open = db.open();
    }
    ~SideConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SideConnection(const SideConnection&) = delete;
    SideConnection& operator=(const SideConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// The first column of the first row of `sql`, or an invalid value when it fails.
    QVariant value(const QString& sql) const {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
};

Error backupError(const char* key, const QString& path, QStringList more = {}) {
    QStringList args{native(path)};
    args += more;
    return Error::make(ErrorCode::Storage, key, args);
}

}  // namespace

Status DatabaseBackup::backUp(Database& db, const QString& target) {
    if (QFileInfo::exists(target)) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" already exists; choose another name."),
            {native(target)}, QStringLiteral("out"));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return backupError(QT_TRANSLATE_NOOP("fd::core::Error", "The folder of \"%1\" cannot be created."),
                           target);
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));  // one read transaction: a copy of one moment
    q.addBindValue(part);
    if (!q.exec()) {
        const QString why = q.lastError().databaseText();
        spdlog::error("backup of {} failed: {}", db.path().toStdString(), q.lastError().text().toStdString());
        QFile::remove(part);
        return backupError(QT_TRANSLATE_NOOP("fd::core::Error", "The copy \"%1\" could not be written: %2"),
                           target, {why.isEmpty() ? q.lastError().text() : why});
    }
    q.finish();
    if (const Result<int> checked = check(part); !checked) {
        QFile::remove(part);
        return checked.error();
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return backupError(QT_TRANSLATE_NOOP("fd::core::Error", "The copy \"%1\" could not be written: %2"),
                           target, {QStringLiteral("rename")});
    }
    spdlog::info("database {} backed up to {}", db.path().toStdString(), target.toStdString());
    return Ok{};
}

Result<int> DatabaseBackup::check(const QString& file) {
    if (!QFileInfo(file).isFile()) {
        return Error::make(ErrorCode::FileMissing,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" does not exist."),
                           {native(file)});
    }
    const SideConnection side(file, true);
    const QVariant id = side.isOpen() ? side.value(QStringLiteral("PRAGMA application_id")) : QVariant();
    if (!id.isValid() || id.toLongLong() != Database::kApplicationId) {
        return Error::make(
            ErrorCode::NotADatabase,
            QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" is not a FunnelDesk database."),
            {native(file)});
    }
    const int version = side.value(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > currentSchemaVersion()) {
        return Error::make(
            ErrorCode::NewerVersion,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The copy \"%1\" was written by a newer FunnelDesk (schema version "
                              "%2); update FunnelDesk to restore it."),
            {native(file), QString::number(version)});
    }
    const QString integrity = side.value(QStringLiteral("PRAGMA integrity_check(1)")).toString();
    if (integrity != QLatin1String("ok")) {
        return Error::make(
            ErrorCode::Storage,
            QT_TRANSLATE_NOOP("fd::core::Error", "The copy \"%1\" is damaged (%2); it cannot be used."),
            {native(file), integrity.isEmpty() ? QStringLiteral("unreadable") : integrity});
    }
    return version;
}

Result<QString> DatabaseBackup::restore(const QString& backup, const QString& path, const QDateTime& now) {
    if (const Result<int> checked = check(backup); !checked) {
        return checked.error();
    }
    QString aside;
    if (QFileInfo::exists(path)) {
        {
            // Nobody else may be using it: an exclusive lock at once, or a refusal. What its
            // journal holds goes into the file first, so the file kept aside is whole.
            const SideConnection current(path, false);
            QSqlQuery q(current.db());
            // In WAL mode only the exclusive locking mode refuses while another connection is open.
            const bool alone = current.isOpen() && q.exec(QStringLiteral("PRAGMA busy_timeout = 0")) &&
                               q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
                               q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            if (!alone) {
                return Error::make(ErrorCode::Locked,
                                   QT_TRANSLATE_NOOP("fd::core::Error",
                                                     "Another program is using the database \"%1\"; close "
                                                     "FunnelDesk wherever it is open, then restore."),
                                   {native(path)});
            }
            q.exec(QStringLiteral("ROLLBACK"));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        aside = path + QStringLiteral(".replaced-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside)) {
            return backupError(
                QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" could not be moved aside."), path);
        }
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix)) {
                QFile::rename(path + suffix, aside + suffix);
            }
        }
    }
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(backup, part) || !QFile::rename(part, path)) {
        QFile::remove(part);
        if (!aside.isEmpty()) {
            QFile::rename(aside, path);  // the database stays what it was
        }
        return backupError(QT_TRANSLATE_NOOP("fd::core::Error",
                                             "The copy could not be put in the place of \"%1\"; the database "
                                             "was left as it was."),
                           path);
    }
    spdlog::info("database {} restored from {} (the replaced file kept as {})", path.toStdString(),
                 backup.toStdString(), aside.toStdString());
    return aside;
}

QDate DatabaseBackup::dayOf(const QString& fileName) {
    static const QRegularExpression pattern(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

QStringList DatabaseBackup::expired(const QStringList& files, int daily, int weekly) {
    std::map<QDate, QStringList, std::greater<>> byDay;
    for (const QString& f : files) {
        if (const QDate day = dayOf(f); day.isValid()) {
            byDay[day] << f;
        }
    }
    QStringList gone;
    int days = 0;
    int weeks = 0;
    std::set<std::pair<int, int>> covered;  // weeks that keep a copy
    for (const auto& [day, names] : byDay) {
        QStringList rest = names;
        rest.sort();
        const QString keep = rest.takeLast();  // one copy a day is enough
        gone += rest;
        int year = 0;
        const int week = day.weekNumber(&year);
        if (days < daily) {
            ++days;
            covered.insert({year, week});
            continue;
        }
        if (!covered.count({year, week}) && weeks < weekly) {
            covered.insert({year, week});  // the newest copy of an earlier week
            ++weeks;
            continue;
        }
        gone << keep;
    }
    return gone;
}

}  // namespace fd::core
