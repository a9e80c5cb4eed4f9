#pragma once

#include "kpi/kpi_worker.h"
#include "services/payroll_service.h"
#include "views/workspace.h"

#include <QThread>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fd::core {
class Database;
}

namespace fd::app {

class KpiModel;

/// KPIs and motivation: a month's plan and fact per department and person, with the bonus each
/// rule gives, from the funnel's own numbers. The head sees everyone and closes months; each
/// person sees their own row and their department's total.
class KpiWorkspace final : public Workspace {
    Q_OBJECT

public:
    enum class Tab { CallCenter, Office, Marketing, Payroll };

    KpiWorkspace(core::Database& db, core::Clock clock, QWidget* parent = nullptr);
    ~KpiWorkspace() override;

    QString workspaceId() const override { return QStringLiteral("kpi"); }
    QString title() const override;
    bool isReady() const override { return m_ready; }
    QWidget* keyTarget() override;

    void selectTab(Tab tab);
    /// Shows the month of `day`.
    void selectMonth(QDate day);
    QDate month() const;
    KpiModel* model(Tab tab) const;
    QTableView* view(Tab tab) const { return m_views[static_cast<size_t>(tab)]; }
    const core::Payroll& payroll() const { return m_payroll; }
    /// The head's plan grid and scheme editor for the month shown.
    void editPlans();
    void editSchemes();
    /// Writes the payroll shown to `path` (.xlsx or .csv); the error, or empty.
    QString exportTo(const QString& path);
    /// The KPI tabs as a PDF report; returns the error, empty on success.
    QString exportPdf(const QString& path);

Q_SIGNALS:
    void computeRequested(int generation, QDate month);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Asks the worker for the month shown; the tabs follow when it answers. Hidden, the month is
    /// computed when the workspace is first shown (it reads the whole funnel).
    void reload();
    void onComputed(int generation, const core::Payroll& payroll);
    void onFailed(int generation, const QString& message);
    void closeOrReopen();
    void copyPlans();
    /// Double-click: the leads behind a KPI of a person (or the total) this month.
    void openLeads(KpiModel* model, const QModelIndex& index);
    void exportShown();

    core::Database& m_db;
    core::Clock m_clock;
    QThread m_thread;
    KpiWorker* m_worker = nullptr;
    int m_generation = 0;
    bool m_ready = false;
    bool m_stale = true;  ///< the month shown has not been asked for since the data changed
    core::Payroll m_payroll;
    QComboBox* m_month = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_plans = nullptr;
    QPushButton* m_schemes = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::vector<KpiModel*> m_models;
    std::vector<QTableView*> m_views;
};

}  // namespace fd::app
