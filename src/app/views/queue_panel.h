#pragma once

#include "services/operator_queue.h"

#include <QWidget>

class QLabel;
class QTabBar;
class QTableView;

namespace fd::app {

class QueueModel;

/// The operator's queue: a tab per list (new leads, callbacks, meetings to confirm, no-shows)
/// with its count, Ctrl+1..4 to switch, and the list in working order.
class QueuePanel final : public QWidget {
    Q_OBJECT

public:
    /// The Ctrl+digit keys work wherever the focus is inside `keyHost`.
    QueuePanel(QWidget* keyHost, QWidget* parent = nullptr);

    core::QueueTab currentTab() const;
    void selectTab(core::QueueTab tab);
    /// Shows the tabs' counts (the new leads' tab red while some wait past the first-call time).
    void setCounts(const core::QueueCounts& counts);
    /// Shows the current tab's items out of `total`, keeping the selection signals quiet.
    void setItems(std::vector<core::QueueItem> items, const core::QueueScope& scope, qint64 total);

    QTabBar* tabs() const { return m_tabs; }
    QTableView* view() const { return m_view; }
    QueueModel* model() const { return m_model; }

Q_SIGNALS:
    void tabChanged();
    void rowChanged();

private:
    QTabBar* m_tabs = nullptr;
    QTableView* m_view = nullptr;
    QueueModel* m_model = nullptr;
    QLabel* m_more = nullptr;
};

}  // namespace fd::app
