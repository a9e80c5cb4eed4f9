#pragma once

#include "domain/access.h"
#include "services/service_context.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Who is at this computer: a login (the last one remembered for the database, never the
/// password) and a password. On success the database connection acts as that person.
class SignInDialog final : public QDialog {
    Q_OBJECT

public:
    SignInDialog(core::Database& db, core::Clock clock = core::systemClock(), QWidget* parent = nullptr);

    const std::optional<core::Actor>& actor() const { return m_actor; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

    /// Signs in to `db`, when it has people with logins: as `login` with the password from
    /// FUNNELDESK_PASSWORD when a login is given, else through this dialog. An error (a wrong
    /// password, or Cancelled when the dialog was closed), or Ok with the connection signed in.
    /// Whether signInTo may show this dialog (a run without a person at the screen may not).
    enum class Asking { Allowed, Refused };
    static core::Status signInTo(core::Database& db, const QString& login, core::Clock clock, QWidget* parent,
                                 Asking asking = Asking::Allowed);

private:
    void trySignIn();

    core::Database& m_db;
    core::Clock m_clock;
    std::optional<core::Actor> m_actor;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
