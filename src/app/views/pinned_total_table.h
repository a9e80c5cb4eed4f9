#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace fd::app {

/// A table whose last row, the total, stays in sight under the rows when they scroll: the
/// rows in one view, the total in a one-row view below it with the same columns, widths and
/// horizontal scroll.
class PinnedTotalTable final : public QWidget {
    Q_OBJECT

public:
    explicit PinnedTotalTable(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTableView* rowsView() const { return m_rows; }
    QTableView* totalView() const { return m_total; }

private:
    /// Shows the last row below and the others above, and fits the columns to both.
    void pin();

    QAbstractItemModel* m_model = nullptr;
    QTableView* m_rows = nullptr;
    QTableView* m_total = nullptr;
};

}  // namespace fd::app
