#include "services/report_service.h"

#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/service_context.h"
#include "storage/database_fact_source.h"
#include "storage/storage_error.h"

namespace fd::core {

namespace {

/// The company's reporting time zone, or the error of reading it or of a person who may not
/// read reports.
Result<QString> reportZone(Database& db) {
    if (Status allowed = permit(db, Action::ReadDashboard); !allowed) {
        return allowed.error();
    }
    try {
        return CatalogService(db).reportTimeZone();
    } catch (const StorageError& e) {
        return readFailure(e);
    }
}

}  // namespace

Result<FunnelReport> ReportService::funnel(const FunnelSpec& spec, const std::atomic<bool>* cancel) {
    const Result<QString> zone = reportZone(m_db);
    if (!zone) {
        return zone.error();
    }
    DatabaseFactSource facts(m_db);
    return FunnelEngine(facts, *zone).run(spec, cancel);
}

Result<std::vector<Id>> ReportService::leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                               const std::atomic<bool>* cancel) {
    const Result<QString> zone = reportZone(m_db);
    if (!zone) {
        return zone.error();
    }
    DatabaseFactSource facts(m_db);
    return FunnelEngine(facts, *zone).leadsIn(spec, cell, cancel);
}

Result<std::shared_ptr<const FunnelData>> ReportService::facts() {
    return DatabaseFactSource(m_db).facts();
}

Result<KpiReport> ReportService::kpi(Department department, QDate from, QDate to) {
    const Result<QString> zone = reportZone(m_db);
    if (!zone) {
        return zone.error();
    }
    DatabaseFactSource facts(m_db);
    return kpiReport(facts, *zone, department, from, to);
}

}  // namespace fd::core
