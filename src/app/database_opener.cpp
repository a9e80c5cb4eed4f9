#include "database_opener.h"

#include "dialogs/server_sign_in_dialog.h"
#include "storage/database.h"
#include "storage/server_address.h"

namespace fd::app {

core::Result<std::unique_ptr<core::Database>> openSignedIn(const QString& location, const QString& login,
                                                           const core::Clock& clock, QWidget* parent,
                                                           SignInDialog::Asking asking) {
    if (!core::isServerLocation(location)) {
        core::Result<std::unique_ptr<core::Database>> db =
            core::Database::open(location, core::OpenMode::Existing);
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
