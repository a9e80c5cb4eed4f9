#include "storage/lead_fact_store.h"

#include "storage/database.h"
#include "storage/file_access.h"
#include "storage/funnel_repository.h"
#include "storage/query.h"
#include "storage/sqlite_statement.h"
#include "storage/storage_error.h"

#include <QString>

#include <sqlite3.h>

namespace fd::core {

namespace {

using Statement = SqliteStatement;

qint64 firstId(qint64 chunk) {
    return chunk << LeadFactStore::kChunkShift;
}

/// A chunk's facts as the rows give them.
FactChunk chunkFromRows(Database& db, qint64 chunk) {
    return FunnelRepository(db).chunk(firstId(chunk), firstId(chunk + 1));
}

}  // namespace

std::vector<std::string> LeadFactStore::schema() {
    const std::string chunk = " >> " + std::to_string(kChunkShift);
    auto drop = [&](const std::string& leadId) {
        return "DELETE FROM lead_facts WHERE chunk = (" + leadId + ")" + chunk + ";";
    };
    const std::string dealLead = "SELECT lead_id FROM deals WHERE id = ";
    // The lead columns the facts are made of; any other change (a note, a status) keeps the chunk.
    const std::string factColumns =
        "id, created_at, channel_id, campaign_id, operator_id, office_id, manager_id, first_contact_at, "
        "booked_at, arrived_at, target_at, sold_at, first_paid_at, no_shows, due_meetings, first_call_at";
    return {
        "CREATE TABLE IF NOT EXISTS lead_facts (chunk INTEGER PRIMARY KEY, format INTEGER NOT NULL, leads "
        "INTEGER NOT "
        "NULL, "
        "body BLOB NOT NULL) STRICT",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_lead_insert AFTER INSERT ON leads BEGIN " + drop("NEW.id") +
            " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_lead_delete AFTER DELETE ON leads BEGIN " + drop("OLD.id") +
            " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_lead_update AFTER UPDATE OF " + factColumns +
            " ON leads BEGIN " + drop("OLD.id") + drop("NEW.id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_deal_insert AFTER INSERT ON deals BEGIN " +
            drop("NEW.lead_id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_deal_delete AFTER DELETE ON deals BEGIN " +
            drop("OLD.lead_id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_deal_update AFTER UPDATE OF id, lead_id, signed_at, amount "
        "ON deals "
        "BEGIN " +
            drop("OLD.lead_id") + drop("NEW.lead_id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_payment_insert AFTER INSERT ON payments BEGIN " +
            drop(dealLead + "NEW.deal_id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_payment_delete AFTER DELETE ON payments BEGIN " +
            drop(dealLead + "OLD.deal_id") + " END",
        "CREATE TRIGGER IF NOT EXISTS lead_facts_payment_update AFTER UPDATE OF deal_id, paid_at, amount ON "
        "payments "
        "BEGIN " +
            drop(dealLead + "OLD.deal_id") + drop(dealLead + "NEW.deal_id") + " END",
    };
}

namespace {

constexpr const char* kLeadInsertTrigger = "lead_facts_lead_insert";

}  // namespace

LeadFactStore::NewLeadsInBulk::NewLeadsInBulk(Database& db) : m_db(db) {
    sqlite3* handle = db.sqliteHandle();
    if (!handle) {
        return;
    }
    m_firstNewId = nextRowId(handle, "leads");
    db.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(kLeadInsertTrigger)));
}

void LeadFactStore::NewLeadsInBulk::done() {
    if (!m_firstNewId) {
        return;
    }
    Query forget(m_db, "DELETE FROM lead_facts WHERE chunk >= :chunk");
    forget.bind(":chunk", *m_firstNewId >> kChunkShift).exec();
    for (const std::string& statement : schema()) {
        if (statement.find(kLeadInsertTrigger) != std::string::npos) {
            m_db.execute(QString::fromStdString(statement));
        }
    }
    m_firstNewId.reset();
}

LeadFactStore::Loaded LeadFactStore::load() {
    Loaded out;
    sqlite3* handle = m_db.sqliteHandle();
    if (!handle) {
        throw StorageError(QStringLiteral("stored lead facts exist on SQLite only"), QString());
    }
    // Each extreme on its own: SQLite reads min() and max() from the key only when alone.
    Statement range(handle,
                    "SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM leads), "
                    "(SELECT coalesce(sum(leads), 0) FROM lead_facts)");
    if (!range.step() || sqlite3_column_type(range.get(), 0) == SQLITE_NULL) {
        return out;
    }
    const qint64 lo = sqlite3_column_int64(range.get(), 0) >> kChunkShift;
    const qint64 hi = sqlite3_column_int64(range.get(), 1) >> kChunkShift;
    out.leads.reserve(static_cast<std::size_t>(sqlite3_column_int64(range.get(), 2)) +
                      (std::size_t{1} << kChunkShift));
    // Room for more money events than a company has (a sale in two leads, two payments a lead):
    // never moved while they are read, and what stays unused is never touched, so it costs
    // address space only.
    out.deals.reserve(out.leads.capacity() / 2);
    out.payments.reserve(out.leads.capacity() * 2);

    Statement stored(
        handle,
        "SELECT chunk, format, body FROM lead_facts WHERE chunk >= ?1 AND chunk <= ?2 ORDER BY chunk");
    sqlite3_bind_int64(stored.get(), 1, lo);
    sqlite3_bind_int64(stored.get(), 2, hi);
    bool more = stored.step();
    for (qint64 chunk = lo; chunk <= hi; ++chunk) {
        while (more && sqlite3_column_int64(stored.get(), 0) < chunk) {
            more = stored.step();
        }
        if (more && sqlite3_column_int64(stored.get(), 0) == chunk &&
            sqlite3_column_int64(stored.get(), 1) == FactChunk::kFormat) {
            const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(stored.get(), 2));
            const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stored.get(), 2));
            if (FactChunk::decode({bytes, size}, out.leads, out.deals, out.payments)) {
                continue;
            }
        }
        FactChunk fresh = chunkFromRows(m_db, chunk);
        out.built.push_back(BuiltChunk{chunk, static_cast<qint64>(fresh.leads.size()), fresh.encode()});
        out.leads.insert(out.leads.end(), fresh.leads.begin(), fresh.leads.end());
        out.deals.insert(out.deals.end(), fresh.deals.begin(), fresh.deals.end());
        out.payments.insert(out.payments.end(), fresh.payments.begin(), fresh.payments.end());
    }
    return out;
}

std::optional<std::pair<qint64, qint64>> LeadFactStore::keep(const std::vector<BuiltChunk>& built,
                                                             std::pair<qint64, qint64> readStamp) {
    sqlite3* handle = m_db.sqliteHandle();
    if (built.empty() || !handle || m_db.transactionDepth() != 0 ||
        m_db.writeAccess() != WriteAccess::Writable || m_db.isDamaged()) {
        return std::nullopt;
    }
    try {
        WriteTransaction tx(m_db);
        // Another connection's commit since the read may have changed a chunk built from it.
        if (m_db.dataStamp() != readStamp) {
            return std::nullopt;
        }
        Statement insert(
            handle, "INSERT OR REPLACE INTO lead_facts (chunk, format, leads, body) VALUES (?1, ?2, ?3, ?4)");
        for (const BuiltChunk& c : built) {
            sqlite3_bind_int64(insert.get(), 1, c.number);
            sqlite3_bind_int(insert.get(), 2, FactChunk::kFormat);
            sqlite3_bind_int64(insert.get(), 3, c.leads);
            sqlite3_bind_blob64(insert.get(), 4, c.bytes.data(), c.bytes.size(), SQLITE_STATIC);
            insert.step();
            sqlite3_reset(insert.get());
        }
        const auto stamp = m_db.dataStamp();
        tx.commit();
        return stamp;
    } catch (const StorageError&) {
        return std::nullopt;  // kept another time
    }
}

std::vector<qint64> LeadFactStore::stale() {
    std::vector<std::pair<qint64, std::string>> stored;
    {
        Query q(m_db, "SELECT chunk, format, body FROM lead_facts ORDER BY chunk");
        q.exec();
        while (q.next()) {
            const QByteArray body = q.value(2).toByteArray();
            stored.emplace_back(q.i64(1) == FactChunk::kFormat ? q.i64(0) : -1,
                                std::string(body.constData(), static_cast<std::size_t>(body.size())));
        }
    }
    std::vector<qint64> out;
    for (const auto& [chunk, bytes] : stored) {
        if (chunk >= 0 && chunkFromRows(m_db, chunk).encode() != bytes) {
            out.push_back(chunk);
        }
    }
    return out;
}

qint64 LeadFactStore::storedChunks() {
    Query q(m_db, "SELECT count(*) FROM lead_facts");
    q.exec();
    return q.next() ? q.i64(0) : 0;
}

}  // namespace fd::core
