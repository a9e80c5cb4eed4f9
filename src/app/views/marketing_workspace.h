#pragma once

#include "funnel/funnel_engine.h"
#include "services/service_context.h"
#include "views/dashboard_charts.h"
#include "views/dashboard_export.h"
#include "views/dashboard_worker.h"
#include "views/workspace.h"

#include <QThread>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace fd::app {

class DashboardCharts;
class DashboardModel;
class MultiChoice;
class DrillDownDialog;
class SpendDialog;

/// The marketing dashboard: the funnel from site visitors to money in the cash desk for a
/// period, mode and filters; a table by the chosen breakdown with the channel economics (CPL,
/// cost per target arrival, CAC, ROMI); a weekly trend; a double-click on any count lists its
/// leads. Reports run on a worker thread; a new filter cancels the report still running.
class MarketingWorkspace final : public Workspace {
    Q_OBJECT

public:
    enum class Preset { ThisWeek, LastWeek, ThisMonth, LastMonth, Quarter, Custom };

    MarketingWorkspace(core::Database& db, core::Clock clock = core::systemClock(),
                       QWidget* parent = nullptr);
    ~MarketingWorkspace() override;

    QString workspaceId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Marketing"); }
    bool isReady() const override { return m_ready; }
    QWidget* keyTarget() override;
    void dataChanged(const core::DataChange& change) override;
    /// The "data changed — refresh" line, shown after another seat changed data.
    QLabel* changedBanner() const { return m_changed; }

    /// The spec the filters describe now.
    core::FunnelSpec spec() const;
    void setPreset(Preset preset);
    void setPeriod(QDate from, QDate toInclusive);
    void setMode(core::FunnelMode mode);
    void setBreakdown(core::Breakdown by);
    /// Recomputes with the current filters (F5); a report still running is cancelled.
    void refresh();
    /// Opens the leads behind the cell (a count column) in a dialog; false when the cell is
    /// not a count.
    bool drillDown(const QModelIndex& index);

    using ExportFormat = DashboardExport::Format;
    /// The line over the weekly bars.
    using TrendLine = fd::app::TrendLine;
    /// Writes the current view: the table (XLSX, CSV), or a report with the filters, the
    /// generation time, both charts and the table (PDF). An error message, empty on success.
    QString exportView(const QString& path, ExportFormat format);
    /// The spend and visitors grid of the period's first month; the dashboard recomputes after
    /// a save.
    void editSpend();
    /// A sentence per filter in force, for reports.
    QStringList filterDescription() const;

    DashboardModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The total row, pinned under the table.
    QTableView* totalView() const;
    QChartView* funnelView() const;
    QComboBox* breakdownBox() const { return m_by; }
    MultiChoice* channelChoice() const { return m_channel; }
    MultiChoice* officeChoice() const { return m_office; }
    MultiChoice* campaignChoice() const { return m_campaign; }
    QComboBox* trendLineBox() const { return m_trendLine; }
    QSpinBox* windowBox() const { return m_window; }
    const core::FunnelReport& trend() const { return m_trend; }
    /// The last report's computing time on the worker.
    qint64 lastComputeMs() const { return m_lastMs; }

Q_SIGNALS:
    void computeRequested(int generation, const fd::core::FunnelSpec& spec,
                          const DashboardWorker::CancelFlag& cancel);
    void drillRequested(int generation, const fd::core::FunnelSpec& spec, const fd::core::FunnelCell& cell,
                        const DashboardWorker::CancelFlag& cancel);
    /// A drill-down dialog opened (tests drive it from here).
    void drillDownOpened(DrillDownDialog* dialog);
    void spendDialogOpened(SpendDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(QWidget* bar);
    void connectFilters();
    void chooseExport(ExportFormat format);
    void fillChoices();
    void applyPreset();
    void onComputed(int generation, const core::FunnelReport& report, const core::FunnelReport& trend,
                    qint64 ms);
    void onDrilled(int generation, const std::vector<core::Id>& leads, qint64 ms);
    void onFailed(int generation, const QString& message);
    void drawTrend();
    QString modeExplanation() const;

    core::Database& m_db;
    core::Clock m_clock;
    QThread m_thread;
    DashboardWorker* m_worker = nullptr;
    int m_generation = 0;
    int m_drillGeneration = 0;
    DashboardWorker::CancelFlag m_cancel;
    DashboardWorker::CancelFlag m_drillCancel;
    QString m_drillTitle;
    core::FunnelSpec m_shownSpec;
    bool m_ready = false;
    bool m_filling = false;
    bool m_stale = false;  ///< filters changed while hidden
    qint64 m_lastMs = 0;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_window = nullptr;
    QComboBox* m_by = nullptr;
    MultiChoice* m_office = nullptr;
    MultiChoice* m_channel = nullptr;
    MultiChoice* m_campaign = nullptr;
    QComboBox* m_trendLine = nullptr;
    QLabel* m_explain = nullptr;
    QLabel* m_changed = nullptr;
    QLabel* m_status = nullptr;
    DashboardCharts* m_charts = nullptr;
    DashboardModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    class PinnedTotalTable* m_table = nullptr;
    core::FunnelReport m_trend;
};

}  // namespace fd::app
