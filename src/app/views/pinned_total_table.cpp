#include "views/pinned_total_table.h"

#include "widgets.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::app {

PinnedTotalTable::PinnedTotalTable(QWidget* parent) : QWidget(parent) {
    m_rows = makeListView(this);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_total = makeListView(this);
    m_total->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_total->horizontalHeader()->hide();
    m_total->horizontalHeader()->setStretchLastSection(true);
    m_total->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_total->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_total->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_total->setFixedHeight(m_total->verticalHeader()->defaultSectionSize() + 2 * m_total->frameWidth());
    m_total->setStyleSheet(QStringLiteral("QTableView { border-top: 0; }"));

    // One set of columns: widths and the horizontal scroll (by pixels, so both move alike)
    // follow the rows' view.
    for (QTableView* v : {m_rows, m_total}) {
        v->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
    connect(m_rows->horizontalHeader(), &QHeaderView::sectionResized, m_total,
            [this](int column, int, int size) { m_total->setColumnWidth(column, size); });
    connect(m_rows->horizontalScrollBar(), &QScrollBar::valueChanged, m_total->horizontalScrollBar(),
            &QScrollBar::setValue);
    // The total is as wide inside as the rows: an (empty) scroll bar where theirs is.
    connect(m_rows->verticalScrollBar(), &QScrollBar::rangeChanged, m_total, [this](int, int max) {
        m_total->setVerticalScrollBarPolicy(max > 0 ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_total);
}

void PinnedTotalTable::setModel(QAbstractItemModel* model) {
    m_model = model;
    m_rows->setModel(model);
    m_total->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &PinnedTotalTable::pin);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PinnedTotalTable::pin);
    connect(model, &QAbstractItemModel::dataChanged, this, &PinnedTotalTable::pin);
    pin();
}

void PinnedTotalTable::pin() {
    const int last = m_model ? m_model->rowCount() - 1 : -1;
    for (int r = 0; r <= last; ++r) {
        m_rows->setRowHidden(r, r == last);
        m_total->setRowHidden(r, r != last);
    }
    if (!m_model) {
        return;
    }
    const int columns = m_model->columnCount();
    const QAbstractItemView* rows = m_rows;  // where sizeHintForColumn is public
    const QAbstractItemView* total = m_total;
    for (int c = 0; c < columns; ++c) {
        const int width = std::max({rows->sizeHintForColumn(c), total->sizeHintForColumn(c),
                                    m_rows->horizontalHeader()->sectionSizeHint(c)});
        m_rows->setColumnWidth(c, width);
        m_total->setColumnWidth(c, width);
    }
}

}  // namespace fd::app
