#include "settings/settings_workspace.h"

#include "services/access_policy.h"
#include "settings/catalog_pages.h"
#include "settings/offices_page.h"
#include "settings/staff_page.h"
#include "widgets.h"

#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::app {

SettingsWorkspace::SettingsWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent) {
    auto* layout = new QVBoxLayout(this);
    // Why nothing here can be changed: the role, or a database that can only be read.
    const core::Status manages = core::permit(db, core::Action::ManageSettings);
    m_readOnly = new QLabel(core::permit(db.actor(), core::Action::ManageSettings)
                                ? tr("The database can only be read: nothing here can be changed.")
                                : tr("You can read the settings; only the administrator changes them."),
                            this);
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(!manages.ok());
    layout->addWidget(m_readOnly);
    m_tabs = new QTabWidget(this);
    m_offices = new OfficesPage(db, clock, m_tabs);
    m_staff = new StaffPage(db, clock, m_tabs);
    m_pages = {m_offices, m_staff, new ChannelsPage(db, clock, m_tabs), new ReasonsPage(db, clock, m_tabs),
               new CompanyPage(db, clock, m_tabs)};
    const QStringList titles = {tr("&Offices"), tr("S&taff"), tr("C&hannels and campaigns"), tr("&Reasons"),
                                tr("Com&pany")};
    for (int i = 0; i < m_pages.size(); ++i) {
        m_tabs->addTab(m_pages[i], titles[i]);
        connect(m_pages[i], &SettingsPage::saved, this,
                [this](const QString& message) { Q_EMIT saved(message); });
        connect(m_pages[i], &SettingsPage::changed, this, [this] {
            for (SettingsPage* p : std::as_const(m_pages)) {
                if (p != sender()) {
                    p->reload();
                }
            }
        });
    }
    layout->addWidget(m_tabs, 1);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    QTimer::singleShot(0, this, &SettingsWorkspace::reloadAll);
}

QString SettingsWorkspace::title() const {
    return tr("Settings");
}

void SettingsWorkspace::selectTab(Tab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void SettingsWorkspace::reloadAll() {
    QString problem;
    for (SettingsPage* p : std::as_const(m_pages)) {
        if (const QString error = p->reload(); !error.isEmpty() && problem.isEmpty()) {
            problem = error;
        }
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_ready = true;
    if (problem.isEmpty()) {
        Q_EMIT ready();
    } else {
        Q_EMIT failed(problem);
    }
}

}  // namespace fd::app
