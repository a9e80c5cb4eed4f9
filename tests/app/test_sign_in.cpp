#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "test_support.h"

#include "dialogs/change_password_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "services/demo_generator.h"
#include "services/sign_in.h"
#include "views/main_window.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <catch2/catch.hpp>

using namespace fd;
using fd::test::require;

namespace {

const QString kPassword = QString::fromLatin1(core::kDemoPassword);

/// The demo company's database opened and signed in as `login`.
std::unique_ptr<core::Database> signedIn(const QString& path, const QString& login) {
    auto db = require(core::Database::open(path, core::OpenMode::Existing));
    require(core::SignIn(*db).signIn(login, kPassword));
    return db;
}

}  // namespace

TEST_CASE("Each role's window holds the workspaces of its job, and the status bar names who is signed in",
          "[app][sign-in]") {
    fd::test::Language english{QStringLiteral("en")};
    QString path;
    {
        fd::test::Demo demo;
        path = demo.dir.filePath(QStringLiteral("copy.sqlite"));
        demo.db.reset();
        REQUIRE(QFile::copy(demo.dir.filePath(QStringLiteral("demo.sqlite")), path));
        demo.dir.setAutoRemove(false);
    }
    const std::pair<const char*, QStringList> roles[] = {
        {"operator1",
         {QStringLiteral("leads"), QStringLiteral("operator"), QStringLiteral("kpi"),
          QStringLiteral("health")}},
        {"manager1",
         {QStringLiteral("leads"), QStringLiteral("office"), QStringLiteral("kpi"),
          QStringLiteral("health")}},
        {"marketer",
         {QStringLiteral("leads"), QStringLiteral("dashboard"), QStringLiteral("kpi"),
          QStringLiteral("health")}},
        {"head",
         {QStringLiteral("leads"), QStringLiteral("operator"), QStringLiteral("office"),
          QStringLiteral("dashboard"), QStringLiteral("kpi"), QStringLiteral("health"),
          QStringLiteral("settings"), QStringLiteral("audit")}},
        {"admin",
         {QStringLiteral("leads"), QStringLiteral("dashboard"), QStringLiteral("kpi"),
          QStringLiteral("health"), QStringLiteral("settings"), QStringLiteral("audit")}},
    };
    for (const auto& [login, workspaces] : roles) {
        INFO(login);
        QSettings().clear();
        app::MainWindow window(signedIn(path, QString::fromLatin1(login)));
        CHECK(window.workspaceIds() == workspaces);
        CHECK(window.signedInText().contains(window.database().actor()->name));
    }

    // The operator works as themselves: the queue opens on their own name, no picker.
    QSettings().clear();
    app::MainWindow operatorWindow(signedIn(path, QStringLiteral("operator1")));
    REQUIRE(operatorWindow.selectWorkspace(QStringLiteral("operator")));
    auto* desk = qobject_cast<app::OperatorWorkspace*>(operatorWindow.currentWorkspace());
    REQUIRE(desk);
    CHECK(desk->operatorId() == operatorWindow.database().actor()->employeeId);
    CHECK(operatorWindow.signedInText().contains(QStringLiteral("operator")));

    // The manager works at their own office, as themselves; neither can be changed.
    app::MainWindow managerWindow(signedIn(path, QStringLiteral("manager1")));
    REQUIRE(managerWindow.selectWorkspace(QStringLiteral("office")));
    auto* office = qobject_cast<app::OfficeWorkspace*>(managerWindow.currentWorkspace());
    REQUIRE(office);
    CHECK(office->officeId() == managerWindow.database().actor()->officeId);
    CHECK(office->managerId() == managerWindow.database().actor()->employeeId);

    // File ▸ Switch user: the marketer signs in at the operator's window, which follows the role.
    bool ran = false;
    fd::test::whenDialogOpens<app::SignInDialog>(
        [](app::SignInDialog* d) {
            d->loginEdit()->setText(QStringLiteral("marketer"));
            d->passwordEdit()->setText(kPassword);
            QTest::keyClick(d->passwordEdit(), Qt::Key_Return);
        },
        &ran);
    operatorWindow.switchUser();
    REQUIRE(ran);
    CHECK(operatorWindow.workspaceIds() == QStringList{QStringLiteral("leads"), QStringLiteral("dashboard"),
                                                       QStringLiteral("kpi"), QStringLiteral("health")});
    CHECK(operatorWindow.signedInText().contains(QStringLiteral("marketer")));
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

TEST_CASE("The sign-in dialog remembers the login, never the password, and says what was wrong",
          "[app][sign-in]") {
    fd::test::Language english{QStringLiteral("en")};
    fd::test::Demo demo;
    QSettings().clear();
    {
        app::SignInDialog dialog(*demo.db);
        dialog.show();
        CHECK(dialog.loginEdit()->text() == QStringLiteral("head"));  // the demo's first sign-in
        dialog.loginEdit()->clear();
        fd::test::typeText(dialog.loginEdit(), QStringLiteral("manager1"));
        fd::test::typeText(dialog.passwordEdit(), QStringLiteral("not the one"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        CHECK(dialog.errorText() == QStringLiteral("Wrong login or password."));
        CHECK_FALSE(dialog.actor().has_value());
        dialog.passwordEdit()->clear();
        fd::test::typeText(dialog.passwordEdit(), kPassword);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        REQUIRE(dialog.actor().has_value());
        CHECK(dialog.actor()->role == core::Role::OfficeManager);
        CHECK(demo.db->actor().has_value());
    }
    app::SignInDialog again(*demo.db);
    CHECK(again.loginEdit()->text() == QStringLiteral("manager1"));
    CHECK(again.passwordEdit()->text().isEmpty());
    // The settings keep the login for the database and nothing of the password.
    bool loginKept = false;
    for (const QString& key : QSettings().allKeys()) {
        const QVariant value = QSettings().value(key);
        const QStringList texts = value.typeId() == QMetaType::QVariantMap
                                      ? QVariant(value.toMap().values()).toStringList()
                                      : QStringList{value.toString()};
        for (const QString& text : texts) {
            loginKept = loginKept || text == QStringLiteral("manager1");
            CHECK_FALSE(text.contains(kPassword));
        }
    }
    CHECK(loginKept);
}

TEST_CASE("A person changes their own password knowing the current one", "[app][sign-in]") {
    fd::test::Language english{QStringLiteral("en")};
    fd::test::Demo demo;
    require(core::SignIn(*demo.db).signIn(QStringLiteral("operator1"), kPassword));
    app::ChangePasswordDialog dialog(*demo.db, core::systemClock());
    dialog.show();
    auto save = [&](const QString& current, const QString& fresh, const QString& repeat) {
        for (QLineEdit* e : {dialog.currentEdit(), dialog.freshEdit(), dialog.repeatEdit()}) {
            e->clear();
        }
        fd::test::typeText(dialog.currentEdit(), current);
        fd::test::typeText(dialog.freshEdit(), fresh);
        fd::test::typeText(dialog.repeatEdit(), repeat);
        QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
    };
    save(kPassword, QStringLiteral("new password 1"), QStringLiteral("new password 2"));
    CHECK(dialog.errorText() == QStringLiteral("The new password and its repetition differ."));
    save(QStringLiteral("wrong"), QStringLiteral("new password 1"), QStringLiteral("new password 1"));
    CHECK(dialog.errorText() == QStringLiteral("The current password is not right."));
    save(kPassword, QStringLiteral("short"), QStringLiteral("short"));
    CHECK(dialog.errorText().contains(QStringLiteral("at least 8")));
    save(kPassword, QStringLiteral("new password 1"), QStringLiteral("new password 1"));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(core::SignIn(*demo.db).signIn(QStringLiteral("operator1"), kPassword).ok());
    CHECK(core::SignIn(*demo.db).signIn(QStringLiteral("operator1"), QStringLiteral("new password 1")).ok());
}
