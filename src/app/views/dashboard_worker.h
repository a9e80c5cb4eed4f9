#pragma once

#include "domain/access.h"
#include "funnel/funnel_engine.h"

#include "worker_connection.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace fd::core {
class Database;
class ReportService;
struct FunnelData;
}  // namespace fd::core

namespace fd::app {

/// Computes the dashboard's reports and drill-downs on a worker thread with its own database
/// connection. Every request carries a cancel flag: the workspace raises the flag of the
/// request a newer filter replaces, and the engine stops at its next check.
class DashboardWorker final : public QObject {
    Q_OBJECT

public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    DashboardWorker();
    ~DashboardWorker() override;

public Q_SLOTS:
    /// Where its own connection goes, for the person signed in on the window's (made at the first
    /// report).
    void open(const QString& path, const std::optional<core::Actor>& actor);
    /// The report for `spec` and the weekly trend of the same period and filters.
    void compute(int generation, const fd::core::FunnelSpec& spec, const CancelFlag& cancel);
    void drill(int generation, const fd::core::FunnelSpec& spec, const fd::core::FunnelCell& cell,
               const CancelFlag& cancel);

Q_SIGNALS:
    void computed(int generation, const fd::core::FunnelReport& report, const fd::core::FunnelReport& trend,
                  qint64 elapsedMs);
    void drilled(int generation, const std::vector<fd::core::Id>& leads, qint64 elapsedMs);
    void failed(int generation, const QString& message);

private:
    /// Once the facts are read, each lead's last activity, which period reports need, is found
    /// on a thread of its own (ten million leads: about 0.1 s), so the first switch to period
    /// counting finds it ready while cohort reports go on meanwhile.
    void prepareIndexes(core::ReportService& engine);

    WorkerConnection m_db;
    std::weak_ptr<const core::FunnelData> m_prepared;
    std::thread m_preparing;
};

}  // namespace fd::app
