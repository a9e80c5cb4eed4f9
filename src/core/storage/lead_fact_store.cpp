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

/// A chunk's facts as the rows give them.
FactChunk chunkFromRows(Database& db, qint64 chunk) {
    return FunnelRepository(db).chunk(leadchunks::firstId(chunk), leadchunks::firstId(chunk + 1));
}

}  // namespace

std::vector<std::string> LeadFactStore::schema() {
    auto drop = [](const std::string& leadId) { return leadchunks::forget(kTable, leadId); };
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

LeadFactStore::Loaded LeadFactStore::load() {
    Loaded out;
    const std::optional<leadchunks::Span> chunks = leadchunks::span(m_db, kTable);
    if (!chunks) {
        return out;
    }
    out.leads.reserve(static_cast<std::size_t>(chunks->storedLeads) + (std::size_t{1} << leadchunks::kShift));
    // Room for more money events than a company has (a sale in two leads, two payments a lead):
    // never moved while they are read, and what stays unused is never touched, so it costs
    // address space only.
    out.deals.reserve(out.leads.capacity() / 2);
    out.payments.reserve(out.leads.capacity() * 2);
    leadchunks::forEach(
        m_db, kTable, FactChunk::kFormat, *chunks,
        [&](qint64 chunk, std::optional<std::span<const std::uint8_t>> bytes) {
            if (bytes) {
                return FactChunk::decode(*bytes, out.leads, out.deals, out.payments);
            }
            FactChunk fresh = chunkFromRows(m_db, chunk);
            out.built.push_back(BuiltChunk{chunk, static_cast<qint64>(fresh.leads.size()), fresh.encode()});
            out.leads.insert(out.leads.end(), fresh.leads.begin(), fresh.leads.end());
            out.deals.insert(out.deals.end(), fresh.deals.begin(), fresh.deals.end());
            out.payments.insert(out.payments.end(), fresh.payments.begin(), fresh.payments.end());
            return true;
        });
    return out;
}

std::vector<qint64> LeadFactStore::stale() {
    std::vector<qint64> out;
    for (const auto& [chunk, bytes] : leadchunks::stored(m_db, kTable, FactChunk::kFormat)) {
        if (chunkFromRows(m_db, chunk).encode() != bytes) {
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
