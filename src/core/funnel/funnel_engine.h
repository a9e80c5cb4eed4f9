#pragma once

#include "domain/result.h"
#include "funnel/funnel_report.h"

#include <vector>

namespace fd::core {

class Database;

/// Computes funnel reports from the milestones on the lead rows (see docs/metrics.md for
/// every definition). Read-only; safe to run on a worker thread's own connection.
class FunnelEngine final {
public:
    explicit FunnelEngine(Database& db) : m_db(db) {}

    Result<FunnelReport> run(const FunnelSpec& spec);

    /// Linear-interpolation percentile (p in [0, 1]) of unsorted values; empty for no values.
    static std::optional<double> percentile(std::vector<double> values, double p);

private:
    Database& m_db;
};

}  // namespace fd::core
