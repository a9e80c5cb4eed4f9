#include "storage/funnel_repository.h"

#include "storage/database.h"
#include "storage/lead_fact_store.h"
#include "storage/query.h"
#include "storage/read_scope.h"
#include "storage/reader_rights.h"
#include "storage/server_stream.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace fd::core {

namespace {

QSqlQuery runBound(Database& db, const QString& sql, const QList<std::pair<QString, QVariant>>& values) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        throw storageError(q.lastError(), sql);
    }
    for (const auto& [name, value] : values) {
        q.bindValue(name, value);
    }
    if (!q.exec()) {
        throw storageError(q.lastError(), sql);
    }
    return q;
}

OptTime optTime(const QVariant& v) {
    return v.isNull() ? std::nullopt : OptTime(v.toLongLong());
}

/// How many leads were created in the range (an index count), to size the result once.
qint64 leadsCreatedIn(Database& db, OptTime from, OptTime to) {
    Query q(db, "SELECT count(*) FROM leads WHERE created_at >= :from AND created_at < :to");
    q.bind(":from", from.value_or(std::numeric_limits<qint64>::min()))
        .bind(":to", to.value_or(std::numeric_limits<qint64>::max()));
    q.exec();
    return q.next() ? q.i64(0) : 0;
}

/// The largest lead id: about the number of leads, read from the primary key at once.
qint64 leadIdCeiling(Database& db) {
    Query q(db, "SELECT max(id) FROM leads");
    q.exec();
    return q.next() ? q.i64(0) : 0;
}

using BoundValues = QList<std::pair<QString, QVariant>>;

/// One lead's facts from a result row; `column(i, none)` reads column i, `none` for NULL.
template <class Column>
FunnelLeadFact factFrom(Column&& column) {
    FunnelLeadFact fact;
    fact.created = column(1, 0);  // first: the milestones are kept relative to it
    fact.id = static_cast<std::uint32_t>(column(0, 0));
    fact.channel = static_cast<std::uint32_t>(column(2, 0));
    fact.campaign = static_cast<std::uint32_t>(column(3, 0));
    fact.operatorId = static_cast<std::uint32_t>(column(4, 0));
    fact.office = static_cast<std::uint32_t>(column(5, 0));
    fact.manager = static_cast<std::uint32_t>(column(6, 0));
    for (int s = 1; s < 7; ++s) {
        fact.set(static_cast<std::size_t>(s), column(6 + s, FunnelLeadFact::kNone));
    }
    fact.hadNoShow = column(13, 0) != 0;
    fact.hadDueMeeting = column(14, 0) != 0;
    fact.setFirstCallAt(column(15, FunnelLeadFact::kNone));
    return fact;
}

/// The conditions of a lead filter, its values bound by name.
QStringList leadConditions(const FunnelLeadFilter& f, BoundValues& values) {
    QStringList where;
    auto in = [&](const QString& column, const std::vector<Id>& ids, const char* prefix) {
        if (ids.empty()) {
            return;
        }
        QStringList names;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            names << QStringLiteral(":%1%2").arg(QLatin1String(prefix)).arg(i);
            values.append({names.back(), QVariant::fromValue(ids[i])});
        }
        where << column + QStringLiteral(" IN (") + names.join(QLatin1Char(',')) + QLatin1Char(')');
    };
    in(QStringLiteral("l.office_id"), f.offices, "of");
    in(QStringLiteral("l.channel_id"), f.channels, "ch");
    in(QStringLiteral("l.campaign_id"), f.campaigns, "cp");
    in(QStringLiteral("l.operator_id"), f.operators, "op");
    // The manager of the first arrived meeting, kept on the lead row with the milestones.
    in(QStringLiteral("l.manager_id"), f.managers, "mg");
    if (f.createdFrom) {
        where << QStringLiteral("l.created_at >= :from");
        values.append({QStringLiteral(":from"), QVariant::fromValue(*f.createdFrom)});
    }
    if (f.createdTo) {
        where << QStringLiteral("l.created_at < :to");
        values.append({QStringLiteral(":to"), QVariant::fromValue(*f.createdTo)});
    }
    return where;
}

/// A million rows through QSqlQuery cost a QVariant per value; on SQLite the scan reads the
/// columns straight from the engine's statement instead.
void scanSqlite(sqlite3* handle, const QString& sql, const BoundValues& values,
                std::vector<FunnelLeadFact>& out) {
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(handle)), sql,
                           failureOfSqlite(sqlite3_extended_errcode(handle)));
    }
    for (const auto& [name, value] : values) {
        const int index = sqlite3_bind_parameter_index(stmt, name.toUtf8().constData());
        if (index > 0) {
            sqlite3_bind_int64(stmt, index, value.toLongLong());
        }
    }
    auto column = [&](int i, qint64 none) -> qint64 {
        return sqlite3_column_type(stmt, i) == SQLITE_NULL ? none : sqlite3_column_int64(stmt, i);
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        out.push_back(factFrom(column));
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (!error.isEmpty()) {
        throw StorageError(error, sql, failureOfSqlite(rc));
    }
}

/// Every money event of a table on a server, streamed (lead, time, amount).
std::vector<FunnelMoneyEvent> streamMoney(Database& db, const QString& sql) {
    std::vector<FunnelMoneyEvent> out;
    streamIntegerRows(db, sql, 3, [&](const qint64* v, const bool*) {
        out.push_back(FunnelMoneyEvent{v[0], v[1], v[2], 0});
    });
    return out;
}

}  // namespace

std::vector<FunnelLeadFact> FunnelRepository::leads(const FunnelLeadFilter& f) {
    BoundValues values;
    const QStringList where = leadConditions(f, values);
    // When the created range holds most leads, reading the table in order beats walking the
    // created_at index and jumping to each row (SQLite has no range statistics to know it).
    const qint64 expected = leadsCreatedIn(m_db, f.createdFrom, f.createdTo);
    const bool wide = expected * 10 > leadIdCeiling(m_db) * 3;
    // Column lists and conditions are fixed text; every value is bound.
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.created_at, l.channel_id, l.campaign_id, l.operator_id, l.office_id, "
            "l.manager_id, l.first_contact_at, l.booked_at, l.arrived_at, l.target_at, l.sold_at, "
            "%1, l.no_shows, l.due_meetings, l.first_call_at FROM leads l")
            .arg(readsMoney(m_db) ? QLatin1String("l.first_paid_at")
                                  : QLatin1String("CAST(NULL AS BIGINT)")) +
        QLatin1String(wide && !m_db.onServer() ? " NOT INDEXED" : "") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    std::vector<FunnelLeadFact> out;
    out.reserve(static_cast<std::size_t>(expected));
    if (sqlite3* handle = m_db.sqliteHandle()) {
        scanSqlite(handle, sql, values, out);
        return out;
    }
    if (m_db.onServer() && values.isEmpty()) {
        constexpr int kColumns = 16;
        streamIntegerRows(m_db, sql, kColumns, [&](const qint64* v, const bool* nulls) {
            out.push_back(factFrom([&](int i, qint64 none) { return nulls[i] ? none : v[i]; }));
        });
        return out;
    }
    QSqlQuery q = runBound(m_db, sql, values);
    auto column = [&](int i, qint64 none) { return q.value(i).isNull() ? none : q.value(i).toLongLong(); };
    while (q.next()) {
        out.push_back(factFrom(column));
    }
    return out;
}

std::shared_ptr<const FunnelData> FunnelRepository::data() {
    constexpr const char* key = "funnel-data";
    if (auto cached = m_db.snapshot(key)) {
        return std::static_pointer_cast<const FunnelData>(cached);
    }
    return read(true);
}

std::shared_ptr<const FunnelData> FunnelRepository::dataFromRows() {
    return read(false);
}

std::shared_ptr<FunnelData> FunnelRepository::read(bool stored) {
    // One read transaction: the leads and the money come from the same state of the database.
    ReadScope endRead(m_db);
    auto stamp = m_db.dataStamp();
    auto fresh = std::make_shared<FunnelData>();
    constexpr qint64 all = std::numeric_limits<qint64>::max();
    std::vector<LeadFactStore::BuiltChunk> built;
    if (stored && m_db.sqliteHandle()) {
        LeadFactStore::Loaded loaded = LeadFactStore(m_db).load();
        fresh->leads = std::move(loaded.leads);
        fresh->deals = std::move(loaded.deals);
        fresh->payments = std::move(loaded.payments);
        built = std::move(loaded.built);
        if (!readsMoney(m_db)) {
            for (FunnelLeadFact& f : fresh->leads) {
                f.set(6, FunnelLeadFact::kNone);
            }
        }
    } else if (m_db.onServer()) {
        fresh->leads = leads({});
        fresh->payments = streamMoney(
            m_db,
            QStringLiteral(
                "SELECT d.lead_id, p.paid_at, p.amount FROM payments p JOIN deals d ON d.id = p.deal_id"));
        fresh->deals =
            streamMoney(m_db, QStringLiteral("SELECT lead_id, signed_at, coalesce(amount, 0) FROM deals"));
    } else {
        fresh->leads = leads({});
        fresh->payments = payments(std::numeric_limits<qint64>::min(), all);
        fresh->deals = deals(std::numeric_limits<qint64>::min(), all);
    }
    fresh->eventRange = eventRange();
    endRead.end();
    fresh->index();
    if (stored) {
        // Chunks built from the rows are kept for the next reader; the snapshot stays valid when
        // that write was the only change.
        if (const auto kept = LeadFactStore(m_db).keep(built, stamp)) {
            stamp = *kept;
        }
        m_db.storeSnapshot("funnel-data", fresh, stamp);
    }
    return fresh;
}

FactChunk FunnelRepository::chunk(Id from, Id to) {
    FactChunk out;
    const QString sql = QStringLiteral(
        "SELECT l.id, l.created_at, l.channel_id, l.campaign_id, l.operator_id, l.office_id, l.manager_id, "
        "l.first_contact_at, l.booked_at, l.arrived_at, l.target_at, l.sold_at, l.first_paid_at, l.no_shows, "
        "l.due_meetings, l.first_call_at FROM leads l WHERE l.id >= :from AND l.id < :to ORDER BY l.id");
    const BoundValues range{{QStringLiteral(":from"), QVariant::fromValue(from)},
                            {QStringLiteral(":to"), QVariant::fromValue(to)}};
    if (sqlite3* handle = m_db.sqliteHandle()) {
        scanSqlite(handle, sql, range, out.leads);
    } else {
        QSqlQuery q = runBound(m_db, sql, range);
        auto column = [&](int i, qint64 none) {
            return q.value(i).isNull() ? none : q.value(i).toLongLong();
        };
        while (q.next()) {
            out.leads.push_back(factFrom(column));
        }
    }
    Query deals(
        m_db,
        "SELECT lead_id, signed_at, coalesce(amount, 0) FROM deals WHERE lead_id >= :from AND lead_id < :to "
        "ORDER BY lead_id, signed_at, id");
    deals.bind(":from", from).bind(":to", to);
    out.deals = deals.all([](const Query& r) { return FunnelMoneyEvent{r.i64(0), r.i64(1), r.i64(2), 0}; });
    Query payments(m_db,
                   "SELECT d.lead_id, p.paid_at, p.amount FROM deals d JOIN payments p ON p.deal_id = d.id "
                   "WHERE d.lead_id >= :from AND d.lead_id < :to ORDER BY d.lead_id, p.paid_at, p.id");
    payments.bind(":from", from).bind(":to", to);
    out.payments = payments.all([](const Query& r) {
        return FunnelMoneyEvent{r.i64(0), r.i64(1), r.i64(2), 0};
    });
    return out;
}

std::vector<FunnelMoneyEvent> FunnelRepository::payments(qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT d.lead_id, p.paid_at, p.amount FROM payments p JOIN deals d ON d.id = p.deal_id "
            "WHERE p.paid_at >= :from AND p.paid_at < :to");
    q.bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) { return FunnelMoneyEvent{r.i64(0), r.i64(1), r.i64(2), 0}; });
}

std::vector<FunnelMoneyEvent> FunnelRepository::deals(qint64 from, qint64 to) {
    Query q(m_db,
            "SELECT lead_id, signed_at, coalesce(amount, 0) FROM deals WHERE signed_at >= :from AND "
            "signed_at < :to");
    q.bind(":from", from).bind(":to", to);
    return q.all([](const Query& r) { return FunnelMoneyEvent{r.i64(0), r.i64(1), r.i64(2), 0}; });
}

std::vector<DailyFigure> FunnelRepository::daily(const char* table, QDate from, QDate to) {
    // `table` is one of two names fixed in this file.
    const QString sql =
        QStringLiteral("SELECT day, channel_id, campaign_id, %1 FROM %2 WHERE day >= :from AND day < :to")
            .arg(QLatin1String(qstrcmp(table, "ad_spend") == 0 ? "amount" : "visitors"),
                 QLatin1String(table));
    QSqlQuery q = runBound(m_db, sql,
                           {{QStringLiteral(":from"), from.toString(Qt::ISODate)},
                            {QStringLiteral(":to"), to.toString(Qt::ISODate)}});
    std::vector<DailyFigure> out;
    while (q.next()) {
        out.push_back(DailyFigure{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                  q.value(1).toLongLong(), optTime(q.value(2)), q.value(3).toLongLong()});
    }
    return out;
}

std::vector<DailyFigure> FunnelRepository::spend(QDate from, QDate to) {
    return daily("ad_spend", from, to);
}
std::vector<DailyFigure> FunnelRepository::visitors(QDate from, QDate to) {
    return daily("site_visitors", from, to);
}

std::optional<std::pair<qint64, qint64>> FunnelRepository::eventRange() {
    // One indexed min/max per table and column (a combined aggregate would scan the tables).
    Query q(m_db, R"SQL(
SELECT (SELECT min(created_at) FROM leads), (SELECT max(created_at) FROM leads),
       (SELECT min(called_at) FROM call_attempts), (SELECT max(called_at) FROM call_attempts),
       (SELECT min(booked_at) FROM meetings), (SELECT max(booked_at) FROM meetings),
       (SELECT max(arrived_at) FROM meetings WHERE arrived_at IS NOT NULL),
       (SELECT min(signed_at) FROM deals), (SELECT max(signed_at) FROM deals),
       (SELECT min(paid_at) FROM payments), (SELECT max(paid_at) FROM payments)
)SQL");
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    OptTime lo;
    OptTime hi;
    for (int i = 0; i < 11; ++i) {
        if (const OptTime v = q.optI64(i)) {
            // Columns 0, 2, 4, 7 and 9 are minimums; the others maximums.
            const bool isMin = i == 0 || i == 2 || i == 4 || i == 7 || i == 9;
            if (isMin) {
                lo = lo ? std::min(*lo, *v) : *v;
            } else {
                hi = hi ? std::max(*hi, *v) : *v;
            }
        }
    }
    if (!lo || !hi) {
        return std::nullopt;
    }
    return std::pair{*lo, *hi};
}

int FunnelRepository::straightforwardCohortByChannel(qint64 from, qint64 to) {
    Query q(m_db, R"SQL(
SELECT l.channel_id,
  count(*) AS leads,
  sum(CASE WHEN EXISTS (SELECT 1 FROM call_attempts c WHERE c.lead_id = l.id
              AND c.outcome IN ('callback', 'refused', 'non_target', 'booked'))
      OR EXISTS (SELECT 1 FROM meetings m WHERE m.lead_id = l.id)
      OR EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS contacted,
  sum(CASE WHEN EXISTS (SELECT 1 FROM meetings m WHERE m.lead_id = l.id)
      OR EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS booked,
  sum(CASE WHEN EXISTS (SELECT 1 FROM meetings m WHERE m.lead_id = l.id AND m.status = 'arrived')
      OR EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS arrived,
  sum(CASE WHEN EXISTS (SELECT 1 FROM meetings m WHERE m.lead_id = l.id AND m.status = 'arrived'
              AND m.qualification = 'target')
      OR EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS target,
  sum(CASE WHEN EXISTS (SELECT 1 FROM deals d WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS sale,
  sum(CASE WHEN EXISTS (SELECT 1 FROM deals d JOIN payments p ON p.deal_id = d.id WHERE d.lead_id = l.id) THEN 1 ELSE 0 END) AS paid,
  (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN deals d ON d.id = p.deal_id
   JOIN leads x ON x.id = d.lead_id
   WHERE x.channel_id IS NOT DISTINCT FROM l.channel_id AND x.created_at >= :from AND x.created_at < :to) AS revenue
FROM leads l
WHERE l.created_at >= :from AND l.created_at < :to
GROUP BY l.channel_id
)SQL");
    q.bind(":from", from).bind(":to", to);
    return static_cast<int>(q.all([](const Query& r) { return r.i64(1); }).size());
}

}  // namespace fd::core
