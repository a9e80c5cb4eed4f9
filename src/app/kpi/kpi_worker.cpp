#include "kpi/kpi_worker.h"

#include "storage/database.h"

namespace fd::app {

KpiWorker::KpiWorker(core::Clock clock) : m_clock(std::move(clock)) {}
KpiWorker::~KpiWorker() = default;

void KpiWorker::open(const QString& path, const std::optional<core::Actor>& actor) {
    core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(path, actor);
    if (db) {
        m_db = std::move(db).value();
    } else {
        m_openError = db.error().message();
    }
}

void KpiWorker::compute(int generation, QDate month) {
    if (!m_db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    const core::Result<core::Payroll> payroll = core::PayrollService(*m_db, m_clock).payroll(month);
    if (!payroll) {
        Q_EMIT failed(generation, payroll.error().message());
        return;
    }
    Q_EMIT computed(generation, *payroll);
}

}  // namespace fd::app
