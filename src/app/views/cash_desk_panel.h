#pragma once

#include "services/office_desk.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QLabel;
class QShortcut;
class QTableView;

namespace fd::app {

class RowsModel;

/// The office's cash desk: its contracts (money outstanding tinted) with P to take a payment,
/// and the day's payments with their totals by method.
class CashDeskPanel final : public QWidget {
    Q_OBJECT

public:
    /// The keys work wherever the focus is inside `keyHost`.
    CashDeskPanel(QWidget* keyHost, QWidget* parent = nullptr);

    void setDeals(std::vector<core::DeskDeal> deals, const QTimeZone& zone);
    void setPayments(const std::vector<core::CashLine>& lines, QDate day, const QTimeZone& zone);
    const std::vector<core::DeskDeal>& deals() const { return m_deals; }
    const core::DeskDeal* selectedDeal() const;
    /// Selects that row of the contracts, or none.
    void selectDealRow(int row);

    QTableView* dealsView() const { return m_dealsView; }
    RowsModel* dealsModel() const { return m_dealsModel; }
    RowsModel* cashModel() const { return m_cashModel; }
    QLabel* cashTotal() const { return m_cashTotal; }
    const std::vector<QShortcut*>& keys() const { return m_keys; }

Q_SIGNALS:
    void selectionChanged();
    void paymentPressed();

private:
    std::vector<core::DeskDeal> m_deals;
    QTableView* m_dealsView = nullptr;
    RowsModel* m_dealsModel = nullptr;
    QTableView* m_cashView = nullptr;
    RowsModel* m_cashModel = nullptr;
    QLabel* m_cashTitle = nullptr;
    QLabel* m_cashTotal = nullptr;
    std::vector<QShortcut*> m_keys;
};

}  // namespace fd::app
