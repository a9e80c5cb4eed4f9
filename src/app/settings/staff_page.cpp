#include "settings/staff_page.h"

#include "formatting.h"
#include "models/rows_model.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/sign_in.h"
#include "settings/office_form.h"
#include "widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

namespace {
constexpr std::array kRoles{core::Role::Operator, core::Role::OfficeManager, core::Role::Marketer,
                            core::Role::Head, core::Role::Admin};
}  // namespace

StaffPage::StaffPage(core::Database& db, core::Clock clock, QWidget* parent)
    : SettingsPage(db, std::move(clock), parent) {
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_model = new RowsModel({tr("Name"), tr("Login"), tr("Role"), tr("Office"), tr("Works here")}, this);
    m_table = makeListView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_new = new QPushButton(tr("&New person"), this);
    left->addWidget(m_table, 1);
    left->addWidget(m_new);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setMaxLength(200);
    m_login = new QLineEdit(this);
    m_login->setMaxLength(100);
    m_role = new QComboBox(this);
    for (const core::Role role : kRoles) {
        m_role->addItem(capitalized(roleName(role)), static_cast<int>(role));
    }
    m_office = new QComboBox(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint = new QLabel(this);
    m_passwordHint->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_passwordHint);
    m_error = makeErrorLabel(this);
    form->addRow(m_error);
    right->addLayout(form);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    m_deactivate = new QPushButton(tr("&Deactivate…"), this);
    m_reactivate = new QPushButton(tr("&Reactivate"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_deactivate);
    buttons->addWidget(m_reactivate);
    buttons->addStretch();
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    right->addStretch();
    layout->addLayout(right, 2);

    m_fields = {{QStringLiteral("name"), m_name},         {QStringLiteral("login"), m_login},
                {QStringLiteral("role"), m_role},         {QStringLiteral("office"), m_office},
                {QStringLiteral("password"), m_password}, {QStringLiteral("active"), m_deactivate}};
    const bool manages = core::permit(m_db, core::Action::ManageSettings).ok();
    for (QWidget* w : std::initializer_list<QWidget*>{m_new, m_save, m_deactivate, m_reactivate, m_password,
                                                      m_passwordHint}) {
        w->setVisible(manages);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_login, m_role, m_office}) {
        w->setEnabled(manages);
    }
    form->labelForField(m_password)->setVisible(manages);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPage::showPerson);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_adding = true;
        m_table->clearSelection();
        m_name->clear();
        m_login->clear();
        m_password->clear();
        m_role->setCurrentIndex(0);
        m_office->setCurrentIndex(0);
        m_passwordHint->setText(
            tr("The first password, at least %1 characters; they change it themselves later.")
                .arg(core::SignIn::kMinPasswordLength));
        m_deactivate->setEnabled(false);
        m_reactivate->setEnabled(false);
        m_error->hide();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &StaffPage::save);
    connect(m_deactivate, &QPushButton::clicked, this, &StaffPage::deactivate);
    connect(m_reactivate, &QPushButton::clicked, this, &StaffPage::reactivate);
}

QString StaffPage::reload() {
    core::Result<std::vector<core::StaffMember>> staff = core::StaffService(m_db, m_clock).staff();
    const core::Result<std::vector<core::Office>> offices = core::CatalogReader(m_db).offices();
    if (!staff || !offices) {
        return !staff ? staff.error().message() : offices.error().message();
    }
    const QString keep = current() ? current()->login : QString();
    m_staff = std::move(staff).value();
    m_office->clear();
    m_office->addItem(tr("— none —"));
    QHash<core::Id, QString> officeNames;
    for (const core::Office& o : *offices) {
        officeNames.insert(o.id, o.name);
        m_office->addItem(o.name, o.id);
    }
    std::vector<RowsModel::Row> rows;
    for (const core::StaffMember& m : m_staff) {
        const core::Employee& e = m.employee;
        RowsModel::Row row;
        row.cells = {e.name, m.login, capitalized(roleName(e.role)),
                     e.officeId ? officeNames.value(*e.officeId) : QString(),
                     e.active ? tr("yes") : tr("no")};
        row.key = e.id;
        row.tone = e.active ? RowTone::Plain : RowTone::Closed;
        rows.push_back(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_adding = false;
    if (!selectLogin(keep) && !m_staff.empty()) {
        m_table->selectRow(0);
    }
    showPerson();
    return {};
}

bool StaffPage::selectLogin(const QString& login) {
    for (size_t i = 0; i < m_staff.size(); ++i) {
        if (!login.isEmpty() && m_staff[i].login == login) {
            m_table->selectRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

const core::StaffMember* StaffPage::current() const {
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_staff.size()) ? &m_staff[static_cast<size_t>(row)] : nullptr;
}

void StaffPage::showPerson() {
    const core::StaffMember* m = current();
    if (!m) {
        return;
    }
    m_adding = false;
    m_name->setText(m->employee.name);
    m_login->setText(m->login);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m->employee.role)));
    m_office->setCurrentIndex(m->employee.officeId ? std::max(0, m_office->findData(*m->employee.officeId))
                                                   : 0);
    m_password->clear();
    m_passwordHint->setText(
        tr("Leave empty to keep the password; type a new one to reset a forgotten password."));
    m_deactivate->setEnabled(m->employee.active);
    m_reactivate->setEnabled(!m->employee.active);
    m_error->hide();
}

void StaffPage::showError(const core::Error& error) {
    showFieldError(m_error, m_fields, error);
}

void StaffPage::save() {
    core::Employee e;
    e.name = m_name->text();
    e.role = static_cast<core::Role>(m_role->currentData().toInt());
    e.officeId =
        m_office->currentData().isValid() ? core::OptId(m_office->currentData().toLongLong()) : std::nullopt;
    const QString login = m_login->text().trimmed();
    core::StaffService staff(m_db, m_clock);
    core::Status done = core::Ok{};
    if (m_adding) {
        const core::Result<core::Id> added = staff.addPerson(e, login, m_password->text());
        done = added ? core::Status(core::Ok{}) : core::Status(added.error());
    } else if (const core::StaffMember* m = current()) {
        e.id = m->employee.id;
        if (!m_password->text().isEmpty()) {
            done = staff.updatePerson(e, login, m_password->text());
        } else if (login != m->login) {
            done = core::Error::make(
                core::ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error", "Type a new password to change the login."), {},
                QStringLiteral("password"));
        } else {
            done = staff.updatePerson(e);
        }
    }
    if (!done) {
        showError(done.error());
        return;
    }
    const bool added = m_adding;
    const bool passwordSet = !m_password->text().isEmpty();
    reload();
    selectLogin(login);
    Q_EMIT saved(added         ? tr("%1 can sign in as %2").arg(e.name.simplified(), login)
                 : passwordSet ? tr("Saved %1 with a new password").arg(e.name.simplified())
                               : tr("Saved %1").arg(e.name.simplified()));
    Q_EMIT changed();
}

void StaffPage::deactivate() {
    const core::StaffMember* m = current();
    if (!m) {
        return;
    }
    const core::Employee leaving = m->employee;
    core::StaffService staff(m_db, m_clock);
    const core::Result<core::OpenWork> work = staff.openWork(leaving.id);
    if (!work) {
        showError(work.error());
        return;
    }
    core::OptId handTo;
    if (!work->empty()) {
        QStringList names{tr("Nobody: back to the common queue")};
        QList<core::Id> ids{0};
        for (const core::StaffMember& other : m_staff) {
            if (other.employee.active && other.employee.role == leaving.role &&
                other.employee.id != leaving.id) {
                names << other.employee.name;
                ids << other.employee.id;
            }
        }
        bool ok = false;
        const QString text = tr("%1 leaves open work: %2 lead(s) in the call center, %3 callback(s), %4 "
                                "meeting(s) to come, %5 "
                                "follow-up(s). Hand it to:")
                                 .arg(leaving.name)
                                 .arg(work->leads)
                                 .arg(work->callbacks)
                                 .arg(work->meetings)
                                 .arg(work->followUps);
        const QString chosen = QInputDialog::getItem(this, tr("Deactivate %1").arg(leaving.name), text, names,
                                                     names.size() > 1 ? 1 : 0, false, &ok);
        if (!ok) {
            return;
        }
        const core::Id id = ids.value(static_cast<int>(names.indexOf(chosen)));
        handTo = id != 0 ? core::OptId(id) : std::nullopt;
    }
    if (const core::Status done = staff.deactivate(leaving.id, handTo); !done) {
        showError(done.error());
        return;
    }
    reload();
    Q_EMIT saved(tr("%1 no longer works here and cannot sign in").arg(leaving.name));
    Q_EMIT changed();
}

void StaffPage::reactivate() {
    const core::StaffMember* m = current();
    if (!m) {
        return;
    }
    const QString name = m->employee.name;
    if (const core::Status done = core::StaffService(m_db, m_clock).reactivate(m->employee.id); !done) {
        showError(done.error());
        return;
    }
    reload();
    Q_EMIT saved(tr("%1 works here again").arg(name));
    Q_EMIT changed();
}

}  // namespace fd::app
