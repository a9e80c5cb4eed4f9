#include "kpi/kpi_worker.h"

#include "storage/database.h"

namespace fd::app {

KpiWorker::KpiWorker(core::Clock clock) : m_clock(std::move(clock)) {}
KpiWorker::~KpiWorker() = default;

void KpiWorker::open(const QString& path, const std::optional<core::Actor>& actor) {
    m_db.setTarget(path, actor);
}

void KpiWorker::compute(int generation, QDate month) {
    core::Database* db = m_db.get();
    if (!db) {
        Q_EMIT failed(generation, m_db.error());
        return;
    }
    const core::Result<core::Payroll> payroll = core::PayrollService(*db, m_clock).payroll(month);
    if (!payroll) {
        Q_EMIT failed(generation, payroll.error().message());
        return;
    }
    Q_EMIT computed(generation, *payroll);
}

}  // namespace fd::app
