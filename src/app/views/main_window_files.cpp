// The File menu's databases: opening a file or a server, a new company, the demo, and the
// recent databases.
#include "views/main_window.h"

#include "database_opener.h"
#include "demo_setup.h"
#include "dialogs/connect_server_dialog.h"
#include "first_start.h"
#include "settings/company_wizard.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace fd::app {

namespace {
constexpr int kMaxRecent = 8;
const char* const kRecentKey = "recentDatabases";
const char* const kLastServerKey = "lastServer";
}  // namespace

bool MainWindow::openPath(const QString& path) {
    // Each database has its own people: the one who opens it signs in to it (on a server, by
    // connecting with their own login).
    core::Result<std::unique_ptr<core::Database>> db = openSignedIn(path, {}, m_clock, this);
    if (!db) {
        if (db.error().code != core::ErrorCode::Cancelled) {
            QMessageBox::warning(this, tr("Open database"), db.error().message());
        }
        return false;
    }
    setDatabase(std::move(db).value());
    return true;
}

void MainWindow::connectToServer() {
    ConnectServerDialog dialog(this);
    const QString last = QSettings().value(QLatin1String(kLastServerKey)).toString();
    if (const core::Result<core::ServerAddress> a = core::parseServerAddress(last); a) {
        dialog.setAddress(*a);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString url = dialog.address().url();
    QSettings().setValue(QLatin1String(kLastServerKey), url);
    openPath(url);
}

void MainWindow::openDatabaseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                     tr("FunnelDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void MainWindow::newDatabase() {
    CompanyWizard wizard(defaultCompanyFolder(), m_clock, this);
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    const bool importNow = wizard.importRequested();
    setDatabase(wizard.takeDatabase());
    if (importNow) {
        openImport({});
    }
}

void MainWindow::openDemoDatabase() {
    const QString path = defaultDemoPath();
    if (!QFileInfo::exists(path)) {
        if (const QString error = createDemoDatabase(path, true); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Demo database"), error);
            return;
        }
    }
    openPath(path);
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    // A server is kept as its URL (login included, never a password).
    const QString absolute = core::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(QLatin1String(kRecentKey), recent);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString& path : recent) {
        const bool server = core::isServerLocation(path);
        QAction* a = m_recentMenu->addAction(server ? path : QDir::toNativeSeparators(path));
        a->setEnabled(server || QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    }
}

}  // namespace fd::app
