#pragma once

#include "domain/result.h"
#include "funnel/funnel_report.h"

#include <atomic>
#include <vector>

namespace fd::core {

class Database;

/// One number of a report: a stage of a group (its key; "all" for the total).
struct FunnelCell {
    QString groupKey = QStringLiteral("all");
    Stage stage = Stage::Lead;
};

/// Computes funnel reports from the milestones on the lead rows (see docs/metrics.md for
/// every definition). Read-only; safe to run on a worker thread's own connection.
class FunnelEngine final {
public:
    explicit FunnelEngine(Database& db) : m_db(db) {}

    /// `cancel`, when set by another thread, stops the computation with ErrorCode::Cancelled.
    Result<FunnelReport> run(const FunnelSpec& spec, const std::atomic<bool>* cancel = nullptr);
    /// The leads behind one number of run(spec): exactly those it counted there, in id order.
    Result<std::vector<Id>> leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                    const std::atomic<bool>* cancel = nullptr);

    /// Linear-interpolation percentile (p in [0, 1]) of unsorted values; empty for no values.
    static std::optional<double> percentile(std::vector<double> values, double p);

private:
    Result<FunnelReport> compute(const FunnelSpec& spec, const FunnelCell* cell, std::vector<Id>* cellLeads,
                                 const std::atomic<bool>* cancel);
    Database& m_db;
};

}  // namespace fd::core
