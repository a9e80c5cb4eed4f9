#pragma once

#include "domain/entities.h"
#include "settings/settings_page.h"

#include <vector>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace fd::app {

class OfficeForm;

/// The offices: each one's name, address, time zone, working days and hours, slot length and
/// seats, whether it receives clients, and its closed days (holidays). New offices are added
/// here; none is ever deleted.
class OfficesPage final : public SettingsPage {
    Q_OBJECT

public:
    OfficesPage(core::Database& db, core::Clock clock, QWidget* parent);
    QString reload() override;

    QListWidget* list() const { return m_list; }
    OfficeForm* form() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }

private:
    void showOffice(int row);
    void save();
    void addClosedDay();
    void removeClosedDay();
    void showClosedDays();

    std::vector<core::Office> m_offices;
    bool m_adding = false;
    QListWidget* m_list = nullptr;
    OfficeForm* m_form = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QListWidget* m_closed = nullptr;
    QDateEdit* m_day = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_closedError = nullptr;
};

}  // namespace fd::app
