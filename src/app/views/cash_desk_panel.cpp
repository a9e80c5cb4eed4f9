#include "views/cash_desk_panel.h"

#include "formatting.h"
#include "models/rows_model.h"
#include "widgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

namespace {

QTableView* makeTable(RowsModel* model, QWidget* parent) {
    auto* view = makeListView(parent);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

}  // namespace

CashDeskPanel::CashDeskPanel(QWidget* keyHost, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_dealsModel = new RowsModel({tr("Signed"), tr("Client"), tr("Product"), tr("Contract"), tr("Paid"),
                                  tr("Outstanding"), tr("Manager")},
                                 this);
    m_dealsModel->setRightAligned({3, 4, 5});
    m_dealsView = makeTable(m_dealsModel, this);
    const int widths[] = {90, 170, 150, 100, 100, 100};
    for (int c = 0; c < 6; ++c) {
        m_dealsView->setColumnWidth(c, widths[c]);
    }
    connect(m_dealsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CashDeskPanel::selectionChanged);
    auto* buttons = new QHBoxLayout;
    const KeyButton pay = makeKeyButton(this, keyHost, QStringLiteral("P"), tr("Receive a payment…"));
    connect(pay.button, &QPushButton::clicked, this, &CashDeskPanel::paymentPressed);
    m_keys.push_back(pay.shortcut);
    buttons->addWidget(pay.button);
    buttons->addStretch(1);
    m_cashTitle = new QLabel(this);
    m_cashModel = new RowsModel({tr("Time"), tr("Client"), tr("Product"), tr("Method"), tr("Amount")}, this);
    m_cashModel->setRightAligned({4});
    m_cashView = makeTable(m_cashModel, this);
    m_cashView->setColumnWidth(1, 180);
    m_cashView->setColumnWidth(2, 160);
    m_cashTotal = new QLabel(this);
    m_cashTotal->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(m_dealsView, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_cashTitle);
    layout->addWidget(m_cashView, 2);
    layout->addWidget(m_cashTotal);
}

void CashDeskPanel::setDeals(std::vector<core::DeskDeal> deals, const QTimeZone& zone) {
    m_deals = std::move(deals);
    std::vector<RowsModel::Row> rows;
    for (const core::DeskDeal& d : m_deals) {
        RowsModel::Row r;
        r.cells = {formatDate(d.signedAt, zone),
                   d.client,
                   d.product,
                   d.amount ? formatMoney(*d.amount) : tr("unknown"),
                   formatMoney(d.paid),
                   d.outstanding() > 0 ? formatMoney(d.outstanding()) : QString(),
                   d.manager};
        r.key = d.dealId;
        r.tone = d.outstanding() > 0 ? RowTone::MoneyDue : RowTone::Plain;
        rows.push_back(std::move(r));
    }
    m_dealsModel->setRows(std::move(rows));
}

void CashDeskPanel::setPayments(const std::vector<core::CashLine>& lines, QDate day, const QTimeZone& zone) {
    std::vector<RowsModel::Row> rows;
    QMap<int, qint64> byMethod;
    qint64 total = 0;
    for (const core::CashLine& c : lines) {
        RowsModel::Row r;
        r.cells = {formatTime(c.paidAt, zone), c.client, c.product, paymentMethodName(c.method),
                   formatMoney(c.amount)};
        r.key = c.paymentId;
        rows.push_back(std::move(r));
        byMethod[static_cast<int>(c.method)] += c.amount;
        total += c.amount;
    }
    m_cashModel->setRows(std::move(rows));
    m_cashTitle->setText(
        tr("<b>Cash desk of %1</b>").arg(QLocale().toString(day, QStringLiteral("dddd, ") + dateFormat())));
    QStringList parts;
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
        parts << QStringLiteral("%1 %2").arg(paymentMethodName(static_cast<core::PaymentMethod>(it.key())),
                                             formatMoney(it.value()));
    }
    parts << tr("total %1 in %2 payments").arg(formatMoney(total)).arg(lines.size());
    m_cashTotal->setText(parts.join(QStringLiteral(" · ")));
}

const core::DeskDeal* CashDeskPanel::selectedDeal() const {
    const int row = m_dealsView->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_deals.size()) ? &m_deals[static_cast<std::size_t>(row)]
                                                              : nullptr;
}

void CashDeskPanel::selectDealRow(int row) {
    if (row >= 0) {
        m_dealsView->selectRow(row);
        return;
    }
    m_dealsView->clearSelection();
    m_dealsView->setCurrentIndex(QModelIndex());
}

}  // namespace fd::app
