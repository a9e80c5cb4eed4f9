#include "storage/lead_list_repository.h"

#include "domain/search_key.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/reader_rights.h"
#include "storage/sqlite_statement.h"
#include "storage/storage_error.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <bit>
#include <limits>

namespace fd::core {

namespace {

/// The whitelist: how each sortable column orders leads. Every ordering ends in unique
/// keys and is one an index can deliver, so a page deep in a million rows is an index walk.
struct SortPlan {
    const char* keys;       ///< ORDER BY terms before the final tie-breakers (empty: none)
    bool needsContact;      ///< joins contacts as c
    const char* dimension;  ///< a small table joined as d on `foreignKey`, ordered by d.name
    const char* foreignKey;
};

std::optional<SortPlan> sortPlan(LeadColumn column) {
    switch (column) {
        case LeadColumn::Created:
            return SortPlan{"", false, nullptr, nullptr};
        case LeadColumn::Name:
            return SortPlan{"c.name %1, c.id %1,", true, nullptr, nullptr};
        case LeadColumn::Phone:
            return SortPlan{"c.phone_e164 %1, c.id %1,", true, nullptr, nullptr};
        case LeadColumn::State:
            return SortPlan{"l.status %1,", false, nullptr, nullptr};
        case LeadColumn::NextMeeting:
            return SortPlan{"l.next_meeting_at %1,", false, nullptr, nullptr};
        case LeadColumn::Revenue:
            return SortPlan{"l.revenue %1,", false, nullptr, nullptr};
        case LeadColumn::Channel:
            return SortPlan{"d.name %1, d.id %1,", false, "channels", "channel_id"};
        case LeadColumn::Campaign:
            return SortPlan{"d.name %1, d.id %1,", false, "campaigns", "campaign_id"};
        case LeadColumn::Operator:
            return SortPlan{"d.name %1, d.id %1,", false, "employees", "operator_id"};
        case LeadColumn::Office:
            return SortPlan{"d.name %1, d.id %1,", false, "offices", "office_id"};
    }
    return std::nullopt;
}

/// What the user typed, made into the form the search key has: case-folded; a phone typed
/// with punctuation or a trunk prefix becomes its national digits.
QString searchNeedle(const QString& text) {
    const QString folded = foldForSearch(text);
    QString digits;
    bool phoneLike = !folded.isEmpty();
    for (QChar ch : folded) {
        if (ch.isDigit()) {
            digits.append(ch);
        } else if (!QStringView(u" +-().").contains(ch)) {
            phoneLike = false;
        }
    }
    if (phoneLike && !digits.isEmpty()) {
        if (digits.size() == 11 &&
            (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7')))) {
            digits.remove(0, 1);
        }
        return digits;
    }
    return folded;
}

/// A text search SQLite finds through its trigram index (three characters or more), as a set
/// of contacts; a shorter one is a pattern tested on each contact's search key.
bool searchesThroughIndex(const Database& db, const LeadFilter& f) {
    return db.dialect().engine() == SqlDialect::Engine::SQLite && searchNeedle(f.text).size() >= 3;
}
bool searchesByPattern(const Database& db, const LeadFilter& f) {
    return !searchNeedle(f.text).isEmpty() && !searchesThroughIndex(db, f);
}

struct Where {
    QString sql;
    QList<std::pair<QString, QVariant>> values;
    bool needsContact = false;
};

/// The phone shown in a row: on a server, masked by the server for who may not read it whole.
QLatin1String phoneColumn(const Database& db) {
    return db.onServer() && !readsPhones(db)
               ? QLatin1String("(SELECT m.phone_e164 FROM contact_phones_masked m WHERE m.id = c.id)")
               : QLatin1String("c.phone_e164");
}

/// How the conditions may be found: through their indexes, or (SQLite) tested row by row while
/// the sort order's index is walked — a unary + keeps SQLite's planner from using an index.
enum class FilterAccess { Indexed, RowByRow };

Where buildWhere(const SqlDialect& dialect, const LeadFilter& f, FilterAccess access = FilterAccess::Indexed,
                 LeadFilterColumn onlyIndexed = LeadFilterColumn::None) {
    Where w;
    QStringList parts;
    // Row by row every condition is tested; with one column named, only that one uses its index.
    auto add = [&](const char* clause, const char* name, const QVariant& v,
                   LeadFilterColumn column = LeadFilterColumn::None) {
        const bool unindexed =
            access == FilterAccess::RowByRow || (onlyIndexed != LeadFilterColumn::None &&
                                                 column != LeadFilterColumn::None && column != onlyIndexed);
        // Every column reference in a clause is written "l.", after the optional "+".
        parts << QString::fromLatin1(clause).replace(
            QStringLiteral("l."), unindexed ? QStringLiteral("+l.") : QStringLiteral("l."));
        w.values.append({QString::fromLatin1(name), v});
    };
    if (f.createdFrom) {
        add("l.created_at >= :from", ":from", QVariant::fromValue(*f.createdFrom), LeadFilterColumn::Created);
    }
    if (f.createdTo) {
        add("l.created_at < :to", ":to", QVariant::fromValue(*f.createdTo), LeadFilterColumn::Created);
    }
    if (f.status) {
        add("l.status = :status", ":status", toCode(*f.status), LeadFilterColumn::State);
    }
    if (f.channelId) {
        add("l.channel_id = :channel", ":channel", QVariant::fromValue(*f.channelId),
            LeadFilterColumn::Channel);
    }
    if (f.officeId) {
        add("l.office_id = :office", ":office", QVariant::fromValue(*f.officeId), LeadFilterColumn::Office);
    }
    if (f.operatorId) {
        add("l.operator_id = :operator", ":operator", QVariant::fromValue(*f.operatorId),
            LeadFilterColumn::Operator);
    }
    if (f.reachOperatorId) {
        add("(l.operator_id IS NULL OR l.operator_id = :reach_operator)", ":reach_operator",
            QVariant::fromValue(*f.reachOperatorId), LeadFilterColumn::Operator);
    }
    if (f.reachOfficeId) {
        add("l.office_id = :reach_office", ":reach_office", QVariant::fromValue(*f.reachOfficeId),
            LeadFilterColumn::Office);
    }
    const QString needle = searchNeedle(f.text);
    if (!needle.isEmpty()) {
        if (dialect.engine() == SqlDialect::Engine::SQLite && needle.size() >= 3) {
            // The trigram index finds substrings of three characters or more.
            QString phrase = needle;
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            add("l.contact_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :needle)",
                ":needle", QStringLiteral("\"%1\"").arg(phrase));
        } else {
            QString pattern = needle;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
            pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
            if (dialect.engine() == SqlDialect::Engine::PostgreSQL) {
                // Through a function with its owner's rights: the search key holds phone digits,
                // which not everyone may read.
                add("l.contact_id IN (SELECT funneldesk_find_contacts(:needle))", ":needle",
                    QStringLiteral("%%1%").arg(pattern));
            } else {
                add("c.search_key LIKE :needle ESCAPE '\\'", ":needle", QStringLiteral("%%1%").arg(pattern));
                w.needsContact = true;
            }
        }
    }
    if (!parts.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    return w;
}

QSqlQuery run(Database& db, const QString& sql, const Where& where,
              const QList<std::pair<QString, QVariant>>& more = {}) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        throw storageError(q.lastError(), sql);
    }
    for (const auto& [name, value] : where.values) {
        q.bindValue(name, value);
    }
    for (const auto& [name, value] : more) {
        q.bindValue(name, value);
    }
    if (!q.exec()) {
        throw storageError(q.lastError(), sql);
    }
    return q;
}

}  // namespace

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

bool LeadListRepository::sortable(LeadColumn column) {
    return sortPlan(column).has_value();
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

std::vector<Id> LeadListRepository::pageIds(const LeadFilter& filter, LeadSort sort, qint64 offset, int limit,
                                            std::optional<bool> forceWalk) {
    SortPlan plan = sortPlan(sort.column).value_or(*sortPlan(LeadColumn::Created));
    // A column the person may not read does not order their list either.
    if ((sort.column == LeadColumn::Phone && m_db.onServer() && !readsPhones(m_db)) ||
        (sort.column == LeadColumn::Revenue && !readsMoney(m_db))) {
        plan = *sortPlan(LeadColumn::Created);
    }
    const QString dir = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // A filter that matches a large share of the leads: walking the sort order's index and
    // testing each lead finds an early page long before reading them all and sorting them would.
    const bool walk = m_db.sqliteHandle() && !searchesByPattern(m_db, filter) &&
                      (forceWalk ? *forceWalk : walkSortOrder(filter, offset, limit));
    const Where where = walk ? buildWhere(m_db.dialect(), filter, FilterAccess::RowByRow)
                             : buildWhere(m_db.dialect(), filter, FilterAccess::Indexed, narrowest(filter));
    const bool contact = plan.needsContact || where.needsContact;
    // Walking, the table that orders comes first (CROSS JOIN fixes SQLite's loop order).
    // Sorting the matches of a filter, the leads come first, found through the filter's index.
    const bool leadsFirst = !walk && !where.sql.isEmpty() && m_db.sqliteHandle();
    const QString contactJoin = !contact     ? QString()
                                : walk       ? QString()
                                : leadsFirst ? QStringLiteral(" CROSS JOIN contacts c ON c.id = l.contact_id")
                                             : QStringLiteral(" JOIN contacts c ON c.id = l.contact_id");
    const QString from = walk && contact
                             ? QStringLiteral(" FROM contacts c CROSS JOIN leads l ON l.contact_id = c.id")
                             : QStringLiteral(" FROM leads l");
    const QString tail = QStringLiteral(" l.created_at %1, l.id %1 LIMIT :limit OFFSET :offset").arg(dir);
    auto ids = [&](const QString& sql, qint64 off, qint64 lim, std::vector<Id>& out) {
        if (lim <= 0) {
            return;
        }
        QSqlQuery q = run(m_db, sql, where,
                          {{QStringLiteral(":limit"), QVariant::fromValue(lim)},
                           {QStringLiteral(":offset"), QVariant::fromValue(off)}});
        while (q.next()) {
            out.push_back(q.value(0).toLongLong());
        }
    };
    std::vector<Id> out;
    out.reserve(static_cast<std::size_t>(limit));
    const QString keys = *plan.keys ? QString::fromLatin1(plan.keys).arg(dir) : QString();
    if (!plan.dimension) {
        // Sort keys and directions come from the whitelist above; values are bound.
        ids(QStringLiteral("SELECT l.id") + from + contactJoin + where.sql + QStringLiteral(" ORDER BY ") +
                keys + tail,
            offset, limit, out);
        return out;
    }
    // Ordered by the name of a small table's row: walk that table's name index and, for each
    // row, the lead index on the foreign key. Leads without one form their own group, first in
    // ascending order as SQL puts NULLs.
    const QString fk = QStringLiteral("l.") + QLatin1String(plan.foreignKey);
    // With a filter to sort the matches of, the filter's index finds them and "none" is a test.
    const QString nullWhere =
        (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : where.sql + QStringLiteral(" AND ")) +
        (leadsFirst ? QStringLiteral("+") : QString()) + fk + QStringLiteral(" IS NULL");
    qint64 nullCount = 0;
    if (walk) {
        // A count keeps no order: the filter's own index finds the leads, "none" is tested on each.
        const Where counted = buildWhere(m_db.dialect(), filter, FilterAccess::Indexed, narrowest(filter));
        QSqlQuery q = run(m_db,
                          QStringLiteral("SELECT count(*) FROM leads l") +
                              (counted.sql.isEmpty() ? QStringLiteral(" WHERE +")
                                                     : counted.sql + QStringLiteral(" AND +")) +
                              fk + QStringLiteral(" IS NULL"),
                          counted);
        nullCount = q.next() ? q.value(0).toLongLong() : 0;
    } else {
        QSqlQuery q = run(m_db, QStringLiteral("SELECT count(*)") + from + contactJoin + nullWhere, where);
        nullCount = q.next() ? q.value(0).toLongLong() : 0;
    }
    const QString nullSql =
        QStringLiteral("SELECT l.id") + from + contactJoin + nullWhere + QStringLiteral(" ORDER BY") + tail;
    const QString groupedFrom =
        leadsFirst ? QStringLiteral("SELECT l.id FROM leads l CROSS JOIN %1 d ON %2 = d.id")
                         .arg(QLatin1String(plan.dimension), fk)
                   : QStringLiteral("SELECT l.id FROM %1 d %2 leads l ON %3 = d.id")
                         .arg(QLatin1String(plan.dimension),
                              walk ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN"), fk);
    const QString groupedSql =
        groupedFrom +
        (walk && contact ? QStringLiteral(" JOIN contacts c ON c.id = l.contact_id") : contactJoin) +
        where.sql + QStringLiteral(" ORDER BY ") + keys + tail;
    if (!sort.descending) {
        ids(nullSql, offset, std::min<qint64>(limit, nullCount - offset), out);
        const qint64 rest = limit - static_cast<qint64>(out.size());
        ids(groupedSql, std::max<qint64>(0, offset - nullCount), rest, out);
    } else {
        ids(groupedSql, offset, limit, out);
        const qint64 rest = limit - static_cast<qint64>(out.size());
        if (rest > 0) {
            const qint64 groupedTotal = count(filter) - nullCount;
            ids(nullSql, std::max<qint64>(0, offset - groupedTotal), rest, out);
        }
    }
    return out;
}

std::vector<LeadListRow> LeadListRepository::fetch(const LeadFilter& filter, LeadSort sort, qint64 offset,
                                                   int limit) {
    return rowsByIds(pageIds(filter, sort, offset, limit));
}

std::vector<LeadListRow> LeadListRepository::rowsByIds(const std::vector<Id>& ids) {
    if (ids.empty()) {
        return {};
    }
    // The page's rows by id: one placeholder per id, every id bound.
    QStringList placeholders;
    QList<std::pair<QString, QVariant>> values;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        placeholders << QStringLiteral(":id%1").arg(i);
        values.append({placeholders.back(), QVariant::fromValue(ids[i])});
    }
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.created_at, c.name, coalesce(%1, c.email, ''), ch.name, cp.name, l.status, "
            "e.name, o.name, l.next_meeting_at, %2 "
            "FROM leads l JOIN contacts c ON c.id = l.contact_id "
            "LEFT JOIN channels ch ON ch.id = l.channel_id LEFT JOIN campaigns cp ON cp.id = l.campaign_id "
            "LEFT JOIN employees e ON e.id = l.operator_id LEFT JOIN offices o ON o.id = l.office_id "
            "WHERE l.id IN (") +
        placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    QSqlQuery q = run(
        m_db, sql.arg(phoneColumn(m_db), readsMoney(m_db) ? QLatin1String("l.revenue") : QLatin1String("0")),
        Where{}, values);
    QHash<Id, LeadListRow> byId;
    while (q.next()) {
        LeadListRow r;
        r.id = q.value(0).toLongLong();
        r.createdAt = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.channel = q.value(4).toString();
        r.campaign = q.value(5).toString();
        r.status = fromCode<LeadStatus>(q.value(6).toString()).value_or(LeadStatus::New);
        r.operatorName = q.value(7).toString();
        r.office = q.value(8).toString();
        if (!q.value(9).isNull()) {
            r.nextMeetingAt = q.value(9).toLongLong();
        }
        r.revenue = q.value(10).toLongLong();
        byId.insert(r.id, std::move(r));
    }
    std::vector<LeadListRow> rows;
    rows.reserve(ids.size());
    for (Id id : ids) {
        if (auto it = byId.find(id); it != byId.end()) {
            rows.push_back(std::move(*it));
        }
    }
    return rows;
}

}  // namespace fd::core
