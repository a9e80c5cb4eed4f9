#pragma once

#include "domain/access.h"
#include "services/payroll_service.h"
#include "worker_connection.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace fd::core {
class Database;
}

namespace fd::app {

/// Computes a month's KPIs, forecasts and bonuses on a worker thread with its own database
/// connection, so that a large company's month (and the first reading of its facts) never
/// freezes the window.
class KpiWorker final : public QObject {
    Q_OBJECT

public:
    explicit KpiWorker(core::Clock clock);
    ~KpiWorker() override;

public Q_SLOTS:
    /// Where its own connection goes, for the person signed in on the window's (made at the first
    /// computation).
    void open(const QString& path, const std::optional<core::Actor>& actor);
    void compute(int generation, QDate month);

Q_SIGNALS:
    void computed(int generation, const fd::core::Payroll& payroll);
    void failed(int generation, const QString& message);

private:
    core::Clock m_clock;
    WorkerConnection m_db;
};

}  // namespace fd::app
