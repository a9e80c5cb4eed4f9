#include "models/slot_grid_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include "formatting.h"

namespace fd::app {

namespace {

QString dayText(QDate day) {
    const QLocale locale;
    return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(day, dayMonthFormat());
}

}  // namespace

SlotGridModel::SlotGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void SlotGridModel::setGrid(core::SlotGrid grid) {
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

const core::SlotCell* SlotGridModel::cell(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return nullptr;
    }
    return &m_grid.cell(index.column(), index.row());
}

QModelIndex SlotGridModel::indexOfStart(qint64 start) const {
    for (int c = 0; c < columnCount(); ++c) {
        for (int r = 0; r < rowCount(); ++r) {
            if (m_grid.cell(c, r).start == start &&
                m_grid.cell(c, r).state != core::SlotCell::State::Closed) {
                return index(r, c);
            }
        }
    }
    return {};
}

int SlotGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_grid.rowMinutes.size());
}

int SlotGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_grid.days.size());
}

QString SlotGridModel::refusal(const QModelIndex& index) const {
    const core::SlotCell* c = cell(index);
    if (!c) {
        return tr("Choose a slot.");
    }
    switch (c->state) {
        case core::SlotCell::State::Free:
            return {};
        case core::SlotCell::State::Full:
            return tr("Full: %1 of %2 seats are taken.").arg(c->taken).arg(c->capacity);
        case core::SlotCell::State::Past:
            return tr("This slot is already over.");
        case core::SlotCell::State::Closed:
            break;
    }
    return tr("The office is closed on %1.")
        .arg(QLocale().dayName(m_grid.days[static_cast<size_t>(index.column())].dayOfWeek()));
}

QString SlotGridModel::describe(const QModelIndex& index) const {
    const core::SlotCell* c = cell(index);
    if (!c) {
        return tr("Choose a slot.");
    }
    const QString when = QLocale().toString(m_grid.days[static_cast<size_t>(index.column())],
                                            QStringLiteral("dddd, ") + dateFormat()) +
                         QStringLiteral(", ") +
                         core::formatMinutes(m_grid.rowMinutes[static_cast<size_t>(index.row())]);
    const QString why = refusal(index);
    if (!why.isEmpty()) {
        return when + QStringLiteral(" — ") + why;
    }
    return when + QStringLiteral(" — ") +
           tr("%1 of %2 seats taken, %3 free.").arg(c->taken).arg(c->capacity).arg(c->capacity - c->taken);
}

QVariant SlotGridModel::data(const QModelIndex& index, int role) const {
    const core::SlotCell* c = cell(index);
    if (!c) {
        return {};
    }
    using State = core::SlotCell::State;
    switch (role) {
        case Qt::DisplayRole:
            switch (c->state) {
                case State::Closed:
                    return tr("closed");
                case State::Past:
                    return QStringLiteral("—");
                case State::Full:
                    return tr("full %1/%2").arg(c->taken).arg(c->capacity);
                case State::Free:
                    return tr("%1 of %2").arg(c->taken).arg(c->capacity);
            }
            return {};
        case Qt::BackgroundRole:
            switch (c->state) {
                case State::Closed:
                    return QBrush(QColor(0xe4, 0xe6, 0xea), Qt::BDiagPattern);
                case State::Past:
                    return QBrush(QColor(0xf1, 0xf2, 0xf4));
                case State::Full:
                    return QBrush(QColor(0xf6, 0xd5, 0xd3));
                case State::Free:
                    return QBrush(c->taken == 0 ? QColor(0xdc, 0xf3, 0xe0) : QColor(0xee, 0xf7, 0xd9));
            }
            return {};
        case Qt::ForegroundRole:
            return c->state == State::Free ? QVariant() : QVariant(QBrush(QColor(0x70, 0x70, 0x70)));
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return describe(index);
        case StartRole:
            return c->start;
        case StateRole:
            return static_cast<int>(c->state);
        default:
            return {};
    }
}

QVariant SlotGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < columnCount() ? dayText(m_grid.days[static_cast<size_t>(section)])
                                                       : QVariant();
    }
    return section >= 0 && section < rowCount()
               ? core::formatMinutes(m_grid.rowMinutes[static_cast<size_t>(section)])
               : QVariant();
}

}  // namespace fd::app
