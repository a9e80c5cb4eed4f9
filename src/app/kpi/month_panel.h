#pragma once

#include "services/payroll_service.h"
#include "services/service_context.h"

#include <QLabel>
#include <QThread>

namespace fd::core {
class Database;
}

namespace fd::app {

/// One person's month so far, in a line above their desk: the KPI their plan is set on against
/// the plan, a quality rate, and the bonus earned so far — the call center's and the office's own
/// view of the KPI workspace. Shows nothing when the person signed in may not see it. The month
/// is computed on a worker thread, so a large company's desk never waits for it.
class MonthPanel final : public QLabel {
    Q_OBJECT

public:
    MonthPanel(core::Database& db, core::Clock clock, QWidget* parent = nullptr);
    ~MonthPanel() override;

    /// Shows `employeeId`'s current month (none: hides the panel) once it is computed.
    void showFor(core::OptId employeeId);
    /// Whether the last month asked for is shown (or hidden for good).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void computeRequested(int generation, QDate month);
    /// The person's month is shown (or the panel hidden for good).
    void ready();

private:
    /// Asks the worker for the month; one request at a time, the latest wish served after it.
    void request();
    void onComputed(int generation, const core::Payroll& payroll);
    void onFailed(int generation);

    core::Clock m_clock;
    QThread m_thread;
    int m_generation = 0;
    core::OptId m_employee;
    bool m_ready = true;     ///< the person's month is shown (a refresh keeps it shown meanwhile)
    bool m_pending = false;  ///< a request is with the worker
    bool m_again = false;    ///< asked again while it was
};

}  // namespace fd::app
