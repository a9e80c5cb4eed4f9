#include "first_start.h"

#include "database_opener.h"
#include "demo_setup.h"
#include "dialogs/connect_server_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "settings/company_wizard.h"
#include "settings/first_start_dialog.h"
#include "settings/office_form.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace fd::app {

namespace {

QString localized(const char* text) {
    return QCoreApplication::translate("fd::app::FirstStart", text);
}

/// Opens an existing file and asks who signs in.
FirstStart openAndSignIn(const QString& path, const core::Clock& clock) {
    FirstStart start;
    core::Result<std::unique_ptr<core::Database>> db = openSignedIn(path, {}, clock, nullptr);
    if (!db) {
        if (db.error().code != core::ErrorCode::Cancelled) {
            start.error = db.error().message();
        }
        return start;
    }
    start.db = std::move(db).value();
    return start;
}

}  // namespace

QString defaultCompanyFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("FunnelDesk"));
}

FirstStart runFirstStart(const core::Clock& clock) {
    for (;;) {
        FirstStartDialog dialog;
        if (dialog.exec() != QDialog::Accepted) {
            return {};
        }
        switch (dialog.choice()) {
            case FirstStartDialog::Choice::Demo: {
                const QString path = defaultDemoPath();
                if (!QFileInfo::exists(path)) {
                    if (QString error = createDemoDatabase(path, true); !error.isEmpty()) {
                        return {nullptr, error, false};
                    }
                }
                FirstStart start = openAndSignIn(path, clock);
                if (start.db || !start.error.isEmpty()) {
                    return start;
                }
                break;  // nobody signed in: choose again
            }
            case FirstStartDialog::Choice::NewCompany: {
                CompanyWizard wizard(defaultCompanyFolder(), clock);
                if (wizard.exec() == QDialog::Accepted) {
                    return {wizard.takeDatabase(), {}, wizard.importRequested()};
                }
                break;
            }
            case FirstStartDialog::Choice::OpenFile: {
                const QString path = QFileDialog::getOpenFileName(
                    nullptr, localized(QT_TRANSLATE_NOOP("fd::app::FirstStart", "Open database")),
                    QDir::homePath(),
                    localized(QT_TRANSLATE_NOOP("fd::app::FirstStart",
                                                "FunnelDesk databases (*.sqlite *.db);;All files (*)")));
                if (!path.isEmpty()) {
                    FirstStart start = openAndSignIn(path, clock);
                    if (start.db || !start.error.isEmpty()) {
                        return start;
                    }
                }
                break;
            }
            case FirstStartDialog::Choice::None:
                return {};
        }
    }
}

int showStartDialog(const LaunchOptions& o) {
    std::unique_ptr<core::Database> db;  // outlives the dialog that signs in to it
    std::unique_ptr<QDialog> dialog;
    QTemporaryDir scratch;  // the wizard's sample file is never created: only its pages are shown
    if (o.dialog == QLatin1String("welcome")) {
        dialog = std::make_unique<FirstStartDialog>();
    } else if (o.dialog == QLatin1String("connect-server")) {
        auto connect = std::make_unique<ConnectServerDialog>();
        core::ServerAddress example;
        example.host = QStringLiteral("crm.office.local");
        example.database = QStringLiteral("funneldesk");
        example.login = QStringLiteral("anna");
        example.tls = core::TlsMode::Require;
        const core::Result<core::ServerAddress> given = core::parseServerAddress(o.db);
        connect->setAddress(core::isServerLocation(o.db) && given ? *given : example);
        dialog = std::move(connect);
    } else if (o.dialog == QLatin1String("sign-in")) {
        core::Result<std::unique_ptr<core::Database>> opened =
            core::Database::open(o.db, core::OpenMode::Existing);
        if (!opened) {
            QTextStream(stderr) << "funneldesk: error: " << opened.error().message() << '\n';
            return 1;
        }
        db = std::move(opened).value();
        auto signIn = std::make_unique<SignInDialog>(*db, o.clock);
        if (!o.user.isEmpty()) {
            signIn->loginEdit()->setText(o.user);
            signIn->passwordEdit()->setFocus();
        }
        dialog = std::move(signIn);
    } else {
        auto wizard = std::make_unique<CompanyWizard>(scratch.path(), o.clock);
        wizard->companyEdit()->setText(
            localized(QT_TRANSLATE_NOOP("fd::app::FirstStart", "Northwind Dental")));
        wizard->fileEdit()->setText(QDir(scratch.path()).filePath(QStringLiteral("northwind.sqlite")));
        wizard->officeForm()->nameEdit()->setText(
            localized(QT_TRANSLATE_NOOP("fd::app::FirstStart", "Main office")));
        wizard->passwordEdit()->setText(QStringLiteral("funneldesk"));
        wizard->repeatEdit()->setText(QStringLiteral("funneldesk"));
        const int pages = o.dialog.endsWith(QLatin1String("office"))  ? 1
                          : o.dialog.endsWith(QLatin1String("admin")) ? 2
                          : o.dialog.endsWith(QLatin1String("ready")) ? 3
                                                                      : 0;
        wizard->show();
        for (int i = 0; i < pages; ++i) {
            wizard->next();
        }
        dialog = std::move(wizard);
    }
    if (o.screenshot.isEmpty()) {
        dialog->exec();
        return 0;
    }
    if (o.size.isValid()) {
        dialog->resize(o.size);
    }
    dialog->show();
    int code = 0;
    QTimer::singleShot(300, dialog.get(), [&] {
        if (!dialog->grab().save(o.screenshot, "PNG")) {
            QTextStream(stderr) << "funneldesk: error: cannot write the screenshot to \"" << o.screenshot
                                << "\"\n";
            code = 1;
        }
        QApplication::exit(code);
    });
    QApplication::exec();
    return code;
}

}  // namespace fd::app
