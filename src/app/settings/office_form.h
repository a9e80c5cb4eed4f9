#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace fd::app {

/// The fields of an office: name, address, time zone, working days and hours, slot length and
/// seats per slot. The company wizard and the settings both edit offices with it; a refusal
/// from the core is shown under the form and its field is focused.
class OfficeForm final : public QWidget {
    Q_OBJECT

public:
    explicit OfficeForm(QWidget* parent = nullptr);

    void setOffice(const core::Office& office);
    /// The office as the fields say (its id and closed days those of the office set).
    core::Office office() const;
    void setReadOnly(bool readOnly);
    /// Whether "receives clients" is offered (a new company's first office always does).
    void showActive(bool shown);
    /// Shows `error` under the form and puts the focus on the field it names; an empty error hides it.
    void showError(const core::Error& error);
    void clearError();

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* timeZoneBox() const { return m_zone; }
    QSpinBox* slotBox() const { return m_slot; }
    QSpinBox* seatsBox() const { return m_seats; }
    QTimeEdit* opensEdit() const { return m_opens; }
    QTimeEdit* closesEdit() const { return m_closes; }

Q_SIGNALS:
    void edited();

private:
    core::Office m_office;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_zone = nullptr;
    std::array<QCheckBox*, 7> m_days{};
    QTimeEdit* m_opens = nullptr;
    QTimeEdit* m_closes = nullptr;
    QSpinBox* m_slot = nullptr;
    QSpinBox* m_seats = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QWidget*> m_fields;
};

/// A combo box of IANA time zones, editable (type to find one).
QComboBox* makeTimeZoneBox(QWidget* parent);

/// Shows `error` in `label` and focuses the widget in `fields` its field names.
void showFieldError(QLabel* label, const QHash<QString, QWidget*>& fields, const core::Error& error);

}  // namespace fd::app
