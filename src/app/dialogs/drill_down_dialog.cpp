#include "dialogs/drill_down_dialog.h"

#include "formatting.h"
#include "services/lead_list_reader.h"
#include "views/lead_card.h"
#include "widgets.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

namespace {
constexpr int kBlock = 200;
}

DrillDownModel::DrillDownModel(core::Database& db, std::vector<core::Id> ids, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_ids(std::move(ids)) {}

int DrillDownModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int DrillDownModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const core::LeadListRow* DrillDownModel::rowAt(int row) const {
    const int block = row / kBlock;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        const auto first = m_ids.begin() + static_cast<std::ptrdiff_t>(block) * kBlock;
        const auto last =
            m_ids.begin() + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(m_ids.size()),
                                                     static_cast<std::ptrdiff_t>(block + 1) * kBlock);
        core::Result<std::vector<core::LeadListRow>> rows =
            core::LeadListReader(m_db).rowsByIds(std::vector<core::Id>(first, last));
        if (!rows) {
            return nullptr;  // shown as empty rows; the next scroll tries again
        }
        it = m_blocks.insert(block, std::move(rows).value());
    }
    const auto offset = static_cast<std::size_t>(row % kBlock);
    if (offset < it->size() && (*it)[offset].id == m_ids[static_cast<std::size_t>(row)]) {
        return &(*it)[offset];
    }
    for (const core::LeadListRow& r : *it) {  // a lead deleted since: rows shift
        if (r.id == m_ids[static_cast<std::size_t>(row)]) {
            return &r;
        }
    }
    return nullptr;
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_ids.size())) {
        return {};
    }
    if (role == IdRole) {
        return m_ids[static_cast<std::size_t>(index.row())];
    }
    if (role == Qt::TextAlignmentRole && index.column() == Revenue) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const core::LeadListRow* r = rowAt(index.row());
    if (!r) {
        return {};
    }
    switch (index.column()) {
        case Created:
            return formatDateTime(r->createdAt);
        case Name:
            return r->name;
        case Phone:
            return formatPhone(r->phone);
        case Channel:
            return r->campaign.isEmpty() ? r->channel : r->channel + QStringLiteral(" / ") + r->campaign;
        case State:
            return statusName(r->status);
        case Operator:
            return r->operatorName;
        case Office:
            return r->office;
        case Revenue:
            return r->revenue ? formatMoney(r->revenue) : QString();
        default:
            return {};
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case Created:
            return tr("Created");
        case Name:
            return tr("Name");
        case Phone:
            return tr("Phone");
        case Channel:
            return tr("Source");
        case State:
            return tr("Status");
        case Operator:
            return tr("Operator");
        case Office:
            return tr("Office");
        case Revenue:
            return tr("Paid");
        default:
            return {};
    }
}

DrillDownDialog::DrillDownDialog(core::Database& db, const QString& title, std::vector<core::Id> ids,
                                 QWidget* parent)
    : QDialog(parent), m_db(db) {
    setWindowTitle(title);
    resize(1100, 620);
    const auto count = static_cast<qint64>(ids.size());
    m_model = new DrillDownModel(db, std::move(ids), this);
    m_view = makeListView(this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(DrillDownModel::Created, 130);
    m_view->setColumnWidth(DrillDownModel::Name, 170);
    m_view->setColumnWidth(DrillDownModel::Phone, 130);
    m_view->setColumnWidth(DrillDownModel::Channel, 170);
    m_card = new LeadCard(this);
    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_card);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* heading = new QLabel(tr("%1 — %n lead(s)", nullptr, static_cast<int>(count)).arg(title), this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrillDownDialog::showCurrent);
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

void DrillDownDialog::showCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_card->showLead(m_db, m_model->leadId(current.row()));
    } else {
        m_card->clearLead();
    }
}

}  // namespace fd::app
