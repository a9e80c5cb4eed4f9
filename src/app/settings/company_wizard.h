#pragma once

#include "services/service_context.h"
#include "storage/database.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QComboBox;

namespace fd::app {

class OfficeForm;

/// Starts a company of one's own: its name and reporting time zone and where its file is kept,
/// the first office, the first administrator, and at the end an offer to import leads from
/// another CRM. Finishing creates the database (all of it or nothing) with the administrator
/// signed in.
class CompanyWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { CompanyPage, OfficePage, AdminPage, FinishPage };

    CompanyWizard(QString folder, core::Clock clock, QWidget* parent = nullptr);
    ~CompanyWizard() override;

    /// The database made, its administrator signed in (after the wizard was accepted).
    std::unique_ptr<core::Database> takeDatabase() { return std::move(m_db); }
    /// Whether the user asked to import leads right away.
    bool importRequested() const;

    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* fileEdit() const { return m_file; }
    OfficeForm* officeForm() const { return m_office; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* buildCompanyPage();
    QWizardPage* buildOfficePage();
    QWizardPage* buildAdminPage();
    QWizardPage* buildFinishPage();
    bool checkCompany();
    bool checkAdmin();
    bool create();
    void suggestFile();

    QString m_folder;
    core::Clock m_clock;
    std::unique_ptr<core::Database> m_db;
    bool m_fileTyped = false;
    QLineEdit* m_company = nullptr;
    QComboBox* m_zone = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_companyError = nullptr;
    OfficeForm* m_office = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_adminError = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_import = nullptr;
    QLabel* m_createError = nullptr;
};

}  // namespace fd::app
