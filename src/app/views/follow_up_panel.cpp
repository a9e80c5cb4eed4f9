#include "views/follow_up_panel.h"

#include "formatting.h"
#include "models/rows_model.h"
#include "widgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

FollowUpPanel::FollowUpPanel(QWidget* keyHost, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_model = new RowsModel({tr("Follow up on"), tr("Client"), tr("Phone"), tr("Manager"), tr("Came")}, this);
    m_view = makeListView(this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {120, 200, 140, 150};
    for (int c = 0; c < 4; ++c) {
        m_view->setColumnWidth(c, widths[c]);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpPanel::selectionChanged);
    using Action = FollowUpDialog::Action;
    const std::tuple<QString, QString, Action> actions[] = {
        {QStringLiteral("S"), tr("Sale…"), Action::Sale},
        {QStringLiteral("D"), tr("Later…"), Action::Postpone},
        {QStringLiteral("L"), tr("Refused…"), Action::Refuse}};
    auto* buttons = new QHBoxLayout;
    for (const auto& [key, text, action] : actions) {
        const KeyButton b = makeKeyButton(this, keyHost, key, text);
        connect(b.button, &QPushButton::clicked, this, [this, a = action] { Q_EMIT actionPressed(a); });
        buttons->addWidget(b.button);
        m_keys.push_back(b.shortcut);
    }
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void FollowUpPanel::setItems(std::vector<core::FollowUpItem> items, const QTimeZone& zone, qint64 now) {
    m_items = std::move(items);
    std::vector<RowsModel::Row> rows;
    for (const core::FollowUpItem& f : m_items) {
        RowsModel::Row r;
        r.cells = {formatDate(f.dueAt, zone), f.client, formatPhone(f.phoneE164), f.manager,
                   formatDate(f.metAt, zone)};
        r.key = f.taskId;
        r.tone = f.dueAt < now ? RowTone::Overdue : RowTone::Plain;
        rows.push_back(std::move(r));
    }
    m_model->setRows(std::move(rows));
}

const core::FollowUpItem* FollowUpPanel::selected() const {
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_items.size()) ? &m_items[static_cast<std::size_t>(row)]
                                                              : nullptr;
}

}  // namespace fd::app
