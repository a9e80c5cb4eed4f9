#pragma once

#include "services/service_context.h"
#include "storage/change_feed.h"
#include "views/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace fd::core {
class Database;
}

namespace fd::app {

class DailyBackup;
class GuideWindow;
class Workspace;

/// The application frame: navigation between workspaces, the File menu, the status bar.
/// Workspaces that are not built yet are simply absent.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    /// `clock` is the time the workspaces work at (the system's; a demonstration may shift it).
    explicit MainWindow(std::unique_ptr<core::Database> db, core::Clock clock = core::systemClock(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Every workspace name the application knows, built or not.
    static QStringList knownWorkspaces();
    /// The workspaces this build has.
    static QStringList availableWorkspaces();

    bool selectWorkspace(const QString& id);
    Workspace* currentWorkspace() const;
    /// The workspaces in the navigation, by id: those the signed-in person's role may use.
    QStringList workspaceIds() const;
    /// "NAME · role", or the role a database without sign-in acts as.
    QString signedInText() const;
    /// File ▸ Switch user: another person signs in to the same database; the window follows
    /// their role. Nobody signing in keeps the one who was.
    void switchUser();
    /// File ▸ Sign out: nobody is signed in until someone signs in; closing the sign-in quits.
    void signOut();

    /// Help ▸ User guide (F1): the guide at the part about the current workspace.
    GuideWindow* showGuide();

    core::Database& database() { return *m_db; }
    /// Calls `done(true, {})` once the current workspace's visible data has loaded, or
    /// `done(false, message)` if loading failed.
    void whenReady(std::function<void(bool, QString)> done);
    /// The import dialog, on `path` checked with a dry run when given.
    void openImport(const QString& path);
    /// The export dialog.
    void openExport();

    /// Changes other seats make on the shared server, as the workspaces are told of them.
    core::ChangeFeed* changeFeed() const { return m_feed.get(); }
    /// The day's automatic copy of the database.
    DailyBackup* dailyBackup() const { return m_dailyBackup; }
    /// File ▸ Back up: a checked copy of the database into a file the person chooses.
    void backUp();
    /// File ▸ Restore from a backup: a checked copy put in the database's place (the replaced
    /// file kept aside), then the database opened again.
    void restoreBackup();
    /// The banner over the workspaces that says the file is damaged (none: hidden).
    void showDamage(const QString& message);
    /// The banner for a database that can only be read (or is damaged), and the Import action.
    void showAccess();
    QLabel* damageBanner() const { return m_damageBanner; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void setDatabase(std::unique_ptr<core::Database> db);
    /// Rebuilds the workspaces after the data changed under them (an import).
    void reloadWorkspaces();
    /// Shows who is signed in.
    void showSignedIn();
    void clearWorkspaces();
    /// Gives the current workspace the keyboard focus where its keys work.
    void focusWorkspace();
    /// What a workspace saved, in the status line for a while.
    void showSaved(const QString& message, const Undo& undo);
    /// Runs the undo the status line offers.
    void undoLast();
    void dropUndo();
    void buildWorkspaces(const QString& select);
    void openDatabaseFile();
    void connectToServer();
    void newDatabase();
    void openDemoDatabase();
    bool openPath(const QString& path);
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void updateStatus(qint64 leads);

    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ChangeFeed> m_feed;  ///< goes before the connection it listens on
    core::Clock m_clock;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_damageBanner = nullptr;
    QAction* m_importAction = nullptr;
    QLabel* m_statusPath = nullptr;
    QLabel* m_statusLeads = nullptr;
    QLabel* m_statusRole = nullptr;
    QAction* m_switchUser = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_changePassword = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolButton* m_undoButton = nullptr;
    QTimer* m_undoTimer = nullptr;
    Undo m_undo;
    QString m_undoWhat;
    QList<Workspace*> m_workspaces;
    DailyBackup* m_dailyBackup = nullptr;
    QPointer<GuideWindow> m_guide;
};

}  // namespace fd::app
