#include "storage/lead_list_repository.h"

#include "storage/database.h"
#include "storage/lead_list_memory.h"
#include "storage/lead_list_store.h"
#include "storage/lead_list_where.h"
#include "storage/query.h"
#include "storage/reader_rights.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace fd::core {

using namespace leadlist;

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

/// The phone shown in a row: on a server, masked by the server for who may not read it whole.
QLatin1String phoneColumn(const Database& db) {
    return db.onServer() && !readsPhones(db)
               ? QLatin1String("(SELECT m.phone_e164 FROM contact_phones_masked m WHERE m.id = c.id)")
               : QLatin1String("c.phone_e164");
}

}  // namespace

bool LeadListRepository::sortable(LeadColumn column) {
    return sortPlan(column).has_value();
}

std::vector<Id> LeadListRepository::pageIds(const LeadFilter& filter, LeadSort sort, qint64 offset, int limit,
                                            std::optional<bool> forceWalk) {
    // A column the person may not read does not order their list either.
    const LeadColumn column = (sort.column == LeadColumn::Phone && m_db.onServer() && !readsPhones(m_db)) ||
                                      (sort.column == LeadColumn::Revenue && !readsMoney(m_db)) ||
                                      !sortable(sort.column)
                                  ? LeadColumn::Created
                                  : sort.column;
    if (!forceWalk) {
        if (const std::vector<std::uint32_t>* matched = inMemory(filter)) {
            return pageInMemory(m_db, *m_index, *matched, LeadSort{column, sort.descending}, offset, limit);
        }
    }
    const SortPlan plan = *sortPlan(column);
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
    QList<std::pair<QString, QVariant>> extra;  // bound in the grouped query only
    auto ids = [&](const QString& sql, qint64 off, qint64 lim, std::vector<Id>& out) {
        if (lim <= 0) {
            return;
        }
        QList<std::pair<QString, QVariant>> values{{QStringLiteral(":limit"), QVariant::fromValue(lim)},
                                                   {QStringLiteral(":offset"), QVariant::fromValue(off)}};
        if (sql.contains(QLatin1String(":own_channel"))) {
            values += extra;
        }
        QSqlQuery q = run(m_db, sql, where, values);
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
    // How many leads of the filter have none.
    auto countNone = [&]() -> qint64 {
        if (walk) {
            // A count keeps no order: the filter's own index finds the leads, "none" is tested on each.
            const Where counted =
                buildWhere(m_db.dialect(), filter, FilterAccess::Indexed, narrowest(filter));
            QSqlQuery q = run(m_db,
                              QStringLiteral("SELECT count(*) FROM leads l") +
                                  (counted.sql.isEmpty() ? QStringLiteral(" WHERE +")
                                                         : counted.sql + QStringLiteral(" AND +")) +
                                  fk + QStringLiteral(" IS NULL"),
                              counted);
            return q.next() ? q.value(0).toLongLong() : 0;
        }
        QSqlQuery q = run(m_db, QStringLiteral("SELECT count(*)") + from + contactJoin + nullWhere, where);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const QString nullSql =
        QStringLiteral("SELECT l.id") + from + contactJoin + nullWhere + QStringLiteral(" ORDER BY") + tail;
    const QString groupedFrom =
        leadsFirst ? QStringLiteral("SELECT l.id FROM leads l CROSS JOIN %1 d ON %2 = d.id")
                         .arg(QLatin1String(plan.dimension), fk)
                   : QStringLiteral("SELECT l.id FROM %1 d %2 leads l ON %3 = d.id")
                         .arg(QLatin1String(plan.dimension),
                              walk ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN"), fk);
    // A campaign belongs to its channel (the services refuse any other): sorted by campaign within
    // one channel, only that channel's campaigns are walked, not every campaign's leads.
    QString ownCampaigns;
    if (sort.column == LeadColumn::Campaign && filter.channelId && !where.sql.isEmpty()) {
        ownCampaigns = QStringLiteral(" AND d.channel_id = :own_channel");
        extra.append({QStringLiteral(":own_channel"), QVariant::fromValue(*filter.channelId)});
    }
    const QString groupedSql =
        groupedFrom +
        (walk && contact ? QStringLiteral(" JOIN contacts c ON c.id = l.contact_id") : contactJoin) +
        where.sql + ownCampaigns + QStringLiteral(" ORDER BY ") + keys + tail;
    // The page takes from the first group in the sort order, then from the second. How many leads
    // the first holds is needed only when the page starts past its end: a page that takes fewer
    // than it asked for from a group it started in has met that group's end. (Counting "none"
    // under a big filter reads every lead the filter matches: half a second on a cold million.)
    const QString& firstSql = sort.descending ? groupedSql : nullSql;
    const QString& secondSql = sort.descending ? nullSql : groupedSql;
    ids(firstSql, offset, limit, out);
    const qint64 taken = static_cast<qint64>(out.size());
    if (taken == limit) {
        return out;
    }
    qint64 firstTotal = offset + taken;  // known when this page started inside the first group
    if (taken == 0 && offset > 0) {
        const qint64 none = countNone();
        firstTotal = sort.descending ? count(filter) - none : none;
    }
    ids(secondSql, std::max<qint64>(0, offset - firstTotal), limit - taken, out);
    return out;
}

const std::vector<std::uint32_t>* LeadListRepository::inMemory(const LeadFilter& filter) {
    if (m_access == ListAccess::Rows || !m_db.sqliteHandle() || searchesByPattern(m_db, filter)) {
        return nullptr;
    }
    std::shared_ptr<const LeadListIndex> index = LeadListStore(m_db).index();
    if (!index) {
        return nullptr;
    }
    if (index != m_index || !m_matchedFilter || *m_matchedFilter != filter) {
        m_index = std::move(index);
        m_matched = matchInMemory(m_db, *m_index, filter);
        m_matchedFilter = filter;
    }
    return &m_matched;
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
