#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <functional>

namespace fd::core {

class Database;

/// Every table of a company's content, each after the tables it refers to.
inline constexpr std::array<const char*, 21> kContentTables = {
    "settings",      "offices",     "employees",    "channels", "campaigns",    "ad_spend",
    "site_visitors", "reasons",     "contacts",     "leads",    "lead_touches", "call_attempts",
    "meetings",      "deals",       "payments",     "tasks",    "audit_log",    "office_closed_days",
    "kpi_plans",     "bonus_rules", "closed_months"};

/// Tables whose rows the migrations write into a new database (replaced by the copied ones).
inline constexpr std::array<const char*, 2> kSeededTables = {"settings", "reasons"};

/// Writes whole rows of `columns` (`values` holds them one after another) into `table` of a SQLite
/// database, many rows per statement, every value bound.
void insertRowBatch(Database& to, const QString& table, const QStringList& columns,
                    const QVariantList& values);
/// How many values insertRowBatch takes per statement at most.
inline constexpr int kValuesPerStatement = 3000;

/// Copies every row of a FunnelDesk database into another one of the same schema version that
/// holds nothing but what its migrations wrote (a company moving from its SQLite file to a
/// server): tables in the order of their references, many rows per statement, every value bound,
/// all in one transaction of the target, and the target's id counters moved past the copied ids.
/// `progress(table, rows)` is told after each table. Throws StorageError; the target is then
/// left as it was.
void copyDatabase(Database& from, Database& to, const std::function<void(const QString&, qint64)>& progress);

}  // namespace fd::core
