#pragma once

#include "domain/entities.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace fd::core {

class Database;

/// What the leads list shows; `text` is matched case-insensitively (Cyrillic too) against
/// the contact's name, phone digits and email.
struct LeadFilter {
    OptTime createdFrom;  ///< created_at >= createdFrom
    OptTime createdTo;    ///< created_at < createdTo
    std::optional<LeadStatus> status;
    OptId channelId;
    OptId officeId;
    OptId operatorId;
    QString text;
    /// What the person reading may see, set by the reader from who is signed in (never by a
    /// view): an operator their own leads and nobody's, a manager their office's.
    OptId reachOperatorId;
    OptId reachOfficeId;

    bool operator==(const LeadFilter&) const = default;
};

/// The columns of the leads list, in display order.
enum class LeadColumn {
    Created,
    Name,
    Phone,
    Channel,
    Campaign,
    State,
    Operator,
    Office,
    NextMeeting,
    Revenue
};
inline constexpr int kLeadColumnCount = 10;

struct LeadSort {
    LeadColumn column = LeadColumn::Created;
    bool descending = true;

    bool operator==(const LeadSort&) const = default;
};

struct LeadListRow {
    Id id = 0;
    qint64 createdAt = 0;
    QString name;
    QString phone;
    QString channel;
    QString campaign;
    LeadStatus status = LeadStatus::New;
    QString operatorName;
    QString office;
    OptTime nextMeetingAt;
    qint64 revenue = 0;
};

/// How the list finds a page and a count: from its index in memory (LeadListStore: SQLite up to
/// its size limit, no text pattern shorter than three characters), or by SQL over the rows.
enum class ListAccess { Auto, Rows };

struct LeadListIndex;

/// The lead columns a list filter can find through an index.
enum class LeadFilterColumn { None, Created, State, Channel, Office, Operator };

/// The leads list, with filtering and sorting done by the database. Sorting is possible
/// only in the orderings of a fixed whitelist (sortPlan); a page is found by walking an
/// index for ids only, then its rows are read by id.
class LeadListRepository final {
public:
    explicit LeadListRepository(Database& db) : m_db(db) {}

    static bool sortable(LeadColumn column);

    /// Rows: SQL alone (to compare the two in tests and benchmarks); Auto by default.
    void setAccess(ListAccess access) { m_access = access; }

    qint64 count(const LeadFilter& filter);
    /// Rows [offset, offset + limit) in the sort order; ties are broken by id.
    std::vector<LeadListRow> fetch(const LeadFilter& filter, LeadSort sort, qint64 offset, int limit);

    /// The rows of these leads, in the order given (at most a few hundred at a time).
    std::vector<LeadListRow> rowsByIds(const std::vector<Id>& ids);

    /// The ids of rows [offset, offset + limit) in the sort order.
    /// `walk` forces how SQL finds the page (walkSortOrder decides when empty): both give the same
    /// as the index in memory, which is not used when `walk` is given.
    std::vector<Id> pageIds(const LeadFilter& filter, LeadSort sort, qint64 offset, int limit,
                            std::optional<bool> walk = std::nullopt);
    /// Whether a page is found by walking the sort order and testing each lead (a filter that
    /// matches many, a page near the start, SQLite) rather than by sorting every match.
    bool walkSortOrder(const LeadFilter& filter, qint64 offset, int limit);

private:
    /// The positions in the list's index in memory of the leads `filter` matches, or null when
    /// the list works from the rows.
    const std::vector<std::uint32_t>* inMemory(const LeadFilter& filter);
    /// Of two or more filters an index can find, the one matching the fewest leads (SQLite; None
    /// when there is no choice to make).
    LeadFilterColumn narrowest(const LeadFilter& filter);
    /// Each condition an index finds, alone (two or more; none with a text search or on a server).
    std::vector<std::pair<LeadFilterColumn, LeadFilter>> singleFilters(const LeadFilter& filter);
    /// The count of a filter of several such conditions as the ids their indexes give in
    /// common, when that reads less than testing the narrowest's leads one by one.
    std::optional<qint64> countByIntersection(const LeadFilter& filter);

    Database& m_db;
    std::vector<std::pair<LeadFilter, qint64>> m_counted;  ///< counts made by this repository
    ListAccess m_access = ListAccess::Auto;
    std::shared_ptr<const LeadListIndex> m_index;
    std::optional<LeadFilter> m_matchedFilter;  ///< what m_matched holds the matches of
    std::vector<std::uint32_t> m_matched;
};

}  // namespace fd::core
