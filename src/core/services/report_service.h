#pragma once

#include "funnel/funnel_data.h"
#include "funnel/funnel_engine.h"
#include "funnel/kpi_report.h"

namespace fd::core {

class Database;

/// Funnel and KPI reports of the company's database: the funnel engine over the database's
/// facts (DatabaseFactSource), in the company's reporting time zone.
class ReportService final {
public:
    explicit ReportService(Database& db) : m_db(db) {}

    Result<FunnelReport> funnel(const FunnelSpec& spec, const std::atomic<bool>* cancel = nullptr);
    /// The leads behind one number of funnel(spec), in id order.
    Result<std::vector<Id>> leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                    const std::atomic<bool>* cancel = nullptr);
    Result<KpiReport> kpi(Department department, QDate from, QDate to);
    /// The facts the reports read (kept by the connection while the data is unchanged), for a
    /// caller that prepares what a report needs ahead of it (FunnelData::lastActivity).
    Result<std::shared_ptr<const FunnelData>> facts();

private:
    Database& m_db;
};

}  // namespace fd::core
