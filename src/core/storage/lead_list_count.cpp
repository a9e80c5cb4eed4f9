#include "storage/lead_list_repository.h"

// LeadListRepository: how many leads a filter matches, which of its conditions an index should
// find, and whether a page is found by walking the sort order.

#include "storage/database.h"
#include "storage/lead_list_where.h"
#include "storage/query.h"
#include "storage/sqlite_statement.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace fd::core {

using namespace leadlist;

bool LeadListRepository::walkSortOrder(const LeadFilter& filter, qint64 offset, int limit) {
    const bool filtered = filter.createdFrom || filter.createdTo || filter.status || filter.channelId ||
                          filter.officeId || filter.operatorId || filter.reachOperatorId ||
                          filter.reachOfficeId || searchesThroughIndex(m_db, filter);
    // A text pattern is tested on the contact, which the walk does not read; a server plans
    // with statistics. (The contacts a search finds are gathered once, then looked up.)
    if (!filtered || searchesByPattern(m_db, filter) || m_db.onServer()) {
        return false;
    }
    Query ceiling(m_db, "SELECT max(id) FROM leads");
    ceiling.exec();
    const qint64 all = ceiling.next() ? ceiling.i64(0) : 0;
    const qint64 matched = count(filter);
    if (matched <= 0 || all <= 0) {
        return false;
    }
    // Walking reads about (offset + limit) x all / matched leads; sorting reads every match and
    // sorts them, several times the work per lead.
    const double walked =
        static_cast<double>(offset + limit) * static_cast<double>(all) / static_cast<double>(matched);
    return walked * 4 < static_cast<double>(matched);
}

std::vector<std::pair<LeadFilterColumn, LeadFilter>> LeadListRepository::singleFilters(
    const LeadFilter& filter) {
    // Without statistics of the values SQLite cannot tell which of two filters' indexes finds
    // fewer leads; counting each alone (an index range each) can.
    std::vector<std::pair<LeadFilterColumn, LeadFilter>> alone;
    if (!m_db.sqliteHandle() || !searchNeedle(filter.text).isEmpty()) {
        return alone;
    }
    auto consider = [&](LeadFilterColumn column, bool present, auto&& keep) {
        if (present) {
            LeadFilter f;
            keep(f);
            alone.emplace_back(column, f);
        }
    };
    consider(LeadFilterColumn::Created, filter.createdFrom || filter.createdTo, [&](LeadFilter& f) {
        f.createdFrom = filter.createdFrom;
        f.createdTo = filter.createdTo;
    });
    consider(LeadFilterColumn::State, filter.status.has_value(),
             [&](LeadFilter& f) { f.status = filter.status; });
    consider(LeadFilterColumn::Channel, filter.channelId.has_value(),
             [&](LeadFilter& f) { f.channelId = filter.channelId; });
    consider(LeadFilterColumn::Office, filter.officeId || filter.reachOfficeId, [&](LeadFilter& f) {
        f.officeId = filter.officeId;
        f.reachOfficeId = filter.reachOfficeId;
    });
    consider(LeadFilterColumn::Operator, filter.operatorId.has_value(),
             [&](LeadFilter& f) { f.operatorId = filter.operatorId; });
    if (alone.size() < 2) {
        alone.clear();
    }
    return alone;
}

LeadFilterColumn LeadListRepository::narrowest(const LeadFilter& filter) {
    LeadFilterColumn best = LeadFilterColumn::None;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const auto& [column, f] : singleFilters(filter)) {
        const qint64 n = count(f);
        if (n < fewest) {
            fewest = n;
            best = column;
        }
    }
    return best;
}

std::optional<qint64> LeadListRepository::countByIntersection(const LeadFilter& filter) {
    // Every condition is one an index finds (an operator's reach is not: it also takes leads
    // without one), so each index gives its leads' ids without reading a lead, and the count is
    // of the ids all of them give. Reading an index entry costs about a fifth of testing a lead
    // (measured at ten million leads), so this is taken when the other indexes give at most four
    // times as many ids as the narrowest has leads.
    if (filter.reachOperatorId) {
        return std::nullopt;
    }
    std::vector<std::pair<qint64, LeadFilter>> parts;
    for (const auto& [column, f] : singleFilters(filter)) {
        parts.emplace_back(count(f), f);
    }
    if (parts.size() < 2) {
        return std::nullopt;
    }
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (parts.front().first == 0) {
        return 0;
    }
    qint64 others = 0;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        others += parts[i].first;
    }
    if (others > parts.front().first * 4) {
        return std::nullopt;
    }
    Query ceiling(m_db, "SELECT max(id) FROM leads");
    ceiling.exec();
    const qint64 top = ceiling.next() ? ceiling.i64(0) : 0;
    std::vector<std::uint64_t> kept(static_cast<std::size_t>(top / 64 + 1), 0);
    std::vector<std::uint64_t> both(kept.size(), 0);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Where where = buildWhere(m_db.dialect(), parts[i].second);
        const QByteArray sql = (QStringLiteral("SELECT l.id FROM leads l") + where.sql).toUtf8();
        SqliteStatement ids(m_db.sqliteHandle(), sql.constData());
        for (const auto& [name, value] : where.values) {
            const int at = sqlite3_bind_parameter_index(ids.get(), name.toUtf8().constData());
            if (value.typeId() == QMetaType::QString) {
                ids.bind(at, value.toString());
            } else {
                ids.bind(at, value.toLongLong());
            }
        }
        std::vector<std::uint64_t>& into = i == 0 ? kept : both;
        while (ids.step()) {
            const auto id = static_cast<std::size_t>(sqlite3_column_int64(ids.get(), 0));
            const std::uint64_t bit = std::uint64_t{1} << (id & 63);
            if (i == 0 || (kept[id >> 6] & bit) != 0) {
                into[id >> 6] |= bit;
            }
        }
        if (i > 0) {
            kept.swap(both);
            std::fill(both.begin(), both.end(), 0);
        }
    }
    qint64 n = 0;
    for (const std::uint64_t w : kept) {
        n += std::popcount(w);
    }
    return n;
}

qint64 LeadListRepository::count(const LeadFilter& filter) {
    const auto known =
        std::find_if(m_counted.begin(), m_counted.end(), [&](const auto& c) { return c.first == filter; });
    if (known != m_counted.end()) {
        return known->second;
    }
    if (const std::vector<std::uint32_t>* matched = inMemory(filter)) {
        return static_cast<qint64>(matched->size());
    }
    if (const std::optional<qint64> n = countByIntersection(filter)) {
        m_counted.emplace_back(filter, *n);
        return *n;
    }
    const Where where = buildWhere(m_db.dialect(), filter, FilterAccess::Indexed, narrowest(filter));
    const QString sql =
        QStringLiteral("SELECT count(*) FROM leads l") +
        (where.needsContact ? QStringLiteral(" JOIN contacts c ON c.id = l.contact_id") : QString()) +
        where.sql;
    QSqlQuery q = run(m_db, sql, where);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    m_counted.emplace_back(filter, n);
    return n;
}

}  // namespace fd::core
