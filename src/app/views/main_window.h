#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QGridLayout;

namespace fd::core {
class Database;
}

namespace fd::app {

/// The application frame. For now it shows the open database's funnel at a glance;
/// workspaces are added to it as they are built.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<core::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void buildMenus();
    void showDatabase();
    void openDatabase();

    std::unique_ptr<core::Database> m_db;
    QLabel* m_title = nullptr;
    QLabel* m_demoBanner = nullptr;
    QGridLayout* m_funnel = nullptr;
    QLabel* m_statusPath = nullptr;
    QLabel* m_statusLeads = nullptr;
};

}  // namespace fd::app
