#pragma once

#include "funnel/fact_chunk.h"
#include "storage/lead_chunks.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fd::core {

class Database;

/// The funnel's per-lead facts kept ready in a SQLite database, so that the first report after
/// opening it reads a few megabytes instead of every lead row: the leads are cut by id into chunks
/// of 4,096 (leadchunks), and each chunk's facts, contracts and payments are packed (FactChunk) in
/// the table lead_facts. Triggers on leads, deals and payments delete a chunk in the same
/// transaction as any change to what it holds (whoever writes, through FunnelDesk or not), so a
/// stored chunk is never stale; a missing one is built from the rows when read and written back
/// afterwards.
class LeadFactStore final {
public:
    static constexpr const char* kTable = "lead_facts";
    static constexpr const char* kInsertTrigger = "lead_facts_lead_insert";

    /// The table and its triggers (the statements of a schema step, SQLite only).
    static std::vector<std::string> schema();

    explicit LeadFactStore(Database& db) : m_db(db) {}

    using BuiltChunk = leadchunks::Built;
    struct Loaded {
        std::vector<FunnelLeadFact> leads;  ///< in id order
        std::vector<FunnelMoneyEvent> deals;
        std::vector<FunnelMoneyEvent> payments;
        /// The chunks that were missing (or unreadable), built from the rows.
        std::vector<BuiltChunk> built;
    };
    /// Every lead's facts with their contracts and payments, inside the caller's read transaction.
    Loaded load();

    /// Writes built chunks back (leadchunks::keep).
    std::optional<std::pair<qint64, qint64>> keep(const std::vector<BuiltChunk>& built,
                                                  std::pair<qint64, qint64> readStamp) {
        return leadchunks::keep(m_db, kTable, FactChunk::kFormat, built, readStamp);
    }

    /// The stored chunks whose facts differ from the rows' (for checks and tests): their numbers.
    std::vector<qint64> stale();
    /// How many chunks are stored.
    qint64 storedChunks();

private:
    Database& m_db;
};

}  // namespace fd::core
