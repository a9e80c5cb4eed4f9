#pragma once

#include <QStringList>

#include <utility>
#include <vector>

namespace fd::core {

class Database;

/// For a bulk load inside a write transaction: drops the secondary indexes of some tables
/// (except those the load itself looks rows up by) and creates them again from their stored
/// definitions before the commit. Building an index once over a million rows costs a fraction
/// of keeping it up to date row by row. A rollback restores everything (DDL is transactional
/// in SQLite); with another engine this does nothing.
class DeferredIndexes final {
public:
    DeferredIndexes(Database& db, const QStringList& tables, const QStringList& keep);
    /// Creates the dropped indexes again; call before committing.
    void restore();
    int dropped() const { return static_cast<int>(m_saved.size()); }

private:
    Database& m_db;
    std::vector<std::pair<QString, QString>> m_saved;  ///< name, CREATE statement
};

}  // namespace fd::core
