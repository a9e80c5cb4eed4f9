#include "dialogs/follow_up_dialog.h"

#include "services/deal_service.h"
#include "services/meeting_service.h"
#include "storage/catalog_repository.h"
#include "storage/storage_error.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

FollowUpDialog::FollowUpDialog(core::Database& db, core::Clock clock, const core::FollowUpItem& item,
                               Action action, core::OptId actorId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_clock(std::move(clock)),
      m_item(item),
      m_action(action),
      m_actorId(actorId) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    QString button;
    switch (action) {
        case Action::Sale:
            setWindowTitle(tr("Sale after follow-up — %1").arg(item.client));
            m_amount = new QLineEdit(this);
            m_amount->setPlaceholderText(tr("rubles, e.g. 120 000"));
            m_product = new QLineEdit(this);
            form->addRow(tr("Contract &amount:"), m_amount);
            form->addRow(tr("&Product:"), m_product);
            button = tr("&Record the sale");
            break;
        case Action::Postpone:
            setWindowTitle(tr("Follow up later — %1").arg(item.client));
            m_date = new QDateEdit(QDateTime::fromSecsSinceEpoch(m_clock()).date().addDays(3), this);
            m_date->setCalendarPopup(true);
            form->addRow(tr("&Follow up on:"), m_date);
            button = tr("&Postpone");
            break;
        case Action::Refuse:
            setWindowTitle(tr("Refused after thinking — %1").arg(item.client));
            m_reason = new QComboBox(this);
            m_reason->addItem(tr("— choose the reason —"));
            addReasons(m_reason, m_db, core::ReasonGate::Office);  // saving reports a broken database
            form->addRow(tr("R&eason:"), m_reason);
            button = tr("&Close as refused");
            break;
    }
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(button, QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &FollowUpDialog::save);
    resize(440, 160);
}

QString FollowUpDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void FollowUpDialog::save() {
    m_error->hide();
    core::Status done = core::Ok{};
    switch (m_action) {
        case Action::Sale: {
            QString error;
            const auto amount = parseAmount(m_amount->text(), &error);
            if (!amount) {
                m_error->setText(error);
                m_error->show();
                return;
            }
            core::DealInput deal;
            deal.leadId = m_item.leadId;
            deal.meetingId = m_item.meetingId;
            deal.managerId = m_item.managerId;
            deal.amount = *amount;
            deal.product = m_product->text();
            deal.actorId = m_actorId;
            const core::Result<core::Id> added = core::DealService(m_db, m_clock).addDeal(deal);
            done = added ? core::Status(core::Ok{}) : core::Status(added.error());
            break;
        }
        case Action::Postpone:
            done =
                core::MeetingService(m_db, m_clock)
                    .postponeFollowUp(m_item.taskId,
                                      QDateTime(m_date->date(), QTime(12, 0)).toSecsSinceEpoch(), m_actorId);
            break;
        case Action::Refuse:
            if (!m_reason->currentData().isValid()) {
                m_error->setText(tr("Choose the reason."));
                m_error->show();
                return;
            }
            done = core::MeetingService(m_db, m_clock)
                       .loseFollowUp(m_item.taskId, m_reason->currentData().toLongLong(), m_actorId);
            break;
    }
    if (!done) {
        m_error->setText(done.error().message());
        m_error->show();
        return;
    }
    accept();
}

}  // namespace fd::app
