#include "dialogs/outcome_dialog.h"

#include "formatting.h"
#include "services/meeting_service.h"
#include "storage/catalog_repository.h"
#include "storage/storage_error.h"
#include "widgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fd::app {

namespace {

/// A field with its error line under it.
QWidget* withError(QWidget* field, QLabel* error, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(field);
    l->addWidget(error);
    return box;
}

}  // namespace

OutcomeDialog::OutcomeDialog(core::Database& db, core::Clock clock, core::Id meetingId, core::OptId actorId,
                             const QString& client, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)), m_meetingId(meetingId), m_actorId(actorId) {
    setWindowTitle(tr("Meeting outcome — %1").arg(client));
    auto* layout = new QVBoxLayout(this);

    auto* outcomes = new QHBoxLayout;
    m_outcome = new QButtonGroup(this);
    const QString names[] = {tr("&Sale"), tr("&Thinking"), tr("&Refused"), tr("&Non-target")};
    for (int i = 0; i < 4; ++i) {
        auto* b = new QRadioButton(names[i], this);
        m_outcome->addButton(b, i);
        outcomes->addWidget(b);
    }
    outcomes->addStretch(1);
    layout->addLayout(outcomes);

    auto* form = new QFormLayout;
    m_qualification = new QComboBox(this);
    using Q = core::Qualification;
    for (const Q q : {Q::Target, Q::Insolvent, Q::Problematic, Q::OutOfProfile}) {
        m_qualification->addItem(qualificationName(q), static_cast<int>(q));
    }
    m_qualificationError = makeErrorLabel(this);
    form->addRow(tr("&Qualification:"), withError(m_qualification, m_qualificationError, this));

    m_saleRow = new QWidget(this);
    auto* sale = new QFormLayout(m_saleRow);
    sale->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(m_saleRow);
    m_amount->setPlaceholderText(tr("rubles, e.g. 120 000"));
    m_amountError = makeErrorLabel(m_saleRow);
    m_product = new QLineEdit(m_saleRow);
    sale->addRow(tr("Contract &amount:"), withError(m_amount, m_amountError, m_saleRow));
    sale->addRow(tr("&Product:"), m_product);
    form->addRow(m_saleRow);

    m_followUpRow = new QWidget(this);
    auto* follow = new QFormLayout(m_followUpRow);
    follow->setContentsMargins(0, 0, 0, 0);
    m_followUp = new QDateEdit(m_followUpRow);
    m_followUp->setCalendarPopup(true);
    m_followUp->setDate(QDateTime::fromSecsSinceEpoch(m_clock()).date().addDays(3));
    m_followUpError = makeErrorLabel(m_followUpRow);
    follow->addRow(tr("&Follow up on:"), withError(m_followUp, m_followUpError, m_followUpRow));
    form->addRow(m_followUpRow);

    m_reasonRow = new QWidget(this);
    auto* reason = new QFormLayout(m_reasonRow);
    reason->setContentsMargins(0, 0, 0, 0);
    m_reason = new QComboBox(m_reasonRow);
    m_reason->addItem(tr("— choose the reason —"));
    addReasons(m_reason, m_db, core::ReasonGate::Office);  // saving reports a broken database
    m_reasonError = makeErrorLabel(m_reasonRow);
    reason->addRow(tr("R&eason:"), withError(m_reason, m_reasonError, m_reasonRow));
    form->addRow(m_reasonRow);

    m_note = new QLineEdit(this);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("Sa&ve outcome"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &OutcomeDialog::save);
    connect(m_outcome, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            outcomeChanged();
        }
    });
    chooseOutcome(0);
    resize(520, 360);
}

void OutcomeDialog::chooseOutcome(int outcome) {
    if (QAbstractButton* b = m_outcome->button(outcome)) {
        b->setChecked(true);
    }
    outcomeChanged();
}

void OutcomeDialog::outcomeChanged() {
    const int o = m_outcome->checkedId();
    m_saleRow->setVisible(o == 0);
    m_followUpRow->setVisible(o == 1);
    m_reasonRow->setVisible(o == 2 || o == 3);
    // A non-target client is not qualified as target; suggest the first other choice.
    if (o == 3 && m_qualification->currentIndex() == 0) {
        m_qualification->setCurrentIndex(1);
    }
    clearErrors();
}

void OutcomeDialog::clearErrors() {
    for (QLabel* l : {m_reasonError, m_qualificationError, m_amountError, m_followUpError, m_error}) {
        l->hide();
    }
}

QString OutcomeDialog::errorText() const {
    QStringList shown;
    for (const QLabel* l : {m_reasonError, m_qualificationError, m_amountError, m_followUpError, m_error}) {
        if (!l->isHidden()) {
            shown << l->text();
        }
    }
    return shown.join(QLatin1Char('\n'));
}

void OutcomeDialog::save() {
    clearErrors();
    core::OutcomeInput in;
    in.meetingId = m_meetingId;
    in.actorId = m_actorId;
    in.outcome = static_cast<core::MeetingOutcome>(std::max(0, m_outcome->checkedId()));
    in.qualification = static_cast<core::Qualification>(m_qualification->currentData().toInt());
    in.note = m_note->text().trimmed();
    if (m_reason->currentData().isValid() &&
        (in.outcome == core::MeetingOutcome::Refused || in.outcome == core::MeetingOutcome::NonTarget)) {
        in.reasonId = m_reason->currentData().toLongLong();
    }
    if (in.outcome == core::MeetingOutcome::Thinking) {
        in.followUpDue = QDateTime(m_followUp->date(), QTime(12, 0)).toSecsSinceEpoch();
    }
    if (in.outcome == core::MeetingOutcome::Sale) {
        // An empty amount goes to the service, which asks for it.
        QString error;
        const auto amount = parseAmount(m_amount->text(), &error);
        if (!amount && !m_amount->text().trimmed().isEmpty()) {
            m_amountError->setText(error);
            m_amountError->show();
            m_amount->setFocus();
            return;
        }
        if (amount) {
            in.dealAmount = *amount;
        }
        in.product = m_product->text();
    }
    const core::Status done = core::MeetingService(m_db, m_clock).recordOutcome(in);
    if (!done) {
        const core::Error& e = done.error();
        QLabel* at = e.field == QLatin1String("reason")          ? m_reasonError
                     : e.field == QLatin1String("qualification") ? m_qualificationError
                     : e.field == QLatin1String("amount")        ? m_amountError
                     : e.field == QLatin1String("follow_up_due") ? m_followUpError
                                                                 : m_error;
        at->setText(e.message());
        at->show();
        return;
    }
    accept();
}

}  // namespace fd::app
