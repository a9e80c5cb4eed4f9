#pragma once

#include "services/service_context.h"

#include <QLabel>

namespace fd::core {
class Database;
}

namespace fd::app {

/// One person's month so far, in a line above their desk: the KPI their plan is set on against
/// the plan, a quality rate, and the bonus earned so far — the call center's and the office's own
/// view of the KPI workspace. Shows nothing when the person signed in may not see it.
class MonthPanel final : public QLabel {
    Q_OBJECT

public:
    MonthPanel(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    /// Shows `employeeId`'s current month (none: hides the panel).
    void showFor(core::OptId employeeId);

private:
    core::Database& m_db;
    core::Clock m_clock;
};

}  // namespace fd::app
