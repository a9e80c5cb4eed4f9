#pragma once

#include "domain/data_health.h"
#include "services/health_impact.h"
#include "services/service_context.h"
#include "views/health_worker.h"
#include "views/workspace.h"

#include <QThread>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Data health: where the period's numbers are unreliable because a mark is missing, who must
/// fix each gap, and what the gaps do to the month's KPIs and bonuses. A head sees everything;
/// an office manager and an operator the part they must fix. A row opens the records behind it.
class HealthWorkspace final : public Workspace {
    Q_OBJECT

public:
    HealthWorkspace(core::Database& db, core::Clock clock, QWidget* parent = nullptr);
    ~HealthWorkspace() override;

    QString workspaceId() const override { return QStringLiteral("health"); }
    QString title() const override;
    bool isReady() const override { return m_ready; }
    QWidget* keyTarget() override;
    void dataChanged(const core::DataChange& change) override;

    QTreeWidget* gaps() const { return m_gaps; }
    QTreeWidget* impact() const { return m_impact; }
    QComboBox* periodBox() const { return m_period; }
    const core::HealthReport& report() const { return m_report; }
    /// Shows the gaps from `from` to `to` (inclusive).
    void setPeriod(QDate from, QDate to);
    /// Opens the records behind the gap row `item` (a kind's row or an owner's).
    void openRecords(QTreeWidgetItem* item);
    /// The fix in bulk the current row allows, after one confirmation: past meetings marked as
    /// no-shows, duplicate clients merged, or leads given a channel. The error, or empty.
    QString fixCurrent(bool confirm = true);
    QPushButton* fixButton() const { return m_fix; }
    /// Opens the office workspace where the current row's first record is fixed (the day of a
    /// meeting, the follow-ups, the cash desk); false when the row is not an office's.
    bool openInOfficeCurrent();
    QPushButton* officeButton() const { return m_office; }

Q_SIGNALS:
    void computeRequested(int generation, QDate from, QDate to, QDate month);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void onComputed(int generation, const core::HealthReport& report, const core::HealthImpact& impact);
    void onFailed(int generation, const QString& message);
    void applyPreset(int preset);
    void fillGaps();
    void fillImpact(const core::HealthImpact& impact);
    /// The records of the current row (every group of its kind for a kind's row).
    std::vector<const core::GapGroup*> currentGroups(core::GapKind* kind) const;
    void updateFix();
    /// Asks for a channel and campaign; false when the person cancels.
    bool chooseSource(core::Id* channel, core::OptId* campaign);

    core::Database& m_db;
    core::Clock m_clock;
    QThread m_thread;
    HealthWorker* m_worker = nullptr;
    int m_generation = 0;
    bool m_ready = false;
    bool m_stale = true;
    core::HealthReport m_report;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_impactTitle = nullptr;
    QTreeWidget* m_gaps = nullptr;
    QTreeWidget* m_impact = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_office = nullptr;
};

}  // namespace fd::app
