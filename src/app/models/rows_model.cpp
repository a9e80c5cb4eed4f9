#include "models/rows_model.h"

#include <QBrush>
#include <QColor>

namespace fd::app {

namespace {

QVariant toneBrush(RowTone tone) {
    switch (tone) {
        case RowTone::Plain:
            return {};
        case RowTone::Unmarked:
            return QBrush(QColor(0xff, 0xec, 0xc4));
        case RowTone::Awaiting:
            return QBrush(QColor(0xdc, 0xec, 0xfa));
        case RowTone::Done:
            return QBrush(QColor(0xe6, 0xf4, 0xe8));
        case RowTone::Closed:
            return QBrush(QColor(0xf1, 0xf2, 0xf4));
        case RowTone::Overdue:
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        case RowTone::MoneyDue:
            return QBrush(QColor(0xff, 0xf4, 0xd6));
    }
    return {};
}

}  // namespace

RowsModel::RowsModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)) {}

void RowsModel::setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RowsModel::setHeaders(QStringList headers) {
    m_headers = std::move(headers);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

const RowsModel::Row* RowsModel::row(int r) const {
    return r >= 0 && r < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(r)] : nullptr;
}

int RowsModel::rowOfKey(const QVariant& key) const {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int RowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const {
    const Row* r = index.isValid() ? row(index.row()) : nullptr;
    if (!r || index.column() >= columnCount()) {
        return {};
    }
    switch (role) {
        case Qt::DisplayRole:
            return index.column() < r->cells.size() ? r->cells.at(index.column()) : QVariant();
        case Qt::BackgroundRole:
            return toneBrush(r->tone);
        case Qt::TextAlignmentRole:
            return m_right.contains(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                    : QVariant();
        case Qt::ToolTipRole:
            return r->toolTip.isEmpty() ? QVariant() : QVariant(r->toolTip);
        case KeyRole:
            return r->key;
        case FlaggedRole:
            return r->flagged;
        case ToneRole:
            return QVariant::fromValue(static_cast<int>(r->tone));
        default:
            return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size()) {
        return {};
    }
    return m_headers.at(section);
}

}  // namespace fd::app
