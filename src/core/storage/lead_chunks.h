#pragma once

// What the tables of packed per-lead chunks kept beside the lead rows share (the funnel's facts,
// LeadFactStore; the list's columns, LeadListStore): leads cut by id into chunks of 4,096, each
// chunk's bytes deleted by triggers in the same transaction as any change to what it holds, a
// missing chunk built from the rows when read and written back afterwards. SQLite only.

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace fd::core {

class Database;

namespace leadchunks {

inline constexpr int kShift = 12;

inline qint64 firstId(qint64 chunk) {
    return chunk << kShift;
}

/// The trigger statement that forgets the chunk of the lead `leadId` (an SQL expression).
std::string forget(const char* table, const std::string& leadId);

struct Built {
    qint64 number = 0;
    qint64 leads = 0;
    std::string bytes;
};

/// The chunks the leads' ids span, and how many leads the stored chunks hold; nothing without leads.
struct Span {
    qint64 first = 0;
    qint64 last = 0;
    qint64 storedLeads = 0;
};
std::optional<Span> span(Database& db, const char* table);

/// For every chunk of `s` in order: `use` with the stored bytes of `format`, or with no bytes for
/// a chunk not stored (or of another format); `use` returns false when the bytes were unusable,
/// and is then called again with none (it builds the chunk from the rows).
void forEach(
    Database& db, const char* table, int format, const Span& s,
    const std::function<bool(qint64 chunk, std::optional<std::span<const std::uint8_t>> bytes)>& use);

/// Writes built chunks back when nothing was committed since `readStamp` (Database::dataStamp
/// of the read): returns the data stamp after the write, or nothing when they were not kept (a
/// database that can only be read, another writer first). Never throws.
std::optional<std::pair<qint64, qint64>> keep(Database& db, const char* table, int format,
                                              const std::vector<Built>& built,
                                              std::pair<qint64, qint64> readStamp);

/// The stored chunks of `format` with their bytes, in order (for checks and tests).
std::vector<std::pair<qint64, std::string>> stored(Database& db, const char* table, int format);

}  // namespace leadchunks

/// For a bulk load of new leads inside a write transaction (an import, the demo): the triggers
/// that forget a lead's chunks at its insert (statements run for every row, most of what the
/// insert costs) are dropped, and done() forgets every chunk from the first new lead's on at once
/// and creates the triggers again: the chunks the triggers would have forgotten, as the new
/// leads' ids follow every stored one. A rollback restores the triggers with the rest (DDL is
/// transactional in SQLite); on a server nothing is done.
class NewLeadsInBulk final {
public:
    explicit NewLeadsInBulk(Database& db);
    void done();

private:
    Database& m_db;
    std::optional<qint64> m_firstNewId;  ///< set while the triggers are dropped
};

}  // namespace fd::core
