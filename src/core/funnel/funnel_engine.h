#pragma once

#include "domain/result.h"
#include "funnel/funnel_report.h"

#include <atomic>
#include <vector>

namespace fd::core {

class FactSource;

/// One number of a report: a stage of a group (its key; "all" for the total).
struct FunnelCell {
    QString groupKey = QStringLiteral("all");
    Stage stage = Stage::Lead;
};

/// Computes funnel reports from the facts a FactSource supplies (see docs/metrics.md for every
/// definition). Knows no database: services/ReportService wires it to the company's.
class FunnelEngine final {
public:
    /// `reportTimeZone` is used when a spec names no time zone of its own.
    FunnelEngine(FactSource& source, QString reportTimeZone)
        : m_source(source), m_reportTimeZone(std::move(reportTimeZone)) {}

    /// `cancel`, when set by another thread, stops the computation with ErrorCode::Cancelled.
    Result<FunnelReport> run(const FunnelSpec& spec, const std::atomic<bool>* cancel = nullptr);
    /// run(spec) for each of several breakdowns (spec.by is ignored), counted in one pass over
    /// the leads: the same reports as one run each, in the order of `breakdowns`.
    Result<std::vector<FunnelReport>> runMany(const FunnelSpec& spec,
                                              const std::vector<Breakdown>& breakdowns,
                                              const std::atomic<bool>* cancel = nullptr);
    /// The leads behind one number of run(spec): exactly those it counted there, in id order.
    Result<std::vector<Id>> leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                    const std::atomic<bool>* cancel = nullptr);

    /// From how many selected leads a report is counted on two threads (100,000 unless set).
    void setParallelFrom(std::size_t leads) { m_parallelFrom = leads; }

    /// Linear-interpolation percentile (p in [0, 1]) of unsorted values; empty for no values.
    static std::optional<double> percentile(std::vector<double> values, double p);

private:
    FactSource& m_source;
    QString m_reportTimeZone;
    std::size_t m_parallelFrom = 100000;
};

}  // namespace fd::core
