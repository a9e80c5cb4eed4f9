// Database: running statements — the prepared-statement cache, transactions and savepoints, a
// connection lost and made again, and the data stamp that keeps derived snapshots honest.
#include "storage/database.h"

#include "storage/query.h"
#include "storage/storage_error.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

namespace fd::core {

void execOrThrow(QSqlQuery& query) {
    if (!query.exec()) {
        const QSqlError e = query.lastError();
        throw storageError(e, query.lastQuery());
    }
}

qint64 Query::insert() {
    exec();
    if (m_db.onServer()) {
        // The id the row got, from this session's sequence (prepared without RETURNING, see
        // Database::cached).
        Query last(m_db, "SELECT lastval()");
        const std::optional<qint64> id = last.one([](Query& r) { return r.i64(0); });
        if (!id) {
            throw StorageError(QStringLiteral("INSERT gave no id"), m_q.lastQuery());
        }
        return *id;
    }
    if (!m_q.isSelect()) {  // SQLite: prepared without RETURNING (see Database::cached)
        const QVariant id = m_q.lastInsertId();
        if (!id.isValid()) {
            throw StorageError(QStringLiteral("INSERT gave no id"), m_q.lastQuery());
        }
        return id.toLongLong();
    }
    if (!m_q.next()) {
        throw StorageError(QStringLiteral("INSERT returned no id"), m_q.lastQuery());
    }
    return m_q.value(0).toLongLong();
}

void Database::noteFailure(const StorageError& e) {
    if (e.kind() == StorageFailure::Lost) {
        m_lost = true;
    }
}

void Database::reconnect() {
    m_cache.clear();
    m_snapshots.clear();
    m_depth = 0;
    m_db.close();
    if (!m_db.open()) {
        throw StorageError(m_db.lastError().text(), QString(), StorageFailure::Lost);
    }
    m_lost = false;
    spdlog::warn("reconnected to the database server");
}

void Database::setCommitWait(CommitWait wait) {
    if (dialect().engine() == SqlDialect::Engine::SQLite) {
        execute(wait == CommitWait::UntilOnDisk ? QStringLiteral("PRAGMA synchronous = FULL")
                                                : QStringLiteral("PRAGMA synchronous = OFF"));
    }
}

QSqlQuery& Database::cached(const char* sql) {
    if (m_lost && m_depth == 0) {
        reconnect();
    }
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        return *it->second;
    }
    QString text = QString::fromUtf8(sql);
    // SQLite runs RETURNING through a temporary table per execution; the rowid of the insert
    // is the same id without it (about a tenth of a bulk import's time). On a server RETURNING
    // would need the new row to be one the person may read at once, which a row is not always
    // until the same transaction adds more (a manager's walk-in client is theirs once the meeting
    // in their office is): the id comes from the session's sequence instead (Query::insert).
    static const QLatin1String returningId(" RETURNING id");
    if (text.startsWith(QLatin1String("INSERT")) && text.endsWith(returningId)) {
        text.chop(returningId.size());
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(text)) {
        throw storageError(q->lastError(), text);
    }
    return *m_cache.emplace(sql, std::move(q)).first->second;
}

void Database::execute(const QString& sql) {
    if (m_lost && m_depth == 0) {
        reconnect();
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        const StorageError e(q.lastError().text(), sql, failureOf(q.lastError()));
        noteFailure(e);
        throw e;
    }
}

void Database::begin(Isolation isolation) {
    if (isDamaged()) {
        throw StorageError(QStringLiteral("the database file is damaged"), QStringLiteral("BEGIN"),
                           StorageFailure::Damaged);
    }
    if (m_access != WriteAccess::Writable) {
        throw StorageError(QStringLiteral("the database can only be read"), QStringLiteral("BEGIN"),
                           StorageFailure::ReadOnly);
    }
    if (m_depth == 0) {
        execute(m_dialect.beginWrite(isolation));
    } else {
        execute(QStringLiteral("SAVEPOINT fd_sp%1").arg(m_depth));
    }
    ++m_depth;
}

void Database::commit() {
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        execute(QStringLiteral("COMMIT"));
    } else {
        execute(QStringLiteral("RELEASE fd_sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

void Database::rollback() {
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth == 0) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO fd_sp%1").arg(m_depth));
        execute(QStringLiteral("RELEASE fd_sp%1").arg(m_depth));
    }
}

sqlite3* Database::sqliteHandle() {
    if (m_dialect.engine() != SqlDialect::Engine::SQLite) {
        return nullptr;
    }
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

std::pair<qint64, qint64> Database::dataStamp() {
    if (onServer()) {
        // A snapshot of the server decides which writes are visible: as long as no write
        // transaction began or ended (this connection's own included), it and the data are the same.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT CAST(pg_current_snapshot() AS TEXT)")) || !q.next()) {
            throw storageError(q.lastError(), q.lastQuery());
        }
        const QString text = q.value(0).toString();
        const qint64 xmax = text.section(QLatin1Char(':'), 1, 1).toLongLong();
        return {xmax, static_cast<qint64>(qHash(text) & 0x7fffffffffffffffULL)};
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    const qint64 others = q.value(0).toLongLong();
    sqlite3* handle = sqliteHandle();
    return {others, handle ? static_cast<qint64>(sqlite3_total_changes64(handle)) : -1};
}

std::shared_ptr<const void> Database::snapshot(const char* key) {
    const auto it = m_snapshots.find(key);
    if (it == m_snapshots.end()) {
        return nullptr;
    }
    // Without a way to see this connection's own writes the snapshot cannot be trusted.
    if (it->second.stamp.second < 0 || it->second.stamp != dataStamp()) {
        m_snapshots.erase(it);
        return nullptr;
    }
    return it->second.value;
}

void Database::storeSnapshot(const char* key, std::shared_ptr<const void> value,
                             std::pair<qint64, qint64> stamp) {
    m_snapshots[key] = Snapshot{std::move(value), stamp};
}

}  // namespace fd::core
