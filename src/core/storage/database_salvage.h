#pragma once

#include "domain/result.h"

#include <QString>

#include <vector>

namespace fd::core {

/// What a salvage brought over from one table.
struct SalvagedTable {
    QString table;
    qint64 rows = 0;              ///< copied into the new database
    qint64 unreadable = 0;        ///< row ids the damaged file could not give (rows lost with its pages)
    qint64 dropped = 0;           ///< copied, then removed: they referred to a row that was lost
    bool wholeTableLost = false;  ///< not even the table's first page could be read
};

/// Reads what a damaged FunnelDesk file still gives and writes it into a new database at
/// `target` (which must not exist): every table in the order of its references, row ids in
/// ranges halved around the pages that cannot be read, then the rows whose references were lost
/// removed, the leads' milestones recomputed from the events that remain and the search index
/// built. The damaged file is only read. SQLite files only.
Result<std::vector<SalvagedTable>> salvageDatabase(const QString& damaged, const QString& target);

}  // namespace fd::core
