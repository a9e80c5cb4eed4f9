#pragma once

#include <QString>

#include <functional>

namespace fd::core {

class Database;

/// Copies every row of a FunnelDesk database into another one of the same schema version that
/// holds nothing but what its migrations wrote (a company moving from its SQLite file to a
/// server): tables in the order of their references, many rows per statement, every value bound,
/// all in one transaction of the target, and the target's id counters moved past the copied ids.
/// `progress(table, rows)` is told after each table. Throws StorageError; the target is then
/// left as it was.
void copyDatabase(Database& from, Database& to, const std::function<void(const QString&, qint64)>& progress);

}  // namespace fd::core
