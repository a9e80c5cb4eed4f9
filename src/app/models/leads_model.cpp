#include "models/leads_model.h"

#include "formatting.h"
#include "models/lead_list_loader.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace fd::app {

using core::LeadColumn;

LeadsModel::LeadsModel(const QString& databasePath, std::optional<core::Actor> actor, QObject* parent)
    : QAbstractTableModel(parent), m_generation(std::make_shared<std::atomic<int>>(0)) {
    m_loader = new LeadListLoader(m_generation);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &LeadsModel::resetRequested, m_loader, &LeadListLoader::reset);
    connect(this, &LeadsModel::chunkRequested, m_loader, &LeadListLoader::loadChunk);
    connect(m_loader, &LeadListLoader::firstChunkLoaded, this, &LeadsModel::onFirstChunk);
    connect(m_loader, &LeadListLoader::counted, this, &LeadsModel::onCounted);
    connect(m_loader, &LeadListLoader::chunkLoaded, this, &LeadsModel::onChunkLoaded);
    connect(m_loader, &LeadListLoader::failed, this, &LeadsModel::onFailed);
    m_thread.setObjectName(QStringLiteral("leads-loader"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, databasePath, actor] { loader->open(databasePath, actor); },
        Qt::QueuedConnection);
    restart();
}

LeadsModel::~LeadsModel() {
    m_generation->store(-1);  // let queued requests fall through
    m_thread.quit();
    m_thread.wait();
}

int LeadsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0
                            : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int LeadsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : core::kLeadColumnCount;
}

const core::LeadListRow* LeadsModel::rowAt(int row) const {
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const auto it = m_chunks.constFind(row / kChunkSize);
    if (it == m_chunks.constEnd()) {
        return nullptr;
    }
    const std::size_t within = static_cast<std::size_t>(row % kChunkSize);
    return within < it->size() ? &(*it)[within] : nullptr;
}

QVariant LeadsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::LeadListRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole) {
            requestChunk(index.row() / kChunkSize);
            return index.column() == 0 ? QStringLiteral("…") : QString();
        }
        return {};
    }
    const auto column = static_cast<LeadColumn>(index.column());
    if (role == LeadIdRole) {
        return QVariant::fromValue(r->id);
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
            case LeadColumn::Created:
                return formatDateTime(r->createdAt);
            case LeadColumn::Name:
                return r->name;
            case LeadColumn::Phone:
                return formatPhone(r->phone);
            case LeadColumn::Channel:
                return r->channel;
            case LeadColumn::Campaign:
                return r->campaign;
            case LeadColumn::State:
                return statusName(r->status);
            case LeadColumn::Operator:
                return r->operatorName;
            case LeadColumn::Office:
                return r->office;
            case LeadColumn::NextMeeting:
                return r->nextMeetingAt ? formatDateTime(*r->nextMeetingAt) : QString();
            case LeadColumn::Revenue:
                return r->revenue > 0 ? formatMoney(r->revenue) : QString();
        }
    }
    if (role == RawRole) {
        switch (column) {
            case LeadColumn::Created:
                return QVariant::fromValue(r->createdAt);
            case LeadColumn::State:
                return core::toCode(r->status);
            case LeadColumn::NextMeeting:
                return r->nextMeetingAt ? QVariant::fromValue(*r->nextMeetingAt) : QVariant();
            case LeadColumn::Revenue:
                return QVariant::fromValue(r->revenue);
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column == LeadColumn::Revenue) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == LeadColumn::State) {
        switch (r->status) {
            case core::LeadStatus::Sold:
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            case core::LeadStatus::Lost:
            case core::LeadStatus::NonTarget:
                return QBrush(QColor(0x8a, 0x8a, 0x8a));
            case core::LeadStatus::New:
                return QBrush(QColor(0x1f, 0x5f, 0xbf));
            default:
                return {};
        }
    }
    return {};
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= core::kLeadColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (static_cast<LeadColumn>(section)) {
            case LeadColumn::Created:
                return tr("Created");
            case LeadColumn::Name:
                return tr("Name");
            case LeadColumn::Phone:
                return tr("Phone");
            case LeadColumn::Channel:
                return tr("Channel");
            case LeadColumn::Campaign:
                return tr("Campaign");
            case LeadColumn::State:
                return tr("Status");
            case LeadColumn::Operator:
                return tr("Operator");
            case LeadColumn::Office:
                return tr("Office");
            case LeadColumn::NextMeeting:
                return tr("Next meeting");
            case LeadColumn::Revenue:
                return tr("Revenue");
        }
    }
    if (role == Qt::ToolTipRole && !core::LeadListRepository::sortable(static_cast<LeadColumn>(section))) {
        return tr("This column cannot be sorted");
    }
    return {};
}

void LeadsModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= core::kLeadColumnCount ||
        !core::LeadListRepository::sortable(static_cast<LeadColumn>(column))) {
        return;
    }
    const core::LeadSort next{static_cast<LeadColumn>(column), order == Qt::DescendingOrder};
    if (next == m_sort) {
        return;
    }
    m_sort = next;
    restart();
}

void LeadsModel::setFilter(const core::LeadFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    restart();
}

void LeadsModel::refresh() {
    restart();
}

void LeadsModel::restart() {
    const int generation = m_generation->fetch_add(1) + 1;
    m_resetting = true;
    m_counting = false;
    m_pending.clear();
    Q_EMIT resetRequested(generation, m_filter, m_sort, kChunkSize);
}

void LeadsModel::requestChunk(int chunk) const {
    if (m_resetting || m_pending.contains(chunk)) {
        return;
    }
    m_pending.insert(chunk);
    auto* self = const_cast<LeadsModel*>(this);
    Q_EMIT self->chunkRequested(m_generation->load(), m_filter, m_sort, chunk, kChunkSize);
}

void LeadsModel::storeChunk(int chunk, const std::vector<core::LeadListRow>& rows) {
    m_chunks.insert(chunk, rows);
    m_lru.remove(chunk);
    m_lru.push_back(chunk);
    while (static_cast<int>(m_lru.size()) > kMaxCachedChunks) {
        m_chunks.remove(m_lru.front());
        m_lru.pop_front();
    }
}

void LeadsModel::onFirstChunk(int generation, const std::vector<core::LeadListRow>& rows, bool complete) {
    if (generation != m_generation->load()) {
        return;
    }
    beginResetModel();
    m_count = static_cast<qint64>(rows.size());
    m_chunks.clear();
    m_lru.clear();
    m_pending.clear();
    storeChunk(0, rows);
    m_resetting = false;
    m_counting = !complete;
    endResetModel();
    if (complete) {
        Q_EMIT countKnown(m_count);
    }
    if (isIdle()) {
        Q_EMIT idle();
    }
}

void LeadsModel::onCounted(int generation, qint64 count) {
    if (generation != m_generation->load()) {
        return;
    }
    m_counting = false;
    const auto clamp = [](qint64 n) {
        return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
    };
    if (count > m_count) {
        beginInsertRows({}, clamp(m_count), clamp(count) - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {  // leads went away between the first rows and the count
        beginRemoveRows({}, clamp(count), clamp(m_count) - 1);
        m_count = count;
        endRemoveRows();
    }
    Q_EMIT countKnown(m_count);
    if (isIdle()) {
        Q_EMIT idle();
    }
}

void LeadsModel::onChunkLoaded(int generation, int chunk, const std::vector<core::LeadListRow>& rows) {
    if (generation != m_generation->load()) {
        return;
    }
    m_pending.remove(chunk);
    storeChunk(chunk, rows);
    const int first = chunk * kChunkSize;
    const int last = std::min(first + kChunkSize, rowCount()) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, core::kLeadColumnCount - 1));
    }
    if (isIdle()) {
        Q_EMIT idle();
    }
}

void LeadsModel::onFailed(int generation, const QString& message) {
    if (generation != m_generation->load()) {
        return;
    }
    m_resetting = false;
    m_pending.clear();
    Q_EMIT loadFailed(message);
}

}  // namespace fd::app
