#include "views/queue_panel.h"

#include "formatting.h"
#include "models/queue_model.h"
#include "widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

QueuePanel::QueuePanel(QWidget* keyHost, QWidget* parent) : QWidget(parent) {
    m_tabs = new QTabBar(this);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int i = 0; i < core::kQueueTabCount; ++i) {
        m_tabs->addTab(QString());
        auto* s = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), keyHost);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_tabs, &QTabBar::currentChanged, this, &QueuePanel::tabChanged);
    m_model = new QueueModel(this);
    m_view = makeListView(this);
    m_view->setModel(m_model);
    const int widths[] = {145, 180, 135, 200, 110, 60};  // "28.11 14:00 (UTC+5)" fits
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        m_view->setColumnWidth(c, widths[c]);
    }
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::Source, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePanel::rowChanged);
    m_more = new QLabel(this);
    m_more->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_more);
}

core::QueueTab QueuePanel::currentTab() const {
    return static_cast<core::QueueTab>(std::max(0, m_tabs->currentIndex()));
}

void QueuePanel::selectTab(core::QueueTab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void QueuePanel::setCounts(const core::QueueCounts& counts) {
    const QString names[] = {tr("New leads"), tr("Callbacks"), tr("To confirm"), tr("No-shows")};
    for (int i = 0; i < core::kQueueTabCount; ++i) {
        m_tabs->setTabText(i, QStringLiteral("%1  %2").arg(names[i], formatCount(counts.tab[i])));
    }
    m_tabs->setTabTextColor(0, counts.overSla > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor());
}

void QueuePanel::setItems(std::vector<core::QueueItem> items, const core::QueueScope& scope, qint64 total) {
    const auto shown = static_cast<qint64>(items.size());
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setItems(currentTab(), std::move(items), scope);
    }
    m_more->setText(
        shown < total
            ? tr("Showing the first %1 of %2, in working order.").arg(formatCount(shown), formatCount(total))
            : QString());
}

}  // namespace fd::app
