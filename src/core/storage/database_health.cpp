// Damage found before anything is written: PRAGMA quick_check on opening (within a time budget
// sized for a desk's patience) and in full before a bulk write.

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

namespace fd::core {

namespace {

struct Budget {
    QElapsedTimer clock;
    qint64 ms = 0;
    bool spent = false;
};

/// SQLite's progress handler: a non-zero answer interrupts the statement.
int stopWhenSpent(void* data) {
    auto* budget = static_cast<Budget*>(data);
    budget->spent = budget->clock.elapsed() > budget->ms;
    return budget->spent ? 1 : 0;
}

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
    sqlite3* handle = sqliteHandle();
    Budget budget;
    if (budgetMs && handle) {
        budget.ms = *budgetMs;
        budget.clock.start();
        sqlite3_progress_handler(handle, 10000, &stopWhenSpent, &budget);
    }
    QSqlQuery q(m_db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check"));
    while (ran && q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            result.problems << line;
        }
    }
    if (budgetMs && handle) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
    if (budget.spent) {
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
