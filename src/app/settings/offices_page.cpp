#include "settings/offices_page.h"

#include "formatting.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "services/company_settings.h"
#include "settings/office_form.h"
#include "widgets.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

OfficesPage::OfficesPage(core::Database& db, core::Clock clock, QWidget* parent)
    : SettingsPage(db, std::move(clock), parent) {
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setMaximumWidth(260);
    m_new = new QPushButton(tr("&New office"), this);
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    layout->addLayout(left);

    auto* right = new QVBoxLayout;
    m_form = new OfficeForm(this);
    right->addWidget(m_form);
    m_save = new QPushButton(tr("&Save the office"), this);
    m_save->setDefault(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);

    auto* closed = new QGroupBox(tr("Closed days (holidays)"), this);
    auto* closedLayout = new QHBoxLayout(closed);
    m_closed = new QListWidget(closed);
    m_closed->setMaximumHeight(120);
    auto* closedButtons = new QVBoxLayout;
    m_day = new QDateEdit(QDate::currentDate(), closed);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(dateFormat());
    m_close = new QPushButton(tr("&Close this day"), closed);
    m_open = new QPushButton(tr("&Open the selected day"), closed);
    closedButtons->addWidget(m_day);
    closedButtons->addWidget(m_close);
    closedButtons->addWidget(m_open);
    closedButtons->addStretch();
    closedLayout->addWidget(m_closed, 1);
    closedLayout->addLayout(closedButtons);
    m_closedError = makeErrorLabel(closed);
    right->addWidget(closed);
    right->addWidget(m_closedError);
    right->addStretch();
    layout->addLayout(right, 1);

    const bool manages = core::permit(m_db, core::Action::ManageSettings).ok();
    m_form->setReadOnly(!manages);
    for (QWidget* w : std::initializer_list<QWidget*>{m_new, m_save, m_day, m_close, m_open}) {
        w->setVisible(manages);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &OfficesPage::showOffice);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_adding = true;
        m_list->clearSelection();
        core::Office fresh;
        fresh.name.clear();
        m_form->setOffice(fresh);
        m_form->nameEdit()->setFocus();
        m_closed->clear();
    });
    connect(m_save, &QPushButton::clicked, this, &OfficesPage::save);
    connect(m_close, &QPushButton::clicked, this, &OfficesPage::addClosedDay);
    connect(m_open, &QPushButton::clicked, this, &OfficesPage::removeClosedDay);
}

QString OfficesPage::reload() {
    const core::Result<std::vector<core::Office>> offices = core::CatalogReader(m_db).offices();
    if (!offices) {
        return offices.error().message();
    }
    const int row = std::max(0, m_list->currentRow());
    m_offices = *offices;
    m_list->blockSignals(true);
    m_list->clear();
    for (const core::Office& o : m_offices) {
        m_list->addItem(o.active ? o.name : tr("%1 (closed)").arg(o.name));
    }
    m_list->blockSignals(false);
    m_adding = false;
    if (!m_offices.empty()) {
        m_list->setCurrentRow(std::min(row, static_cast<int>(m_offices.size()) - 1));
        showOffice(m_list->currentRow());
    }
    return {};
}

void OfficesPage::showOffice(int row) {
    if (row < 0 || row >= static_cast<int>(m_offices.size())) {
        return;
    }
    m_adding = false;
    m_form->setOffice(m_offices[static_cast<size_t>(row)]);
    showClosedDays();
}

void OfficesPage::showClosedDays() {
    m_closed->clear();
    m_closedError->hide();
    const int row = m_list->currentRow();
    if (m_adding || row < 0) {
        return;
    }
    for (const QDate& day : m_offices[static_cast<size_t>(row)].closedDays) {
        auto* item = new QListWidgetItem(QLocale().toString(day, dateFormat()), m_closed);
        item->setData(Qt::UserRole, day);
    }
}

void OfficesPage::save() {
    const core::Office office = m_form->office();
    if (m_adding) {
        const core::Result<core::Id> added = core::CatalogService(m_db, m_clock).addOffice(office);
        if (!added) {
            m_form->showError(added.error());
            return;
        }
    } else if (const core::Status updated = core::CompanySettings(m_db, m_clock).updateOffice(office);
               !updated) {
        m_form->showError(updated.error());
        return;
    }
    const bool added = m_adding;
    reload();
    if (added) {
        m_list->setCurrentRow(m_list->count() - 1);
    }
    Q_EMIT saved(added ? tr("Office added: %1").arg(office.name.simplified())
                       : tr("Office saved: %1").arg(office.name.simplified()));
    Q_EMIT changed();
}

void OfficesPage::addClosedDay() {
    const int row = m_list->currentRow();
    if (m_adding || row < 0) {
        return;
    }
    const core::Status closed =
        core::CompanySettings(m_db, m_clock)
            .setClosedDay(m_offices[static_cast<size_t>(row)].id, m_day->date(), core::DayState::Closed);
    if (!closed) {
        m_closedError->setText(closed.error().message());
        m_closedError->show();
        return;
    }
    reload();
    Q_EMIT saved(
        tr("%1 is closed on %2")
            .arg(m_offices[static_cast<size_t>(row)].name, QLocale().toString(m_day->date(), dateFormat())));
}

void OfficesPage::removeClosedDay() {
    const int row = m_list->currentRow();
    QListWidgetItem* item = m_closed->currentItem();
    if (m_adding || row < 0 || !item) {
        return;
    }
    const QDate day = item->data(Qt::UserRole).toDate();
    const core::Status opened =
        core::CompanySettings(m_db, m_clock)
            .setClosedDay(m_offices[static_cast<size_t>(row)].id, day, core::DayState::Open);
    if (!opened) {
        m_closedError->setText(opened.error().message());
        m_closedError->show();
        return;
    }
    reload();
    Q_EMIT saved(tr("%1 works on %2 again")
                     .arg(m_offices[static_cast<size_t>(row)].name, QLocale().toString(day, dateFormat())));
}

}  // namespace fd::app
