#pragma once

#include "services/service_context.h"
#include "storage/server_address.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Signing in to a company on a server: each person connects with their own login and password,
/// which the server checks (and which decide what the server lets them read and change). The
/// password stays in this process's memory only, for reconnecting and for the connections of
/// background work.
class ServerSignInDialog final : public QDialog {
    Q_OBJECT

public:
    ServerSignInDialog(core::ServerAddress address, core::Clock clock = core::systemClock(),
                       QWidget* parent = nullptr);
    ~ServerSignInDialog() override;

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;
    /// The connection made, signed in; null until the dialog was accepted.
    std::unique_ptr<core::Database> takeDatabase();

    /// Connects to `address` as `login` (the address's own when empty) with `password` and signs
    /// that person in: the open connection, or why not.
    static core::Result<std::unique_ptr<core::Database>> connectAs(core::ServerAddress address,
                                                                   const QString& login,
                                                                   const QString& password,
                                                                   const core::Clock& clock);

private:
    void trySignIn();

    core::ServerAddress m_address;
    core::Clock m_clock;
    std::unique_ptr<core::Database> m_db;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
