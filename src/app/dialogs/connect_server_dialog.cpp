#include "dialogs/connect_server_dialog.h"

#include "widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd::app {

ConnectServerDialog::ConnectServerDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A company whose seats share one database keeps it on a PostgreSQL server. "
                                "Your administrator gives you these values; the password is asked next."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("e.g. crm.office.local or 192.168.10.5"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(core::ServerAddress::kDefaultPort);
    m_database = new QLineEdit(this);
    m_login = new QLineEdit(this);
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Encrypted when the server offers it (prefer)"),
                   QVariant::fromValue(core::TlsMode::Prefer));
    m_tls->addItem(tr("Always encrypted (require)"), QVariant::fromValue(core::TlsMode::Require));
    m_tls->addItem(tr("Encrypted, server certificate checked (verify-full)"),
                   QVariant::fromValue(core::TlsMode::VerifyFull));
    m_tls->addItem(tr("Not encrypted (disable)"), QVariant::fromValue(core::TlsMode::Disable));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Protection:"), m_tls);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

core::ServerAddress ConnectServerDialog::address() const {
    core::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.login = m_login->text().trimmed();
    a.tls = m_tls->currentData().value<core::TlsMode>();
    return a;
}

void ConnectServerDialog::setAddress(const core::ServerAddress& address) {
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_login->setText(address.login);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(QVariant::fromValue(address.tls))));
}

void ConnectServerDialog::tryAccept() {
    // Each empty field is named at the field; the URL is read back so that what the dialog
    // makes is what --db would take.
    QLineEdit* empty = m_host->text().trimmed().isEmpty()       ? m_host
                       : m_database->text().trimmed().isEmpty() ? m_database
                       : m_login->text().trimmed().isEmpty()    ? m_login
                                                                : nullptr;
    if (empty) {
        m_error->setText(empty == m_host       ? tr("Enter the server's name or address.")
                         : empty == m_database ? tr("Enter the database's name.")
                                               : tr("Enter your login."));
        m_error->show();
        empty->setFocus();
        return;
    }
    const core::Result<core::ServerAddress> parsed = core::parseServerAddress(address().url());
    if (!parsed) {
        m_error->setText(parsed.error().message());
        m_error->show();
        m_host->setFocus();
        return;
    }
    accept();
}

}  // namespace fd::app
