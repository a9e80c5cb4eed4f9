#include "dialogs/payment_dialog.h"

#include "formatting.h"
#include "services/deal_service.h"
#include "services/office_desk.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

PaymentDialog::PaymentDialog(core::Database& db, core::Clock clock, core::Id dealId, core::OptId actorId,
                             const QTimeZone& zone, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_clock(std::move(clock)),
      m_dealId(dealId),
      m_actorId(actorId),
      m_zone(zone) {
    setWindowTitle(tr("Payment"));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amountError = makeErrorLabel(this);
    // The wall-clock time of the office, as the cashier reads it off the wall.
    const QDateTime now = m_zone.isValid() ? QDateTime::fromSecsSinceEpoch(m_clock(), m_zone)
                                           : QDateTime::fromSecsSinceEpoch(m_clock());
    m_paidAt = new QDateTimeEdit(QDateTime(now.date(), now.time()), this);
    m_paidAt->setCalendarPopup(true);
    m_paidAt->setDisplayFormat(dateTimeFormat());
    m_method = new QComboBox(this);
    using M = core::PaymentMethod;
    for (const M m : {M::Cash, M::Card, M::Transfer}) {
        m_method->addItem(paymentMethodName(m), static_cast<int>(m));
    }
    m_overpayment = new QCheckBox(tr("Accept more than is outstanding (&overpayment)"), this);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), m_amountError);
    const QString difference = zoneDifference(m_zone, m_clock());
    form->addRow(difference.isEmpty() ? tr("&Paid at:") : tr("&Paid at (office time %1):").arg(difference),
                 m_paidAt);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_overpayment);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("&Receive payment"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &PaymentDialog::save);

    const core::Result<core::DeskDeal> deal = core::OfficeDesk(m_db, m_clock).deal(dealId);
    if (deal) {
        m_client = deal->client;
        // The title names whose money it is: the cash desk must never take it on the wrong contract.
        setWindowTitle(tr("Payment: %1, contract of %2").arg(deal->client, formatDate(deal->signedAt)));
        summary->setText(tr("<b>%1</b> — %2<br>Contract %3 · paid %4 · <b>outstanding %5</b>")
                             .arg(deal->client.toHtmlEscaped(), deal->product.toHtmlEscaped(),
                                  deal->amount ? formatMoney(*deal->amount) : tr("amount unknown"),
                                  formatMoney(deal->paid), formatMoney(deal->outstanding())));
        if (deal->outstanding() > 0) {
            m_amount->setText(core::Money{deal->outstanding()}.toPlainString());
        }
    } else {
        summary->setText(deal.error().message());
    }
    m_amount->selectAll();
    resize(460, 260);
}

QString PaymentDialog::errorText() const {
    return !m_amountError->isHidden() ? m_amountError->text()
                                      : (!m_error->isHidden() ? m_error->text() : QString());
}

void PaymentDialog::save() {
    m_amountError->hide();
    m_error->hide();
    QString error;
    const auto amount = parseAmount(m_amount->text(), &error);
    if (!amount) {
        m_amountError->setText(error);
        m_amountError->show();
        m_amount->setFocus();
        return;
    }
    core::PaymentInput in;
    in.dealId = m_dealId;
    in.amount = *amount;
    in.paidAt = m_zone.isValid() ? QDateTime(m_paidAt->date(), m_paidAt->time(), m_zone).toSecsSinceEpoch()
                                 : m_paidAt->dateTime().toSecsSinceEpoch();
    in.method = static_cast<core::PaymentMethod>(m_method->currentData().toInt());
    in.allowOverpayment = m_overpayment->isChecked();
    in.actorId = m_actorId;
    const core::Result<core::Id> saved = core::DealService(m_db, m_clock).addPayment(in);
    if (!saved) {
        QLabel* at = saved.error().field == QLatin1String("amount") ? m_amountError : m_error;
        at->setText(saved.error().message());
        at->show();
        return;
    }
    accept();
}

}  // namespace fd::app
