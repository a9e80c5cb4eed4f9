#pragma once

#include "domain/entities.h"

#include <vector>

namespace fd::core {

class Database;

struct MilestoneMismatch {
    Id leadId = 0;
    QString field;
    QString stored;
    QString expected;
};

/// Recomputes every lead's milestones from the raw event tables (calls, meetings, deals,
/// payments) in plain C++, independently of the SQL the services use, and lists the
/// leads whose stored milestones differ. Used by `funneldesk-cli check` and the tests.
class MilestoneVerifier final {
public:
    explicit MilestoneVerifier(Database& db) : m_db(db) {}

    std::vector<MilestoneMismatch> verify(std::size_t maxReported = 20);
    qint64 checkedLeads() const { return m_checked; }
    qint64 mismatchedLeads() const { return m_mismatched; }

private:
    Database& m_db;
    qint64 m_checked = 0;
    qint64 m_mismatched = 0;
};

}  // namespace fd::core
