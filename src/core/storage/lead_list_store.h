#pragma once

#include "domain/enums.h"
#include "storage/lead_chunks.h"

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fd::core {

class Database;

/// What the leads list filters and sorts by, for every lead, held in memory column by column (a
/// few dozen bytes a lead): the list's filters, counts and sorts run over it instead of reading
/// thousands of scattered lead rows from the disk. Names and phones are kept as sort keys
/// (contact_keys.h): leads whose keys are equal and not exact are ordered by reading their contacts.
struct LeadListIndex {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    std::vector<std::uint32_t> id;  ///< ascending
    std::vector<qint64> created;
    std::vector<std::uint8_t> status;    ///< a LeadStatus
    std::vector<std::uint32_t> channel;  ///< 0: none (and so for the next three)
    std::vector<std::uint32_t> campaign;
    std::vector<std::uint32_t> office;
    std::vector<std::uint32_t> operatorId;
    std::vector<std::uint32_t> contact;
    std::vector<qint64> nextMeeting;  ///< kNone: none
    std::vector<qint64> revenue;
    /// The contact's name and phone as order-preserving keys (contact_keys.h).
    std::vector<std::array<std::uint64_t, 2>> nameKey;
    std::vector<std::uint64_t> phoneKey;
    std::uint32_t maxContact = 0;

    std::size_t size() const { return id.size(); }
    void reserve(std::size_t n);
    void resize(std::size_t n);
};

/// The list's columns of every lead kept ready in a SQLite database beside the lead rows, in
/// chunks of 4,096 leads (leadchunks) packed in the table lead_list: triggers on leads and contacts
/// delete a chunk in the same transaction as any change to what it holds, and a missing chunk is
/// built from the rows when read and written back afterwards.
class LeadListStore final {
public:
    static constexpr const char* kTable = "lead_list";
    static constexpr const char* kInsertTrigger = "lead_list_lead_insert";
    static constexpr int kFormat = 1;
    /// Above this many leads (by id) the list works from the rows and their indexes alone: held in
    /// memory, its columns would take more than a seat should spend on one list.
    static constexpr qint64 kMaxLeads = 4'000'000;

    /// The table and its triggers (the statements of a schema step, SQLite only).
    static std::vector<std::string> schema();

    explicit LeadListStore(Database& db) : m_db(db) {}

    /// The index of the data as it is now: this connection's while nothing changed, else read (and
    /// the chunks built from the rows kept). Null where the list works from the rows: on a server,
    /// above kMaxLeads, ids beyond 32 bits.
    std::shared_ptr<const LeadListIndex> index();

    /// The stored chunks that differ from the rows' (for checks and tests): their numbers.
    std::vector<qint64> stale();
    /// Every lead's columns read from the rows alone, never from the stored chunks (for checks
    /// and tests).
    LeadListIndex fromRows();

    /// A chunk's leads (positions [from, to) of `index`) packed; decode appends them back.
    static std::string encode(const LeadListIndex& index, std::size_t from, std::size_t to);
    static bool decode(std::span<const std::uint8_t> bytes, LeadListIndex& into);

private:
    /// The chunk's leads from the rows into `into`; false when one does not fit the index.
    bool chunkFromRows(qint64 chunk, LeadListIndex& into);

    Database& m_db;
};

}  // namespace fd::core
