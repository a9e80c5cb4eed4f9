#pragma once

#include "dialogs/sign_in_dialog.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QString>

#include <memory>

class QWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Opens an existing database file. One of an older schema is upgraded first on a thread of its
/// own under a progress window (the upgrade checks the whole file before writing to it).
core::Result<std::unique_ptr<core::Database>> openFile(const QString& path, QWidget* parent);

/// Opens an existing database and signs someone in to it. A SQLite file is opened, then the
/// person signs in (SignInDialog::signInTo). A server is connected to with the person's own
/// login and password: `login` (or the address's) with the password from FUNNELDESK_PASSWORD
/// when a login is given or asking is refused, else through ServerSignInDialog. Cancelled when
/// the person closed the dialog.
core::Result<std::unique_ptr<core::Database>> openSignedIn(
    const QString& location, const QString& login, const core::Clock& clock, QWidget* parent,
    SignInDialog::Asking asking = SignInDialog::Asking::Allowed);

}  // namespace fd::app
