#include "database_opener.h"

#include "dialogs/server_sign_in_dialog.h"
#include "run_aside.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressDialog>

namespace fd::app {

namespace {

/// Opens the file once on a thread of its own, which upgrades its schema, while a window says
/// what is happening: the upgrade first checks the whole file (minutes for millions of leads),
/// and the program must not look hung meanwhile. The connection is made and closed on that thread.
core::Status upgradeAside(const QString& path, QWidget* parent) {
    QProgressDialog dialog(
        QCoreApplication::translate("fd::app::Upgrade",
                                    "Upgrading the database for this version of FunnelDesk. "
                                    "It is checked whole first, which takes a few minutes "
                                    "for millions of leads…"),
        QString(), 0, 0, parent);
    // The text wrapped over a few lines rather than one line across the screen.
    auto* label = new QLabel(dialog.labelText());
    label->setWordWrap(true);
    dialog.setLabel(label);
    dialog.setMinimumWidth(460);
    dialog.setWindowTitle(QCoreApplication::translate("fd::app::Upgrade", "FunnelDesk"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(400);
    core::Status result = core::Ok{};
    runAside([&] {
        core::Result<std::unique_ptr<core::Database>> db =
            core::Database::open(path, core::OpenMode::Existing);
        if (!db) {
            result = db.error();
        }
    });
    return result;
}

}  // namespace

core::Result<std::unique_ptr<core::Database>> openFile(const QString& path, QWidget* parent) {
    if (core::Database::upgradePending(path)) {
        if (const core::Status upgraded = upgradeAside(path, parent); !upgraded) {
            return upgraded.error();
        }
    }
    return core::Database::open(path, core::OpenMode::Existing);
}

core::Result<std::unique_ptr<core::Database>> openSignedIn(const QString& location, const QString& login,
                                                           const core::Clock& clock, QWidget* parent,
                                                           SignInDialog::Asking asking) {
    if (!core::isServerLocation(location)) {
        core::Result<std::unique_ptr<core::Database>> db = openFile(location, parent);
        if (!db) {
            return db.error();
        }
        if (const core::Status signedIn = SignInDialog::signInTo(**db, login, clock, parent, asking);
            !signedIn) {
            return signedIn.error();
        }
        return std::move(db).value();
    }
    core::Result<core::ServerAddress> address = core::parseServerAddress(location);
    if (!address) {
        return address.error();
    }
    if (!login.isEmpty() || asking == SignInDialog::Asking::Refused) {
        return ServerSignInDialog::connectAs(*address, login, qEnvironmentVariable("FUNNELDESK_PASSWORD"),
                                             clock);
    }
    ServerSignInDialog dialog(*address, clock, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return core::Error::make(core::ErrorCode::Cancelled,
                                 QT_TRANSLATE_NOOP("fd::core::Error", "Nobody signed in."));
    }
    return dialog.takeDatabase();
}

}  // namespace fd::app
