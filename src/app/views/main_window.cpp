#include "views/main_window.h"

#include "daily_backup.h"

#include "database_opener.h"
#include "demo_setup.h"
#include "dialogs/about_dialog.h"
#include "dialogs/change_password_dialog.h"
#include "dialogs/connect_server_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "first_start.h"
#include "formatting.h"
#include "kpi/kpi_workspace.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/sign_in.h"
#include "settings/audit_workspace.h"
#include "settings/company_wizard.h"
#include "settings/settings_workspace.h"
#include "storage/database.h"
#include "storage/server_address.h"
#include "storage/storage_error.h"
#include "views/health_workspace.h"
#include "views/leads_workspace.h"
#include "views/marketing_workspace.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::app {

namespace {
/// Only the workspace on screen decides how small the window may be (a plain stack takes the
/// widest of all, shown or not).
class WorkspaceStack final : public QStackedWidget {
public:
    explicit WorkspaceStack(QWidget* parent) : QStackedWidget(parent) {
        connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    }
    QSize sizeHint() const override { return currentWidget() ? currentWidget()->sizeHint() : QSize(); }
    QSize minimumSizeHint() const override {
        return currentWidget() ? currentWidget()->minimumSizeHint() : QSize();
    }
};

constexpr int kSavedMessageMs = 15000;
constexpr int kUndoMs = 10000;
}  // namespace

QStringList MainWindow::knownWorkspaces() {
    return {QStringLiteral("leads"),     QStringLiteral("operator"), QStringLiteral("office"),
            QStringLiteral("dashboard"), QStringLiteral("kpi"),      QStringLiteral("health"),
            QStringLiteral("spend"),     QStringLiteral("settings"), QStringLiteral("audit")};
}

QStringList MainWindow::availableWorkspaces() {
    return {QStringLiteral("leads"),     QStringLiteral("operator"), QStringLiteral("office"),
            QStringLiteral("dashboard"), QStringLiteral("kpi"),      QStringLiteral("health"),
            QStringLiteral("settings"),  QStringLiteral("audit")};
}

MainWindow::MainWindow(std::unique_ptr<core::Database> db, core::Clock clock, QWidget* parent)
    : QMainWindow(parent), m_clock(std::move(clock)) {
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_demoBanner =
        new QLabel(tr("Demo data: a generated history of a fictional company, for trying FunnelDesk out. "
                      "Open your own database with File ▸ Open."),
                   central);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border-bottom: 1px solid #e8c66a; padding: 6px 12px; }"));
    outer->addWidget(m_demoBanner);
    // A damaged or read-only file: everything that would write is refused; the banner says why.
    m_damageBanner = new QLabel(central);
    m_damageBanner->setWordWrap(true);
    m_damageBanner->hide();
    outer->addWidget(m_damageBanner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setFixedWidth(160);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // a long name is cut, not scrolled
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #2b3440; color: #e6e9ee; padding-top: 8px; }"
                       "QListWidget { outline: 0; }"
                       "QListWidget::item { padding: 8px 14px; border: 0; color: #e6e9ee; }"
                       "QListWidget::item:selected { background: #3d6fb6; color: white; }"));
    m_stack = new WorkspaceStack(central);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_workspaces.size()) {
            QSettings().setValue(QStringLiteral("lastWorkspace"), m_workspaces[row]->workspaceId());
        }
    });

    // A workspace chosen with the mouse or Enter takes the keys at once; the arrows keep moving
    // through the navigation while it has the focus.
    connect(m_nav, &QListWidget::itemClicked, this, &MainWindow::focusWorkspace);
    connect(m_nav, &QListWidget::itemActivated, this, &MainWindow::focusWorkspace);

    m_statusPath = new QLabel(this);
    m_statusLeads = new QLabel(this);
    m_statusRole = new QLabel(this);
    // A confirmation or cancellation made by mistake can be taken back for a few seconds.
    m_undoButton = new QToolButton(this);
    m_undoButton->setText(tr("Undo (Ctrl+Z)"));
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoLast);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, this, &MainWindow::undoLast);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);
    connect(m_undoTimer, &QTimer::timeout, this, &MainWindow::dropUndo);
    statusBar()->addPermanentWidget(m_undoButton);
    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusLeads);
    statusBar()->addPermanentWidget(m_statusRole);

    m_dailyBackup = new DailyBackup(this);
    connect(m_dailyBackup, &DailyBackup::damaged, this, &MainWindow::showDamage);
    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("windowGeometry")).toByteArray())) {
        resize(1440, 860);
    }
    setDatabase(std::move(db));
    selectWorkspace(settings.value(QStringLiteral("lastWorkspace"), QStringLiteral("leads")).toString());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("windowGeometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openDatabaseFile);
    file->addAction(tr("&New company…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("Open &demo database"), this, &MainWindow::openDemoDatabase);
    file->addAction(tr("Connect to &server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import from a file…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     [this] { openImport({}); });
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::openExport);
    file->addSeparator();
    file->addAction(tr("&Back up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                    &MainWindow::backUp);
    file->addAction(tr("Res&tore from a backup…"), this, &MainWindow::restoreBackup);
    file->addSeparator();
    m_switchUser = file->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    m_signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_changePassword = file->addAction(tr("Change my &password…"), this, [this] {
        if (ChangePasswordDialog(*m_db, m_clock, this).exec() == QDialog::Accepted) {
            showSaved(tr("Your password is changed"), {});
        }
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("&About FunnelDesk"), this,
                    [this] { AboutDialog(m_db->path(), m_db->schemaVersion(), this).exec(); });
}

void MainWindow::setDatabase(std::unique_ptr<core::Database> db) {
    // The workspaces hold the old connection: they go before it does.
    const QString current = currentWorkspace() ? currentWorkspace()->workspaceId() : QString();
    clearWorkspaces();
    m_feed.reset();
    m_db = std::move(db);
    rememberRecent(m_db->path());
    QSettings().setValue(QStringLiteral("lastDatabase"), core::isServerLocation(m_db->path())
                                                             ? m_db->path()
                                                             : QFileInfo(m_db->path()).absoluteFilePath());
    m_statusPath->setText(QDir::toNativeSeparators(m_db->path()));
    const core::Result<std::optional<QString>> demoMark =
        core::CatalogReader(*m_db).setting(QStringLiteral("demo_data"));
    const bool demo = demoMark && demoMark->has_value();
    m_demoBanner->setVisible(demo);
    showAccess();
    showSignedIn();
    updateStatus(-1);
    buildWorkspaces(current);
    // On a server, what other seats change reaches the workspaces as it happens. Its connection is
    // made after the workspaces', so the list's first rows do not wait for it.
    m_feed = std::make_unique<core::ChangeFeed>(*m_db);
    connect(m_feed.get(), &core::ChangeFeed::changed, this, [this](const core::DataChange& change) {
        for (Workspace* w : m_workspaces) {
            w->dataChanged(change);
        }
    });
    // The day's first start of a company's file leaves a copy of it in the data folder.
    m_dailyBackup->startIfDue(m_db->path(), m_db->actor(), QDateTime::fromSecsSinceEpoch(m_clock()).date());
}

void MainWindow::showAccess() {
    // A file that can only be read: the banner says why, and the actions that write say so too.
    const core::Status access = core::writable(*m_db);
    if (access || access.error().code != core::ErrorCode::ReadOnly) {
        showDamage(m_db->isDamaged() ? access.error().message() : QString());
    } else {
        m_damageBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #e3edf9; border-bottom: 1px solid #9fb8d8; padding: 6px 12px; }"));
        m_damageBanner->setText(access.error().message());
        m_damageBanner->show();
    }
    m_importAction->setEnabled(access.ok());
    m_importAction->setStatusTip(access ? QString() : access.error().message());
}

void MainWindow::showDamage(const QString& message) {
    m_damageBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde2e1; border-bottom: 1px solid #e0a09c; padding: 6px 12px; }"));
    m_damageBanner->setText(message);
    m_damageBanner->setVisible(!message.isEmpty());
}

void MainWindow::reloadWorkspaces() {
    const QString current = currentWorkspace() ? currentWorkspace()->workspaceId() : QString();
    clearWorkspaces();
    updateStatus(-1);
    buildWorkspaces(current);
}

void MainWindow::clearWorkspaces() {
    dropUndo();  // an undo acts on a workspace about to go
    m_nav->clear();
    for (Workspace* w : std::as_const(m_workspaces)) {
        m_stack->removeWidget(w);
        delete w;
    }
    m_workspaces.clear();
}

void MainWindow::buildWorkspaces(const QString& select) {
    // Only the workspaces the person's role may use: the services refuse the rest anyway.
    auto may = [this](core::Action action) { return core::permit(*m_db, action).ok(); };
    if (may(core::Action::ReadLeads)) {
        m_workspaces << new LeadsWorkspace(*m_db, m_stack);
    }
    if (may(core::Action::WorkCallCenter)) {
        m_workspaces << new OperatorWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::WorkOfficeDesk)) {
        m_workspaces << new OfficeWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::ReadDashboard)) {
        m_workspaces << new MarketingWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::ReadBonuses)) {
        m_workspaces << new KpiWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::ReadLeads)) {
        m_workspaces << new HealthWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::ReadSettings)) {
        m_workspaces << new SettingsWorkspace(*m_db, m_clock, m_stack);
    }
    if (may(core::Action::ReadAudit)) {
        m_workspaces << new AuditWorkspace(*m_db, m_clock, m_stack);
    }
    for (Workspace* w : std::as_const(m_workspaces)) {
        m_stack->addWidget(w);
        m_nav->addItem(w->title());
        connect(w, &Workspace::countChanged, this, &MainWindow::updateStatus);
        connect(w, &Workspace::saved, this, &MainWindow::showSaved);
        connect(w, &Workspace::told, this,
                [this](const QString& message) { statusBar()->showMessage(message, kSavedMessageMs); });
        connect(w, &Workspace::openInOffice, this, [this](qint64 officeId, QDate day, int tab) {
            if (selectWorkspace(QStringLiteral("office"))) {
                if (auto* office = qobject_cast<OfficeWorkspace*>(currentWorkspace())) {
                    office->selectOffice(officeId);
                    office->selectDate(day);
                    office->selectTab(static_cast<OfficeWorkspace::Tab>(tab));
                }
            }
        });
    }
    if (select.isEmpty() || !selectWorkspace(select)) {
        m_nav->setCurrentRow(0);
    }
}

void MainWindow::showSignedIn() {
    // Who acts: the person signed in; a database from before sign-in has nobody, and acts as the
    // head of the company.
    const std::optional<core::Actor>& actor = m_db->actor();
    m_statusRole->setText(actor ? tr("%1 · %2").arg(actor->name, roleName(actor->role))
                                : tr("Role: %1").arg(roleName(core::Role::Head)));
    const core::Result<bool> required = core::SignIn(*m_db, m_clock).required();
    m_switchUser->setEnabled(required && *required);
    m_signOut->setEnabled(required && *required);
    // A password is saved in the database: not in one that can only be read.
    const core::Status writable = core::writable(*m_db);
    m_changePassword->setEnabled(actor.has_value() && writable.ok());
    m_changePassword->setStatusTip(writable ? QString() : writable.error().message());
    // The window names the company's database (the file, or the server's database) and who works in it.
    QString place = QFileInfo(m_db->path()).fileName();
    if (const core::Result<core::ServerAddress> a = core::parseServerAddress(m_db->path());
        core::isServerLocation(m_db->path()) && a) {
        place = a->displayName();
    }
    setWindowTitle(actor ? tr("FunnelDesk — %1 — %2").arg(place, actor->name)
                         : tr("FunnelDesk — %1").arg(place));
}

void MainWindow::switchUser() {
    if (m_db->onServer()) {
        openPath(m_db->path());  // on a server each person has their own connection
        return;
    }
    SignInDialog dialog(*m_db, m_clock, this);
    const std::optional<core::Actor> before = m_db->actor();
    if (dialog.exec() != QDialog::Accepted) {
        m_db->setActor(before);
        return;
    }
    showSignedIn();
    reloadWorkspaces();
}

void MainWindow::signOut() {
    clearWorkspaces();
    m_db->setActor(std::nullopt);
    m_statusRole->clear();
    if (m_db->onServer()) {
        // The person's connection goes with them: the next one connects with their own login.
        const QString url = m_db->path();
        core::Result<std::unique_ptr<core::Database>> next = openSignedIn(url, {}, m_clock, this);
        if (!next) {
            close();
            return;
        }
        setDatabase(std::move(next).value());
        return;
    }
    SignInDialog dialog(*m_db, m_clock, this);
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return;
    }
    showSignedIn();
    buildWorkspaces({});
}

QStringList MainWindow::workspaceIds() const {
    QStringList ids;
    for (const Workspace* w : m_workspaces) {
        ids << w->workspaceId();
    }
    return ids;
}

QString MainWindow::signedInText() const {
    return m_statusRole->text();
}

bool MainWindow::selectWorkspace(const QString& id) {
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces[i]->workspaceId() == id) {
            m_nav->setCurrentRow(i);
            focusWorkspace();
            return true;
        }
    }
    if (m_nav->currentRow() < 0 && !m_workspaces.isEmpty()) {
        m_nav->setCurrentRow(0);
    }
    return false;
}

void MainWindow::showSaved(const QString& message, const Undo& undo) {
    statusBar()->showMessage(message, kSavedMessageMs);
    m_undo = undo;
    m_undoWhat = message;
    m_undoButton->setVisible(static_cast<bool>(undo));
    if (undo) {
        m_undoTimer->start();
    }
    // The lead count (and the leads list) follow what was saved elsewhere.
    for (Workspace* w : std::as_const(m_workspaces)) {
        if (auto* leads = qobject_cast<LeadsWorkspace*>(w)) {
            leads->reload();
        }
    }
}

void MainWindow::undoLast() {
    if (!m_undo) {
        return;
    }
    const Undo undo = std::exchange(m_undo, Undo{});
    dropUndo();
    const core::Status done = undo();
    if (!done) {
        statusBar()->showMessage(done.error().message());  // stays until the next message
        return;
    }
    statusBar()->showMessage(tr("Undone: %1").arg(m_undoWhat), kSavedMessageMs);
}

void MainWindow::dropUndo() {
    m_undo = {};
    m_undoTimer->stop();
    m_undoButton->hide();
}

void MainWindow::focusWorkspace() {
    if (Workspace* w = currentWorkspace()) {
        w->keyTarget()->setFocus(Qt::OtherFocusReason);
    }
}

Workspace* MainWindow::currentWorkspace() const {
    return m_stack->currentIndex() >= 0 ? qobject_cast<Workspace*>(m_stack->currentWidget()) : nullptr;
}

void MainWindow::whenReady(std::function<void(bool, QString)> done) {
    Workspace* w = currentWorkspace();
    if (!w) {
        done(false, tr("There is no workspace to show."));
        return;
    }
    if (w->isReady()) {
        done(true, {});
        return;
    }
    auto fired = std::make_shared<bool>(false);
    connect(w, &Workspace::ready, this, [done, fired] {
        if (!*fired) {
            *fired = true;
            done(true, {});
        }
    });
    connect(w, &Workspace::failed, this, [done, fired](const QString& message) {
        if (!*fired) {
            *fired = true;
            done(false, message);
        }
    });
}

void MainWindow::updateStatus(qint64 leads) {
    if (leads < 0) {
        m_statusLeads->clear();
        return;
    }
    m_statusLeads->setText(tr("%Ln lead(s)", nullptr, static_cast<int>(std::min<qint64>(leads, INT_MAX))));
}

}  // namespace fd::app
