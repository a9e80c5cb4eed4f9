#pragma once

#include "domain/slot_grid.h"

#include <QAbstractTableModel>

namespace fd::app {

/// An office's slot grid as a table: rows are slot times, columns days; each cell shows the
/// seats taken of the slot's capacity and is tinted by whether it can be booked.
class SlotGridModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int StartRole = Qt::UserRole + 1;  ///< UTC epoch of the slot start
    static constexpr int StateRole = Qt::UserRole + 2;  ///< core::SlotCell::State as int

    explicit SlotGridModel(QObject* parent = nullptr);

    void setGrid(core::SlotGrid grid);
    const core::SlotGrid& grid() const { return m_grid; }
    const core::SlotCell* cell(const QModelIndex& index) const;
    /// The cell of the slot that starts at `start`, or an invalid index.
    QModelIndex indexOfStart(qint64 start) const;
    /// Why the slot cannot be booked, or an empty text when it can.
    QString refusal(const QModelIndex& index) const;
    /// A sentence about the slot for the line under the grid.
    QString describe(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::SlotGrid m_grid;
};

}  // namespace fd::app
