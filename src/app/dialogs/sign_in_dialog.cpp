#include "dialogs/sign_in_dialog.h"

#include "services/catalog_reader.h"
#include "services/demo_generator.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "widgets.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fd::app {

namespace {

const char* const kLastLoginKey = "lastLoginByDatabase";

QString databaseKey(const core::Database& db) {
    return QFileInfo(db.path()).absoluteFilePath();
}

}  // namespace

SignInDialog::SignInDialog(core::Database& db, core::Clock clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)) {
    setWindowTitle(tr("Sign in to FunnelDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>%1</b>").arg(QFileInfo(db.path()).fileName().toHtmlEscaped()), this);
    layout->addWidget(title);
    const core::Result<std::optional<QString>> demo =
        core::CatalogReader(db).setting(QStringLiteral("demo_data"));
    if (demo && demo->has_value()) {
        auto* hint =
            new QLabel(tr("Demo company: sign in as operator1, manager1, marketer, head or admin with the "
                          "password %1.")
                           .arg(QString::fromLatin1(core::kDemoPassword)),
                       this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QString last = QSettings().value(QLatin1String(kLastLoginKey)).toMap().value(databaseKey(db)).toString();
    if (last.isEmpty() && demo && demo->has_value()) {
        last = QStringLiteral("head");  // the demo opens on the head, who sees every workspace
    }
    m_login->setText(last);
    (last.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(380);
}

QString SignInDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::trySignIn() {
    const core::Result<core::Actor> signedIn =
        core::SignIn(m_db, m_clock).signIn(m_login->text(), m_password->text());
    if (!signedIn) {
        m_error->setText(signedIn.error().message());
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_actor = *signedIn;
    QSettings settings;
    QVariantMap last = settings.value(QLatin1String(kLastLoginKey)).toMap();
    last.insert(databaseKey(m_db), signedIn->login);
    settings.setValue(QLatin1String(kLastLoginKey), last);
    accept();
}

core::Status SignInDialog::signInTo(core::Database& db, const QString& login, core::Clock clock,
                                    QWidget* parent, Asking asking) {
    const core::Result<bool> required = core::SignIn(db, clock).required();
    if (!required) {
        return required.error();
    }
    if (!*required || db.actor()) {
        return core::Ok{};  // a database from before sign-in, or someone signed in already (a new company)
    }
    if (!login.isEmpty()) {
        const core::Result<core::Actor> signedIn =
            core::SignIn(db, clock).signIn(login, qEnvironmentVariable("FUNNELDESK_PASSWORD"));
        return signedIn ? core::Status(core::Ok{}) : core::Status(signedIn.error());
    }
    if (asking == Asking::Refused) {
        return core::Error::make(
            core::ErrorCode::SignIn,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "This database needs a sign-in: give --user LOGIN and the password "
                              "in FUNNELDESK_PASSWORD."));
    }
    SignInDialog dialog(db, std::move(clock), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return core::Error::make(core::ErrorCode::Cancelled,
                                 QT_TRANSLATE_NOOP("fd::core::Error", "Nobody signed in."));
    }
    return core::Ok{};
}

}  // namespace fd::app
