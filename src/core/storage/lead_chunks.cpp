#include "storage/lead_chunks.h"

#include "storage/database.h"
#include "storage/lead_fact_store.h"
#include "storage/lead_list_store.h"
#include "storage/sqlite_statement.h"
#include "storage/storage_error.h"

#include <QString>

#include <sqlite3.h>

namespace fd::core {

namespace leadchunks {

std::string forget(const char* table, const std::string& leadId) {
    return std::string("DELETE FROM ") + table + " WHERE chunk = (" + leadId + ") >> " +
           std::to_string(kShift) + ";";
}

std::optional<Span> span(Database& db, const char* table) {
    sqlite3* handle = db.sqliteHandle();
    if (!handle) {
        throw StorageError(QStringLiteral("stored lead chunks exist on SQLite only"), QString());
    }
    // Each extreme on its own: SQLite reads min() and max() from the key only when alone.
    const std::string sql = std::string(
                                "SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM leads), "
                                "(SELECT coalesce(sum(leads), 0) FROM ") +
                            table + ")";
    SqliteStatement range(handle, sql.c_str());
    if (!range.step() || sqlite3_column_type(range.get(), 0) == SQLITE_NULL) {
        return std::nullopt;
    }
    return Span{sqlite3_column_int64(range.get(), 0) >> kShift,
                sqlite3_column_int64(range.get(), 1) >> kShift, sqlite3_column_int64(range.get(), 2)};
}

void forEach(Database& db, const char* table, int format, const Span& s,
             const std::function<bool(qint64, std::optional<std::span<const std::uint8_t>>)>& use) {
    const std::string sql = std::string("SELECT chunk, format, body FROM ") + table +
                            " WHERE chunk >= ?1 AND chunk <= ?2 ORDER BY chunk";
    SqliteStatement stored(db.sqliteHandle(), sql.c_str());
    sqlite3_bind_int64(stored.get(), 1, s.first);
    sqlite3_bind_int64(stored.get(), 2, s.last);
    bool more = stored.step();
    for (qint64 chunk = s.first; chunk <= s.last; ++chunk) {
        while (more && sqlite3_column_int64(stored.get(), 0) < chunk) {
            more = stored.step();
        }
        if (more && sqlite3_column_int64(stored.get(), 0) == chunk &&
            sqlite3_column_int64(stored.get(), 1) == format) {
            const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(stored.get(), 2));
            const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stored.get(), 2));
            if (use(chunk, std::span<const std::uint8_t>(bytes, size))) {
                continue;
            }
        }
        use(chunk, std::nullopt);
    }
}

std::optional<std::pair<qint64, qint64>> keep(Database& db, const char* table, int format,
                                              const std::vector<Built>& built,
                                              std::pair<qint64, qint64> readStamp) {
    sqlite3* handle = db.sqliteHandle();
    if (built.empty() || !handle || db.transactionDepth() != 0 || db.writeAccess() != WriteAccess::Writable ||
        db.isDamaged()) {
        return std::nullopt;
    }
    try {
        WriteTransaction tx(db);
        // Another connection's commit since the read may have changed a chunk built from it.
        if (db.dataStamp() != readStamp) {
            return std::nullopt;
        }
        const std::string sql = std::string("INSERT OR REPLACE INTO ") + table +
                                " (chunk, format, leads, body) VALUES (?1, ?2, ?3, ?4)";
        SqliteStatement insert(handle, sql.c_str());
        for (const Built& c : built) {
            sqlite3_bind_int64(insert.get(), 1, c.number);
            sqlite3_bind_int(insert.get(), 2, format);
            sqlite3_bind_int64(insert.get(), 3, c.leads);
            sqlite3_bind_blob64(insert.get(), 4, c.bytes.data(), c.bytes.size(), SQLITE_STATIC);
            insert.run();
        }
        const auto stamp = db.dataStamp();
        tx.commit();
        return stamp;
    } catch (const StorageError&) {
        return std::nullopt;  // kept another time
    }
}

std::vector<std::pair<qint64, std::string>> stored(Database& db, const char* table, int format) {
    std::vector<std::pair<qint64, std::string>> out;
    const std::string sql =
        std::string("SELECT chunk, body FROM ") + table + " WHERE format = ?1 ORDER BY chunk";
    SqliteStatement q(db.sqliteHandle(), sql.c_str());
    sqlite3_bind_int(q.get(), 1, format);
    while (q.step()) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(q.get(), 1));
        out.emplace_back(sqlite3_column_int64(q.get(), 0),
                         std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(q.get(), 1))));
    }
    return out;
}

}  // namespace leadchunks

namespace {

/// Each table of chunks with the trigger that forgets a chunk at a lead's insert.
struct InsertTrigger {
    const char* table;
    const char* trigger;
    std::vector<std::string> (*schema)();
};
const InsertTrigger kInsertTriggers[] = {
    {LeadFactStore::kTable, LeadFactStore::kInsertTrigger, &LeadFactStore::schema},
    {LeadListStore::kTable, LeadListStore::kInsertTrigger, &LeadListStore::schema},
};

}  // namespace

NewLeadsInBulk::NewLeadsInBulk(Database& db) : m_db(db) {
    sqlite3* handle = db.sqliteHandle();
    if (!handle) {
        return;
    }
    m_firstNewId = nextRowId(handle, "leads");
    for (const InsertTrigger& t : kInsertTriggers) {
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t.trigger)));
    }
}

void NewLeadsInBulk::done() {
    if (!m_firstNewId) {
        return;
    }
    for (const InsertTrigger& t : kInsertTriggers) {
        // Table names come from the schema above, never from input.
        const std::string sql = std::string("DELETE FROM ") + t.table + " WHERE chunk >= ?1";
        SqliteStatement forgetNew(m_db.sqliteHandle(), sql.c_str());
        forgetNew.bind(1, *m_firstNewId >> leadchunks::kShift).run();
        for (const std::string& statement : t.schema()) {
            if (statement.find(t.trigger) != std::string::npos) {
                m_db.execute(QString::fromStdString(statement));
            }
        }
    }
    m_firstNewId.reset();
}

}  // namespace fd::core
