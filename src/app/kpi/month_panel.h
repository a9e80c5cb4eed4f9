#pragma once

#include "services/payroll_service.h"
#include "services/service_context.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QThread>
#include <QTimer>

namespace fd::core {
class Database;
}

namespace fd::app {

/// One person's month so far, in a line above their desk: the KPI their plan is set on against
/// the plan, a quality rate, and the bonus earned so far — the call center's and the office's own
/// view of the KPI workspace. Shows nothing when the person signed in may not see it. The month
/// is computed on a worker thread, so a large company's desk never waits for it; while the person
/// works it is computed again at most once a minute, as a month's figures move little in a call
/// and computing them reads the whole funnel (on a shared server, for every seat).
class MonthPanel final : public QLabel {
    Q_OBJECT

public:
    MonthPanel(core::Database& db, core::Clock clock, QWidget* parent = nullptr);
    ~MonthPanel() override;

    /// How often the same person's month is computed again at most.
    static constexpr int kRefreshMs = 60'000;

    /// Shows `employeeId`'s current month (none: hides the panel) once it is computed; for the
    /// person already shown, once the minute since the last computation is over.
    void showFor(core::OptId employeeId);
    /// Whether the last month asked for is shown (or hidden for good).
    bool isReady() const { return m_ready; }
    /// Whether a refresh asked for within the minute waits for the minute to end.
    bool refreshWaiting() const { return m_later.isActive(); }

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
    QElapsedTimer m_lastRequest;
    QTimer m_later;  ///< a refresh asked for within the minute
};

}  // namespace fd::app
