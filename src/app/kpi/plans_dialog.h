#pragma once

#include "services/payroll_service.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fd::app {

/// A month's plans as a grid a head types or pastes from a spreadsheet: a row per operator,
/// office manager and the marketing department, a column per KPI a plan is set on. Money in
/// rubles. Saving writes every changed cell at once, or nothing when one is wrong.
class PlansDialog final : public QDialog {
    Q_OBJECT

public:
    PlansDialog(core::Database& db, core::Clock clock, QDate month, QWidget* parent = nullptr);

    QTableWidget* grid() const { return m_grid; }
    /// Pastes tab-separated rows (as a spreadsheet copies them) from the current cell on.
    void paste(const QString& text);
    /// Saves; false with the refusal shown when a cell is wrong.
    bool save();
    QString errorText() const;

private:
    struct Row {
        core::Department department;
        core::OptId employeeId;
        QString name;
    };
    void load();

    core::Database& m_db;
    core::Clock m_clock;
    QDate m_month;
    std::vector<Row> m_rows;
    QTableWidget* m_grid = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
