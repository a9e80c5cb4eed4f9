#include "services/company_setup.h"

#include "services/catalog_service.h"
#include "services/sign_in.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/server_security.h"
#include "storage/staff_repository.h"
#include "util/password.h"

#include <QTimeZone>

namespace fd::core {

namespace {

Status checkInput(const CompanyInput& in) {
    if (in.companyName.trimmed().isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the company's name."),
                       QStringLiteral("company"));
    }
    if (!QTimeZone(in.reportTimeZone.toUtf8()).isValid()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."),
                       QStringLiteral("report_time_zone"), {in.reportTimeZone});
    }
    if (in.adminLogin.trimmed().isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter a login."), QStringLiteral("login"));
    }
    return SignIn::checkPassword(in.adminPassword);
}

}  // namespace

Result<Id> CompanySetup::create(const CompanyInput& in) {
    if (Status good = checkInput(in); !good) {
        return good.error();
    }
    const QString hash = hashPassword(in.adminPassword);
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        if (!CatalogRepository(m_db).offices().empty() || StaffRepository(m_db).anyLogin()) {
            return Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "This database already has a company; start a new one in a new file."));
        }
        CatalogService catalog(m_db, m_clock);
        Result<Id> office = catalog.addOffice(in.office);
        if (!office) {
            return office.error();
        }
        Employee admin;
        admin.name = in.adminName.trimmed().isEmpty() ? in.adminLogin.trimmed() : in.adminName.trimmed();
        admin.role = Role::Admin;
        Result<Id> adminId = catalog.addEmployee(admin);
        if (!adminId) {
            return adminId.error();
        }
        StaffRepository staff(m_db);
        staff.setLogin(*adminId, in.adminLogin.trimmed());
        staff.setPasswordHash(*adminId, m_db.onServer() ? QStringLiteral("server") : hash);
        syncServerLogin(m_db, *adminId, {}, in.adminPassword);
        CatalogRepository settings(m_db);
        settings.setSetting(QStringLiteral("company_name"), in.companyName.trimmed());
        settings.setSetting(QStringLiteral("report_time_zone"), in.reportTimeZone);
        AuditRepository(m_db).append(now, *adminId, QStringLiteral("create"), QStringLiteral("company"),
                                     std::nullopt, in.companyName.trimmed());
        return *adminId;
    });
}

}  // namespace fd::core
