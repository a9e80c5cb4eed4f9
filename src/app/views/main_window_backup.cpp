// The File menu's copies: backing up the company's file into a file the person chooses, and
// putting a checked copy back in its place.
#include "views/main_window.h"

#include "daily_backup.h"
#include "database_opener.h"
#include "services/backup_service.h"
#include "storage/database.h"
#include "storage/database_backup.h"
#include "widgets.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace fd::app {

void MainWindow::backUp() {
    const QString path = m_db->path();
    if (const core::Status allowed = core::BackupService(*m_db).mayBackUp(); !allowed) {
        QMessageBox::information(this, tr("Back up"), allowed.error().message());
        return;
    }
    const QString suggested =
        QFileInfo(path).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName() +
        QStringLiteral("-backup-") +
        QDateTime::fromSecsSinceEpoch(m_clock()).toString(QStringLiteral("yyyy-MM-dd-HHmm")) +
        QStringLiteral(".sqlite");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("FunnelDesk database (*.sqlite)"));
    if (target.isEmpty()) {
        return;
    }
    QProgressDialog progress(tr("Copying the database…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    core::Status done = core::Ok{};
    const std::optional<core::Actor> actor = m_db->actor();
    // On its own connection and thread: a large file takes a while, the window stays alive.
    runOffThread(
        [&] {
            core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(path, actor);
            done = db ? core::BackupService(**db).backUp(target) : core::Status(db.error());
        },
        [&] { progress.setValue(0); });
    progress.reset();
    if (!done) {
        QMessageBox::warning(this, tr("Back up"), done.error().message());
        return;
    }
    QMessageBox::information(
        this, tr("Back up"),
        tr("The database is copied to %1 and the copy is checked.").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::restoreBackup() {
    if (const core::Status allowed = core::BackupService(*m_db).mayRestore(); !allowed) {
        QMessageBox::warning(this, tr("Restore from a backup"), allowed.error().message());
        return;
    }
    const QString path = m_db->path();
    const QString backup =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), DailyBackup::folderFor(path),
                                     tr("FunnelDesk database (*.sqlite);;All files (*)"));
    if (backup.isEmpty()) {
        return;
    }
    if (const core::Result<int> checked = core::DatabaseBackup::check(backup); !checked) {
        QMessageBox::warning(this, tr("Restore from a backup"), checked.error().message());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from a backup"),
        tr("Put the copy %1 (of %2) in the place of the database %3?\n\nEverything entered since the copy "
           "was "
           "made is then no longer in the database; the current file is kept beside it, named "
           "….replaced-DATE-TIME.")
            .arg(QDir::toNativeSeparators(backup),
                 QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat),
                 QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    // Every connection of this window goes first: the file must be free to be replaced.
    m_dailyBackup->wait();
    clearWorkspaces();
    m_feed.reset();
    m_db.reset();
    // A large file takes a while to copy: on a thread of its own, the window stays alive.
    core::Result<QString> aside = QString();
    const QDateTime now = QDateTime::currentDateTime();
    runOffThread([&] { aside = core::DatabaseBackup::restore(backup, path, now); }, [] {});
    core::Result<std::unique_ptr<core::Database>> reopened = openSignedIn(path, {}, m_clock, this);
    if (!reopened) {
        QMessageBox::warning(this, tr("Restore from a backup"), reopened.error().message());
        close();
        return;
    }
    setDatabase(std::move(reopened).value());
    if (!aside) {
        QMessageBox::warning(this, tr("Restore from a backup"), aside.error().message());
        return;
    }
    QMessageBox::information(this, tr("Restore from a backup"),
                             aside->isEmpty()
                                 ? tr("The database is restored from the copy.")
                                 : tr("The database is restored from the copy; the file it replaced is "
                                      "kept as %1.")
                                       .arg(QDir::toNativeSeparators(*aside)));
}

}  // namespace fd::app
