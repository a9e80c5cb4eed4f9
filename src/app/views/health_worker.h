#pragma once

#include "domain/access.h"
#include "domain/data_health.h"
#include "services/health_impact.h"
#include "worker_connection.h"

#include <QDate>
#include <QObject>

namespace fd::app {

/// Reads a period's gaps and the month's KPIs they leave open on a worker thread with its own
/// connection: at a million leads that is half a second the window does not wait for.
class HealthWorker final : public QObject {
    Q_OBJECT

public:
    explicit HealthWorker(core::Clock clock) : m_clock(std::move(clock)) {}

public Q_SLOTS:
    void open(const QString& path, const std::optional<core::Actor>& actor) { m_db.setTarget(path, actor); }
    /// The gaps from `from` to the day before `to`, and what they do to `month`.
    void compute(int generation, QDate from, QDate to, QDate month);

Q_SIGNALS:
    void computed(int generation, const fd::core::HealthReport& report, const fd::core::HealthImpact& impact);
    void failed(int generation, const QString& message);

private:
    core::Clock m_clock;
    WorkerConnection m_db;
};

}  // namespace fd::app
