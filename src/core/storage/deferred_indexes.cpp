#include "storage/deferred_indexes.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QThread>

#include <algorithm>

namespace fd::core {

DeferredIndexes::DeferredIndexes(Database& db, const QStringList& tables, const QStringList& keep)
    : m_db(db) {
    if (db.dialect().engine() != SqlDialect::Engine::SQLite) {
        return;
    }
    for (const QString& table : tables) {
        // Indexes with a definition: the ones a UNIQUE or PRIMARY KEY constraint makes have none
        // and stay.
        Query q(db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table AND sql IS "
                "NOT NULL");
        q.bind(":table", table).exec();
        while (q.next()) {
            if (!keep.contains(q.text(0))) {
                m_saved.emplace_back(q.text(0), q.text(1));
            }
        }
    }
    for (const auto& [name, sql] : m_saved) {
        // An identifier cannot be bound; the names come from the schema itself.
        db.execute(QStringLiteral("DROP INDEX \"%1\"")
                       .arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
    }
}

void DeferredIndexes::restore() {
    if (m_saved.empty()) {
        return;
    }
    // Each index is built by sorting every row: SQLite sorts in parallel when allowed to.
    const int helpers = std::clamp(QThread::idealThreadCount() - 1, 0, 3);
    m_db.execute(QStringLiteral("PRAGMA threads = %1").arg(helpers));
    for (const auto& [name, sql] : m_saved) {
        m_db.execute(sql);
    }
    m_db.execute(QStringLiteral("PRAGMA threads = 0"));
    m_saved.clear();
}

}  // namespace fd::core
