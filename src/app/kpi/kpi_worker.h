#pragma once

#include "domain/access.h"
#include "services/payroll_service.h"

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
    /// Opens its own connection to the database, for the person signed in on the window's.
    void open(const QString& path, const std::optional<core::Actor>& actor);
    void compute(int generation, QDate month);

Q_SIGNALS:
    void computed(int generation, const fd::core::Payroll& payroll);
    void failed(int generation, const QString& message);

private:
    core::Clock m_clock;
    std::unique_ptr<core::Database> m_db;
    QString m_openError;
};

}  // namespace fd::app
