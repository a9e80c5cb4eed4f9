#include "dialogs/server_sign_in_dialog.h"

#include "services/sign_in.h"
#include "storage/database.h"
#include "widgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

ServerSignInDialog::ServerSignInDialog(core::ServerAddress address, core::Clock clock, QWidget* parent)
    : QDialog(parent), m_address(std::move(address)), m_clock(std::move(clock)) {
    setWindowTitle(tr("Sign in to FunnelDesk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>%1</b>").arg(m_address.displayName().toHtmlEscaped()), this));
    auto* hint = new QLabel(tr("Your login and password are checked by the company's server."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(m_address.login, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (m_address.login.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(400);
}

ServerSignInDialog::~ServerSignInDialog() = default;

QString ServerSignInDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<core::Database> ServerSignInDialog::takeDatabase() {
    return std::move(m_db);
}

core::Result<std::unique_ptr<core::Database>> ServerSignInDialog::connectAs(core::ServerAddress address,
                                                                            const QString& login,
                                                                            const QString& password,
                                                                            const core::Clock& clock) {
    if (!login.trimmed().isEmpty()) {
        address.login = login.trimmed();
    }
    if (address.login.isEmpty()) {
        return core::Error::make(core::ErrorCode::InvalidInput,
                                 QT_TRANSLATE_NOOP("fd::core::Error", "Enter a login."), {},
                                 QStringLiteral("login"));
    }
    core::rememberServerPassword(address, password);
    core::Result<std::unique_ptr<core::Database>> db =
        core::Database::open(address.url(), core::OpenMode::Existing);
    if (!db) {
        core::forgetServerPassword(address);
        return db.error();
    }
    const core::Result<core::Actor> signedIn = core::SignIn(**db, clock).signIn(address.login, password);
    if (!signedIn) {
        core::forgetServerPassword(address);
        return signedIn.error();
    }
    return std::move(db).value();
}

void ServerSignInDialog::trySignIn() {
    core::Result<std::unique_ptr<core::Database>> db =
        connectAs(m_address, m_login->text(), m_password->text(), m_clock);
    if (!db) {
        m_error->setText(db.error().message());
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_db = std::move(db).value();
    accept();
}

}  // namespace fd::app
