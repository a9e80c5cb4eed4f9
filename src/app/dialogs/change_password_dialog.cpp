#include "dialogs/change_password_dialog.h"

#include "services/sign_in.h"
#include "widgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

ChangePasswordDialog::ChangePasswordDialog(core::Database& db, core::Clock clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)) {
    setWindowTitle(tr("Change my password"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_current = new QLineEdit(this);
    m_fresh = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit* edit : {m_current, m_fresh, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
    }
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_fresh);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least %1 characters.").arg(core::SignIn::kMinPasswordLength), this);
    layout->addWidget(hint);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_current->setFocus();
}

QString ChangePasswordDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::save() {
    if (m_fresh->text() != m_repeat->text()) {
        m_error->setText(tr("The new password and its repetition differ."));
        m_error->show();
        m_repeat->setFocus();
        return;
    }
    const core::Status changed =
        core::SignIn(m_db, m_clock).changeOwnPassword(m_current->text(), m_fresh->text());
    if (!changed) {
        m_error->setText(changed.error().message());
        m_error->show();
        (changed.error().field == QLatin1String("current_password") ? m_current : m_fresh)->setFocus();
        return;
    }
    accept();
}

}  // namespace fd::app
