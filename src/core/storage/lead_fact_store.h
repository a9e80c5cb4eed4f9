#pragma once

#include "funnel/fact_chunk.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fd::core {

class Database;

/// The funnel's per-lead facts kept ready in a SQLite database, so that the first report after
/// opening it reads a few megabytes instead of every lead row: the leads are cut by id into chunks
/// of 2^kChunkShift (4,096), and each chunk's facts, contracts and payments are packed (FactChunk) in the
/// table lead_facts. Triggers on leads, deals and payments delete a chunk in the same transaction
/// as any change to what it holds (whoever writes, through FunnelDesk or not), so a stored chunk is
/// never stale; a missing one is built from the rows when read and written back afterwards.
class LeadFactStore final {
public:
    static constexpr int kChunkShift = 12;

    /// The table and its triggers (the statements of a schema step, SQLite only).
    static std::vector<std::string> schema();

    explicit LeadFactStore(Database& db) : m_db(db) {}

    struct BuiltChunk {
        qint64 number = 0;
        qint64 leads = 0;
        std::string bytes;
    };
    struct Loaded {
        std::vector<FunnelLeadFact> leads;  ///< in id order
        std::vector<FunnelMoneyEvent> deals;
        std::vector<FunnelMoneyEvent> payments;
        /// The chunks that were missing (or unreadable), built from the rows.
        std::vector<BuiltChunk> built;
    };
    /// Every lead's facts with their contracts and payments, inside the caller's read transaction.
    Loaded load();

    /// Writes built chunks back when nothing was committed since `readStamp` (Database::dataStamp
    /// of the read): returns the data stamp after the write, or nothing when they were not kept (a
    /// database that can only be read, another writer first). Never throws.
    std::optional<std::pair<qint64, qint64>> keep(const std::vector<BuiltChunk>& built,
                                                  std::pair<qint64, qint64> readStamp);

    /// For a bulk load of new leads inside a write transaction (an import, the demo): the trigger
    /// that forgets a lead's chunk at its insert (a statement run for every row, most of what the
    /// insert costs) is dropped, and done() forgets every chunk from the first new lead's on at
    /// once and creates the trigger again: the chunks the trigger would have forgotten, as the new
    /// leads' ids follow every stored one. A rollback restores the trigger with the rest (DDL is
    /// transactional in SQLite); on a server nothing is done.
    class NewLeadsInBulk final {
    public:
        explicit NewLeadsInBulk(Database& db);
        void done();

    private:
        Database& m_db;
        std::optional<qint64> m_firstNewId;  ///< set while the trigger is dropped
    };

    /// The stored chunks whose facts differ from the rows' (for checks and tests): their numbers.
    std::vector<qint64> stale();
    /// How many chunks are stored.
    qint64 storedChunks();

private:
    Database& m_db;
};

}  // namespace fd::core
