#pragma once

#include "services/service_context.h"
#include "views/workspace.h"

#include <QList>

class QLabel;
class QTabWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

class SettingsPage;
class OfficesPage;
class StaffPage;

/// How the company is set up: offices, staff, channels and campaigns, reasons, company
/// settings. The administrator changes them; the head reads them.
class SettingsWorkspace final : public Workspace {
    Q_OBJECT

public:
    enum class Tab { Offices, Staff, Channels, Reasons, Company };

    SettingsWorkspace(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    QString workspaceId() const override { return QStringLiteral("settings"); }
    QString title() const override;
    bool isReady() const override { return m_ready; }

    void selectTab(Tab tab);
    OfficesPage* officesPage() const { return m_offices; }
    StaffPage* staffPage() const { return m_staff; }

private:
    void reloadAll();

    bool m_ready = false;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_error = nullptr;
    OfficesPage* m_offices = nullptr;
    StaffPage* m_staff = nullptr;
    QList<SettingsPage*> m_pages;
};

}  // namespace fd::app
