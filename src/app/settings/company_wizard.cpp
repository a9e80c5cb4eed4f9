#include "settings/company_wizard.h"

#include "domain/slot_grid.h"
#include "services/company_settings.h"
#include "services/company_setup.h"
#include "services/sign_in.h"
#include "settings/office_form.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fd::app {

namespace {

/// A file name from the company's name: letters, digits and dashes.
QString fileNameFor(const QString& company) {
    QString name;
    for (const QChar c : company.simplified()) {
        name += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    while (name.contains(QStringLiteral("--"))) {
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    }
    name = name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return (name.isEmpty() ? QStringLiteral("company") : name) + QStringLiteral(".sqlite");
}

}  // namespace

CompanyWizard::CompanyWizard(QString folder, core::Clock clock, QWidget* parent)
    : QWizard(parent), m_folder(std::move(folder)), m_clock(std::move(clock)) {
    setWindowTitle(tr("Start my company"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(CompanyPage, buildCompanyPage());
    setPage(OfficePage, buildOfficePage());
    setPage(AdminPage, buildAdminPage());
    setPage(FinishPage, buildFinishPage());
    setButtonText(QWizard::FinishButton, tr("&Create the company"));
    resize(640, 520);
}

CompanyWizard::~CompanyWizard() = default;

QWizardPage* CompanyWizard::buildCompanyPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your company"));
    page->setSubTitle(tr("Its name, the time zone its reports count days in, and where its data is kept."));
    auto* form = new QFormLayout(page);
    m_company = new QLineEdit(page);
    m_company->setMaxLength(200);
    m_zone = makeTimeZoneBox(page);
    m_zone->setCurrentText(QStringLiteral("Europe/Moscow"));
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_companyError = makeErrorLabel(page);
    form->addRow(tr("Company &name:"), m_company);
    form->addRow(tr("&Reports count days in:"), m_zone);
    form->addRow(tr("Data file:"), fileRow);
    form->addRow(m_companyError);
    auto* note =
        new QLabel(tr("The file is the company's database on this computer. Keep it in a folder that "
                      "is backed up; its safety is that of this computer's account."),
                   page);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_company, &QLineEdit::textEdited, this, &CompanyWizard::suggestFile);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileTyped = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Data file"), m_file->text(),
                                                          tr("FunnelDesk databases (*.sqlite)"));
        if (!path.isEmpty()) {
            m_file->setText(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path);
            m_fileTyped = true;
        }
    });
    suggestFile();
    return page;
}

void CompanyWizard::suggestFile() {
    if (!m_fileTyped) {
        m_file->setText(QDir(m_folder).filePath(fileNameFor(m_company->text())));
    }
}

QWizardPage* CompanyWizard::buildOfficePage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The first office"));
    page->setSubTitle(
        tr("Where clients come: its working days and hours, how long a meeting slot is and "
           "how many clients a slot takes. More offices can be added in Settings."));
    auto* layout = new QVBoxLayout(page);
    m_office = new OfficeForm(page);
    core::Office office;
    office.workDays = 0x3F;  // Monday to Saturday
    m_office->setOffice(office);
    m_office->showActive(false);
    layout->addWidget(m_office);
    layout->addStretch();
    return page;
}

QWizardPage* CompanyWizard::buildAdminPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The administrator"));
    page->setSubTitle(
        tr("The person who sets up offices, staff, channels and reasons. Others sign in with "
           "the logins the administrator gives them."));
    auto* form = new QFormLayout(page);
    m_adminName = new QLineEdit(page);
    m_login = new QLineEdit(QStringLiteral("admin"), page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(page);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_adminError = makeErrorLabel(page);
    form->addRow(tr("Your &name:"), m_adminName);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    form->addRow(new QLabel(tr("At least %1 characters.").arg(core::SignIn::kMinPasswordLength), page));
    form->addRow(m_adminError);
    return page;
}

QWizardPage* CompanyWizard::buildFinishPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Ready"));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_import = new QCheckBox(tr("&Import leads from a Bitrix24, amoCRM or CSV export now"), page);
    m_createError = makeErrorLabel(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_import);
    layout->addWidget(m_createError);
    layout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == FinishPage) {
            const core::Office o = m_office->office();
            m_summary->setText(
                tr("<p><b>%1</b>, reports by %2.</p><p>Office <b>%3</b>: %4–%5, slots of %6 min, "
                   "%7 seat(s).</p><p>Administrator: <b>%8</b>.</p><p>File: %9</p>")
                    .arg(m_company->text().simplified().toHtmlEscaped(), m_zone->currentText(),
                         o.name.simplified().toHtmlEscaped(), core::formatMinutes(o.workStartMin),
                         core::formatMinutes(o.workEndMin), QString::number(o.slotMinutes),
                         QString::number(o.seatsPerSlot), m_login->text().trimmed().toHtmlEscaped(),
                         QDir::toNativeSeparators(m_file->text()).toHtmlEscaped()));
        }
    });
    return page;
}

bool CompanyWizard::importRequested() const {
    return m_import->isChecked();
}

bool CompanyWizard::validateCurrentPage() {
    switch (currentId()) {
        case CompanyPage:
            return checkCompany();
        case OfficePage: {
            core::Office o = m_office->office();
            if (const core::Status good = core::checkOfficeFields(o); !good) {
                m_office->showError(good.error());
                return false;
            }
            m_office->clearError();
            return true;
        }
        case AdminPage:
            return checkAdmin();
        case FinishPage:
            return create();
        default:
            return true;
    }
}

namespace {

/// Shows why a page cannot go on, under its fields, and puts the focus on the field to fix.
bool refuseAt(QLabel* error, const QString& message, QWidget* field) {
    error->setText(message);
    error->show();
    field->setFocus();
    return false;
}

}  // namespace

bool CompanyWizard::checkCompany() {
    auto refuse = [this](const QString& message, QWidget* field) {
        return refuseAt(m_companyError, message, field);
    };
    if (m_company->text().simplified().isEmpty()) {
        return refuse(tr("Enter the company's name."), m_company);
    }
    if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid()) {
        return refuse(tr("\"%1\" is not a known time zone.").arg(m_zone->currentText()), m_zone);
    }
    const QFileInfo file(m_file->text().trimmed());
    if (m_file->text().trimmed().isEmpty() || file.exists()) {
        return refuse(file.exists() ? tr("The file \"%1\" exists already; choose a new file.")
                                          .arg(QDir::toNativeSeparators(file.absoluteFilePath()))
                                    : tr("Choose where the data file is kept."),
                      m_file);
    }
    if (!QDir().mkpath(file.absolutePath())) {
        return refuse(tr("The folder \"%1\" cannot be created.").arg(file.absolutePath()), m_file);
    }
    m_companyError->hide();
    return true;
}

bool CompanyWizard::checkAdmin() {
    auto refuse = [this](const QString& message, QWidget* field) {
        return refuseAt(m_adminError, message, field);
    };
    if (m_login->text().trimmed().isEmpty()) {
        return refuse(tr("Enter a login."), m_login);
    }
    if (const core::Status good = core::SignIn::checkPassword(m_password->text()); !good) {
        return refuse(good.error().message(), m_password);
    }
    if (m_password->text() != m_repeat->text()) {
        return refuse(tr("The two passwords differ."), m_repeat);
    }
    m_adminError->hide();
    return true;
}

bool CompanyWizard::create() {
    const QString path = QFileInfo(m_file->text().trimmed()).absoluteFilePath();
    core::Result<std::unique_ptr<core::Database>> opened =
        core::Database::open(path, core::OpenMode::CreateNew);
    if (!opened) {
        m_createError->setText(opened.error().message());
        m_createError->show();
        return false;
    }
    std::unique_ptr<core::Database> db = std::move(opened).value();
    core::CompanyInput input;
    input.companyName = m_company->text();
    input.reportTimeZone = m_zone->currentText().trimmed();
    input.office = m_office->office();
    input.adminName = m_adminName->text();
    input.adminLogin = m_login->text();
    input.adminPassword = m_password->text();
    const core::Result<core::Id> created = core::CompanySetup(*db, m_clock).create(input);
    core::Result<core::Actor> signedIn =
        created ? core::SignIn(*db, m_clock).signIn(input.adminLogin.trimmed(), input.adminPassword)
                : core::Result<core::Actor>(created.error());
    if (!signedIn) {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(path + QLatin1String(suffix));  // nothing half-made stays behind
        }
        m_createError->setText(signedIn.error().message());
        m_createError->show();
        return false;
    }
    m_db = std::move(db);
    return true;
}

}  // namespace fd::app
