// Damage found before anything is written: PRAGMA quick_check on opening (within a time budget
// sized for a desk's patience, enforced by interrupting it) and in full before a bulk write.

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <spdlog/spdlog.h>

namespace fd::core {

namespace {

/// Interrupts a statement on a connection when its time is up, from a thread of its own: the
/// structure check runs inside one engine instruction, so no progress handler is called during it.
class Watchdog {
public:
    Watchdog(sqlite3* handle, std::optional<int> budgetMs) : m_handle(handle) {
        if (handle && budgetMs) {
            m_thread = std::thread([this, ms = *budgetMs] {
                std::unique_lock lock(m_mutex);
                if (!m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_done; })) {
                    m_fired = true;
                    sqlite3_interrupt(m_handle);
                }
            });
        }
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;
    ~Watchdog() { finish(); }

    /// Stops the watch; true when the time ran out (the statement was interrupted).
    bool finish() {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
        return m_fired;
    }

private:
    sqlite3* m_handle;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    bool m_fired = false;
    std::thread m_thread;
};

/// The files damage was found in by any connection of this program.
QMutex g_damagedMutex;
QSet<QString> g_damaged;

QString canonical(const QString& path) {
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? path : c;
}

void noteDamaged(const QString& path, const QStringList& problems) {
    spdlog::error("the database {} is damaged: {}", path.toStdString(),
                  problems.join(QStringLiteral("; ")).toStdString());
    const QMutexLocker lock(&g_damagedMutex);
    g_damaged.insert(canonical(path));
}

}  // namespace

bool Database::isDamaged() const {
    if (m_damaged) {
        return true;
    }
    if (onServer()) {
        return false;
    }
    const QMutexLocker lock(&g_damagedMutex);
    return !g_damaged.isEmpty() && g_damaged.contains(canonical(m_path));
}

Database::StructureCheck Database::checkStructure(std::optional<int> budgetMs) {
    StructureCheck result;
    if (onServer()) {
        return result;  // the server keeps its own pages
    }
    Watchdog watchdog(sqliteHandle(), budgetMs);
    QSqlQuery q(m_db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check"));
    while (ran && q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            result.problems << line;
        }
    }
    q.finish();
    const bool spent = watchdog.finish();
    if (spent) {
        result.complete = false;
        result.problems.clear();  // an interrupted check says nothing about the rest
    } else if (!ran) {
        result.problems << q.lastError().databaseText();
    }
    return result;
}

bool Database::unfinishedDemo() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kDemoIncompleteKey));
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

void Database::checkOnOpening() {
    const bool small = QFileInfo(m_path).size() <= kFullCheckBytes;
    const StructureCheck check =
        checkStructure(small ? std::nullopt : std::optional<int>(kOpenCheckBudgetMs));
    m_checkedInFull = check.complete;
    if (!check.problems.isEmpty()) {
        m_damaged = true;
        noteDamaged(m_path, check.problems);
    }
}

void Database::requireSound() {
    if (!m_checkedInFull && !m_damaged) {
        const StructureCheck check = checkStructure();
        m_checkedInFull = true;
        if (!check.problems.isEmpty()) {
            m_damaged = true;
            noteDamaged(m_path, check.problems);
        }
    }
    if (isDamaged()) {
        throw StorageError(QStringLiteral("the database file is damaged"),
                           QStringLiteral("PRAGMA quick_check"), StorageFailure::Damaged);
    }
}

}  // namespace fd::core
