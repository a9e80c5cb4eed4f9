#pragma once

#include "services/staff_service.h"
#include "settings/settings_page.h"

#include <QHash>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd::app {

class RowsModel;

/// The staff: everyone's name, login, role, office and whether they still work here. The
/// administrator adds people with a login and a first password, changes their role or office,
/// resets a forgotten password and deactivates those who leave, handing their open work to a
/// colleague. Nobody is deleted: history keeps their name.
class StaffPage final : public SettingsPage {
    Q_OBJECT

public:
    StaffPage(core::Database& db, core::Clock clock, QWidget* parent);
    QString reload() override;

    QTableView* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* loginEdit() const { return m_login; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* officeBox() const { return m_office; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    /// Selects the person with this login; false when there is none.
    bool selectLogin(const QString& login);

private:
    void showPerson();
    void save();
    void deactivate();
    void reactivate();
    const core::StaffMember* current() const;
    void showError(const core::Error& error);

    std::vector<core::StaffMember> m_staff;
    bool m_adding = false;
    RowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_office = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_reactivate = nullptr;
    QHash<QString, QWidget*> m_fields;
};

}  // namespace fd::app
