#include "models/queue_model.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>

namespace fd::app {

QueueModel::QueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueueModel::setItems(core::QueueTab tab, std::vector<core::QueueItem> items,
                          const core::QueueScope& scope) {
    const bool headerChanged = tab != m_tab;
    beginResetModel();
    m_tab = tab;
    m_scope = scope;
    m_items = std::move(items);
    endResetModel();
    if (headerChanged) {
        Q_EMIT headerDataChanged(Qt::Horizontal, When, When);
    }
}

const core::QueueItem* QueueModel::item(int row) const {
    return row >= 0 && row < static_cast<int>(m_items.size()) ? &m_items[static_cast<size_t>(row)] : nullptr;
}

int QueueModel::rowOfLead(core::Id leadId) const {
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].leadId == leadId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::late(const core::QueueItem& item) const {
    switch (m_tab) {
        case core::QueueTab::NewLeads:
            return item.createdAt < m_scope.slaDeadline;
        case core::QueueTab::Callbacks:
            return item.at < m_scope.now - 15 * 60;
        case core::QueueTab::Confirmations:
        case core::QueueTab::NoShows:
            break;
    }
    return false;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
    const core::QueueItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it) {
        return {};
    }
    switch (role) {
        case LeadIdRole:
            return it->leadId;
        case MeetingIdRole:
            return it->meetingId ? QVariant(*it->meetingId) : QVariant();
        case LateRole:
            return late(*it);
        case Qt::BackgroundRole:
            if (late(*it)) {
                return QBrush(m_tab == core::QueueTab::NewLeads ? QColor(0xfd, 0xe2, 0xe1)
                                                                : QColor(0xff, 0xf0, 0xd4));
            }
            return {};
        case Qt::ForegroundRole:
            if (index.column() == When && late(*it)) {
                return QBrush(QColor(0xb0, 0x1c, 0x1c));
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Calls ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ToolTipRole:
            if (index.column() == When && m_tab == core::QueueTab::NewLeads) {
                return tr("Request received %1").arg(formatDateTime(it->createdAt));
            }
            return {};
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (static_cast<Column>(index.column())) {
        case When:
            switch (m_tab) {
                case core::QueueTab::NewLeads:
                    return formatElapsed(m_scope.now - it->createdAt);
                case core::QueueTab::Callbacks:
                    return it->at < m_scope.now - 60 ? tr("%1 (late %2)")
                                                           .arg(formatWhen(it->at, m_scope.now),
                                                                formatElapsed(m_scope.now - it->at))
                                                     : formatWhen(it->at, m_scope.now);
                case core::QueueTab::Confirmations:
                case core::QueueTab::NoShows: {
                    // The client comes by the office's clock; marked when it is not this computer's.
                    const QTimeZone zone(it->officeZone.toUtf8());
                    return withZoneMark(formatWhen(it->at, m_scope.now, zone), zone, it->at);
                }
            }
            return {};
        case Client:
            return it->name.isEmpty() ? tr("(no name)") : it->name;
        case Phone:
            return it->phoneE164.isEmpty() ? it->phoneRaw : formatPhone(it->phoneE164);
        case Source:
            return it->campaign.isEmpty() ? it->channel : it->channel + QStringLiteral(" / ") + it->campaign;
        case Office:
            return it->office;
        case Calls:
            return it->calls;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
        case When:
            switch (m_tab) {
                case core::QueueTab::NewLeads:
                    return tr("Waiting");
                case core::QueueTab::Callbacks:
                    return tr("Call back at");
                case core::QueueTab::Confirmations:
                    return tr("Meeting");
                case core::QueueTab::NoShows:
                    return tr("Missed meeting");
            }
            return {};
        case Client:
            return tr("Client");
        case Phone:
            return tr("Phone");
        case Source:
            return tr("Source");
        case Office:
            return tr("Office");
        case Calls:
            return tr("Calls");
        case ColumnCount:
            break;
    }
    return {};
}

}  // namespace fd::app
