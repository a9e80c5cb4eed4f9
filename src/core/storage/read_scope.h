#pragma once

#include "storage/database.h"
#include "storage/storage_error.h"

namespace fd::core {

/// One read transaction of its own for what is read in this scope, when the caller has none:
/// everything read comes from the same state of the database. Ended (nothing was written) by
/// end() or when the scope is left.
class ReadScope final {
public:
    explicit ReadScope(Database& db) : m_db(db), m_own(db.transactionDepth() == 0) {
        if (m_own) {
            m_db.execute(m_db.dialect().beginRead());
        }
    }
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;
    ~ReadScope() { end(); }

    void end() {
        if (m_own) {
            m_own = false;
            try {
                m_db.execute(QStringLiteral("COMMIT"));
            } catch (const StorageError&) {  // NOLINT(bugprone-empty-catch): nothing was written
            }
        }
    }

private:
    Database& m_db;
    bool m_own;
};

}  // namespace fd::core
