#include "views/dashboard_worker.h"

#include "services/report_service.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace fd::app {

DashboardWorker::DashboardWorker() = default;

DashboardWorker::~DashboardWorker() {
    if (m_preparing.joinable()) {
        m_preparing.join();
    }
}

void DashboardWorker::prepareIndexes(core::ReportService& engine) {
    const core::Result<std::shared_ptr<const core::FunnelData>> facts = engine.facts();
    if (!facts || *facts == m_prepared.lock()) {
        return;
    }
    if (m_preparing.joinable()) {
        m_preparing.join();  // the facts it prepared were replaced; it is done or nearly
    }
    m_prepared = *facts;
    m_preparing = std::thread([data = *facts] { data->lastActivity(); });
}

void DashboardWorker::open(const QString& path, const std::optional<core::Actor>& actor) {
    m_db.setTarget(path, actor);
}

void DashboardWorker::compute(int generation, const core::FunnelSpec& spec, const CancelFlag& cancel) {
    if (cancel && cancel->load()) {
        return;  // replaced before it started
    }
    core::Database* db = m_db.get();
    if (!db) {
        Q_EMIT failed(generation, m_db.error());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    core::ReportService engine(*db);
    const core::Result<core::FunnelReport> report = engine.funnel(spec, cancel.get());
    if (!report) {
        if (report.error().code != core::ErrorCode::Cancelled) {
            Q_EMIT failed(generation, report.error().message());
        }
        return;
    }
    core::FunnelSpec weekly = spec;
    weekly.by = core::Breakdown::Week;
    const core::Result<core::FunnelReport> trend = engine.funnel(weekly, cancel.get());
    if (!trend) {
        if (trend.error().code != core::ErrorCode::Cancelled) {
            Q_EMIT failed(generation, trend.error().message());
        }
        return;
    }
    Q_EMIT computed(generation, *report, *trend, timer.elapsed());
    prepareIndexes(engine);
}

void DashboardWorker::drill(int generation, const core::FunnelSpec& spec, const core::FunnelCell& cell,
                            const CancelFlag& cancel) {
    core::Database* db = m_db.get();
    if (!db) {
        Q_EMIT failed(generation, m_db.error());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const core::Result<std::vector<core::Id>> ids =
        core::ReportService(*db).leadsIn(spec, cell, cancel.get());
    if (!ids) {
        if (ids.error().code != core::ErrorCode::Cancelled) {
            Q_EMIT failed(generation, ids.error().message());
        }
        return;
    }
    Q_EMIT drilled(generation, *ids, timer.elapsed());
}

}  // namespace fd::app
