#include "views/health_worker.h"

#include "services/data_health.h"
#include "storage/database.h"

namespace fd::app {

void HealthWorker::compute(int generation, QDate from, QDate to, QDate month) {
    core::Database* db = m_db.get();
    if (!db) {
        Q_EMIT failed(generation, m_db.error());
        return;
    }
    core::Result<core::HealthReport> report = core::DataHealth(*db, m_clock).report(from, to);
    if (!report) {
        Q_EMIT failed(generation, report.error().message());
        return;
    }
    // Who reads no bonuses sees the gaps without their effect on them.
    const core::Result<core::HealthImpact> impact = core::healthImpact(*db, m_clock, month);
    Q_EMIT computed(generation, *report, impact ? *impact : core::HealthImpact{});
}

}  // namespace fd::app
