#pragma once

#include "domain/result.h"

#include <QDate>

#include <functional>

namespace fd::core {

class Database;

/// The demo company's people sign in with their role and number as the login (operator1,
/// manager1, marketer, head, admin) and this password, documented in the README.
inline constexpr const char* kDemoPassword = "funneldesk";

/// How the demo writes its history: decided in memory by the services' rules and written in
/// batches (SQLite, nobody signed in), or through the services one change at a time (what the
/// first is checked against, and what a server gets).
enum class DemoWriting { InMemory, ThroughServices };

struct DemoOptions {
    qint64 leads = 20000;
    quint64 seed = 1;
    QDate endDate;     ///< last day of history; default: today, up to the present moment
    qint64 until = 0;  ///< nothing happens after this UTC epoch; default: end of endDate
    /// How many months the history spans; 0: six, or for more than a million leads as many as
    /// keep a million to six months (ten million: five years), the pace of a big company.
    int months = 0;
    int batchLeads = 5000;  ///< leads per write transaction
    DemoWriting writing = DemoWriting::InMemory;
    std::function<void(qint64 done, qint64 total)> progress;
};

struct DemoSummary {
    qint64 leads = 0;
    qint64 repeatTouches = 0;
    qint64 calls = 0;
    qint64 meetings = 0;
    qint64 arrivals = 0;
    qint64 deals = 0;
    qint64 payments = 0;
};

/// Fills an empty database with a deterministic, realistic history of a personal-bankruptcy
/// firm: 3 offices, 12 operators, 6 office managers, 6 channels with campaigns, daily spend
/// and visitors, and leads worked through the same services the application uses.
/// Channels and people differ the way real ones do (see docs/demo-data.md).
class DemoGenerator final {
public:
    explicit DemoGenerator(Database& db) : m_db(db) {}

    Result<DemoSummary> generate(const DemoOptions& options);

private:
    Database& m_db;
};

}  // namespace fd::core
