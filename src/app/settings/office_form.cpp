#include "settings/office_form.h"

#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

namespace fd::app {

QComboBox* makeTimeZoneBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        box->addItem(QString::fromLatin1(id));
    }
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return box;
}

void showFieldError(QLabel* label, const QHash<QString, QWidget*>& fields, const core::Error& error) {
    label->setText(error.message());
    label->setVisible(!error.message().isEmpty());
    if (QWidget* field = fields.value(error.field)) {
        field->setFocus();
    }
}

OfficeForm::OfficeForm(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(200);
    m_address = new QLineEdit(this);
    m_address->setMaxLength(500);
    m_zone = makeTimeZoneBox(this);
    form->addRow(tr("Office &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Time zone:"), m_zone);

    auto* days = new QHBoxLayout;
    for (int d = 0; d < 7; ++d) {
        m_days[static_cast<size_t>(d)] = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), this);
        days->addWidget(m_days[static_cast<size_t>(d)]);
        connect(m_days[static_cast<size_t>(d)], &QCheckBox::toggled, this, &OfficeForm::edited);
    }
    days->addStretch();
    form->addRow(tr("Working days:"), days);

    auto* hours = new QHBoxLayout;
    m_opens = new QTimeEdit(this);
    m_opens->setDisplayFormat(QStringLiteral("HH:mm"));
    m_closes = new QTimeEdit(this);
    m_closes->setDisplayFormat(QStringLiteral("HH:mm"));
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(QStringLiteral("–"), this));
    hours->addWidget(m_closes);
    hours->addStretch();
    form->addRow(tr("Working hours:"), hours);

    m_slot = new QSpinBox(this);
    m_slot->setRange(0, 24 * 60);
    m_slot->setSingleStep(15);
    m_slot->setSuffix(tr(" min"));
    m_seats = new QSpinBox(this);
    m_seats->setRange(0, 999);
    m_slot->setMaximumWidth(140);
    m_seats->setMaximumWidth(140);
    form->addRow(tr("&Slot length:"), m_slot);
    form->addRow(tr("S&eats per slot:"), m_seats);
    m_active = new QCheckBox(tr("The office receives clients"), this);
    form->addRow(QString(), m_active);
    m_error = makeErrorLabel(this);
    form->addRow(m_error);

    m_fields = {{QStringLiteral("name"), m_name},
                {QStringLiteral("time_zone"), m_zone},
                {QStringLiteral("working_hours"), m_closes},
                {QStringLiteral("slot_minutes"), m_slot},
                {QStringLiteral("seats_per_slot"), m_seats},
                {QStringLiteral("work_days"), m_days[0]},
                {QStringLiteral("active"), m_active}};
    for (QLineEdit* edit : {m_name, m_address}) {
        connect(edit, &QLineEdit::textEdited, this, &OfficeForm::edited);
    }
    connect(m_zone, &QComboBox::currentTextChanged, this, &OfficeForm::edited);
    connect(m_opens, &QTimeEdit::timeChanged, this, &OfficeForm::edited);
    connect(m_closes, &QTimeEdit::timeChanged, this, &OfficeForm::edited);
    connect(m_slot, &QSpinBox::valueChanged, this, &OfficeForm::edited);
    connect(m_seats, &QSpinBox::valueChanged, this, &OfficeForm::edited);
    connect(m_active, &QCheckBox::toggled, this, &OfficeForm::edited);
    setOffice(core::Office{});
}

void OfficeForm::setOffice(const core::Office& office) {
    m_office = office;
    m_name->setText(office.name);
    m_address->setText(office.address);
    m_zone->setCurrentText(office.timeZone);
    for (int d = 0; d < 7; ++d) {
        m_days[static_cast<size_t>(d)]->setChecked((office.workDays & (1 << d)) != 0);
    }
    m_opens->setTime(QTime(office.workStartMin / 60, office.workStartMin % 60));
    m_closes->setTime(office.workEndMin >= 24 * 60 ? QTime(23, 59)
                                                   : QTime(office.workEndMin / 60, office.workEndMin % 60));
    m_slot->setValue(office.slotMinutes);
    m_seats->setValue(office.seatsPerSlot);
    m_active->setChecked(office.active);
    clearError();
}

core::Office OfficeForm::office() const {
    core::Office o = m_office;
    o.name = m_name->text();
    o.address = m_address->text();
    o.timeZone = m_zone->currentText().trimmed();
    o.workDays = 0;
    for (int d = 0; d < 7; ++d) {
        if (m_days[static_cast<size_t>(d)]->isChecked()) {
            o.workDays |= 1 << d;
        }
    }
    o.workStartMin = m_opens->time().hour() * 60 + m_opens->time().minute();
    o.workEndMin = m_closes->time().hour() * 60 + m_closes->time().minute();
    o.slotMinutes = m_slot->value();
    o.seatsPerSlot = m_seats->value();
    o.active = m_active->isChecked();
    return o;
}

void OfficeForm::showActive(bool shown) {
    m_active->setVisible(shown);
}

void OfficeForm::setReadOnly(bool readOnly) {
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_error && qobject_cast<QLabel*>(w) == nullptr) {
            w->setEnabled(!readOnly);
        }
    }
}

void OfficeForm::showError(const core::Error& error) {
    showFieldError(m_error, m_fields, error);
}

void OfficeForm::clearError() {
    m_error->clear();
    m_error->hide();
}

}  // namespace fd::app
