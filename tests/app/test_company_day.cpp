// A whole first day of a new company, driven through the windows as its people would: the wizard,
// the administrator's settings, the operator, the office manager, the head's dashboard and the
// audit trail.

#include "app_test_support.h"
#include "test_support.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "first_start.h"
#include "funnel/funnel_report.h"
#include "models/dashboard_model.h"
#include "models/rows_model.h"
#include "settings/audit_workspace.h"
#include "settings/company_wizard.h"
#include "settings/first_start_dialog.h"
#include "settings/office_form.h"
#include "settings/settings_workspace.h"
#include "settings/staff_page.h"
#include "views/main_window.h"
#include "views/marketing_workspace.h"
#include "views/office_workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fd::core;
using fd::test::msk;
using fd::test::typeText;
using fd::test::whenDialogOpens;

namespace {

void click(QAbstractButton* button) {
    REQUIRE(button != nullptr);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Replaces what a line edit holds by typing.
void retype(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->text() == text && b->isVisible()) {
            return b;
        }
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

void waitReady(fd::app::MainWindow& window) {
    bool ready = false;
    window.whenReady([&](bool ok, const QString&) { ready = ok; });
    for (int i = 0; i < 250 && !ready; ++i) {
        QTest::qWait(20);
    }
    REQUIRE(ready);
}

/// A key pressed on the keyboard: it goes where the focus is.
void press(fd::app::MainWindow& window, Qt::Key key) {
    QApplication::setActiveWindow(&window);
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, key);
}

/// File ▸ Switch user, typing the login and password into the sign-in dialog.
void switchTo(fd::app::MainWindow& window, const QString& login, const QString& password) {
    bool ran = false;
    whenDialogOpens<fd::app::SignInDialog>(
        [&](fd::app::SignInDialog* d) {
            retype(d->loginEdit(), login);
            typeText(d->passwordEdit(), password);
            QTest::keyClick(d->passwordEdit(), Qt::Key_Return);
        },
        &ran);
    window.switchUser();
    REQUIRE(ran);
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.database().actor());
    REQUIRE(window.database().actor()->login == login);
}

/// Adds a person on the staff tab: New person, the fields, Save.
void addPerson(fd::app::StaffPage* staff, const QString& name, const QString& login, int role, int office,
               const QString& password) {
    click(staff->newButton());
    typeText(staff->nameEdit(), name);
    typeText(staff->loginEdit(), login);
    staff->roleBox()->setCurrentIndex(role);
    staff->officeBox()->setCurrentIndex(office);
    typeText(staff->passwordEdit(), password);
    click(staff->saveButton());
}

}  // namespace

TEST_CASE(
    "A new company's first day: wizard, staff, a booked lead, a target sale paid, the dashboard and the "
    "audit",
    "[app][company]") {
    QSettings().clear();
    fd::test::Language english{QStringLiteral("en")};
    QTemporaryDir dir;
    qint64 now = msk(2026, 3, 2, 8, 30);  // a Monday morning, before the office opens
    const Clock clock = [&now] { return now; };

    // The wizard: the company, its first office (a slot of 0 seats is refused at its field), the admin.
    fd::app::CompanyWizard wizard(dir.path(), clock);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    typeText(wizard.companyEdit(), QStringLiteral("Весна"));
    CHECK(wizard.fileEdit()->text() == dir.filePath(QStringLiteral("Весна.sqlite")));
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == fd::app::CompanyWizard::OfficePage);
    typeText(wizard.officeForm()->nameEdit(), QStringLiteral("Центральный"));
    wizard.officeForm()->seatsBox()->setValue(0);
    click(wizard.button(QWizard::NextButton));
    CHECK(wizard.currentId() == fd::app::CompanyWizard::OfficePage);
    CHECK(wizard.officeForm()->seatsBox()->hasFocus());
    wizard.officeForm()->seatsBox()->setValue(2);
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == fd::app::CompanyWizard::AdminPage);
    retype(wizard.loginEdit(), QStringLiteral("boss"));
    typeText(wizard.passwordEdit(), QStringLiteral("boss-password"));
    typeText(wizard.repeatEdit(), QStringLiteral("boss-password"));
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == fd::app::CompanyWizard::FinishPage);
    click(wizard.button(QWizard::FinishButton));
    REQUIRE(wizard.result() == QDialog::Accepted);
    std::unique_ptr<Database> db = wizard.takeDatabase();
    REQUIRE(db);
    REQUIRE(db->actor()->role == Role::Admin);

    fd::app::MainWindow window(std::move(db), clock);
    window.resize(1280, 720);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.workspaceIds().contains(QStringLiteral("settings")));

    // The administrator adds a channel, an operator, a manager of the office and a head.
    REQUIRE(window.selectWorkspace(QStringLiteral("settings")));
    waitReady(window);
    auto* settings = qobject_cast<fd::app::SettingsWorkspace*>(window.currentWorkspace());
    REQUIRE(settings);
    settings->selectTab(fd::app::SettingsWorkspace::Tab::Channels);
    bool ran = false;
    whenDialogOpens<QInputDialog>(
        [](QInputDialog* d) {
            d->setTextValue(QStringLiteral("Сайт"));
            d->accept();
        },
        &ran);
    click(buttonNamed(settings, QStringLiteral("&Add…")));
    REQUIRE(ran);
    settings->selectTab(fd::app::SettingsWorkspace::Tab::Staff);
    fd::app::StaffPage* staff = settings->staffPage();
    addPerson(staff, QStringLiteral("Ольга Операторова"), QStringLiteral("olga"), 0, 0,
              QStringLiteral("olga-password"));
    addPerson(staff, QStringLiteral("Максим Менеджеров"), QStringLiteral("max"), 1, 1,
              QStringLiteral("max-password"));
    addPerson(staff, QStringLiteral("Сергей Директоров"), QStringLiteral("sergey"), 3, 0,
              QStringLiteral("sergey-password"));
    REQUIRE(staff->table()->model()->rowCount() == 4);

    // The operator signs in, takes a call from a new client and books the first free slot.
    switchTo(window, QStringLiteral("olga"), QStringLiteral("olga-password"));
    CHECK(window.workspaceIds() == QStringList{QStringLiteral("leads"), QStringLiteral("operator"),
                                               QStringLiteral("kpi"), QStringLiteral("health")});
    REQUIRE(window.selectWorkspace(QStringLiteral("operator")));
    waitReady(window);
    ran = false;
    whenDialogOpens<fd::app::NewLeadDialog>(
        [](fd::app::NewLeadDialog* d) {
            typeText(d->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Клара Клиентова"));
            d->findChild<QComboBox*>(QStringLiteral("channel"))->setCurrentIndex(1);
            auto* phone = d->findChild<QLineEdit*>(QStringLiteral("phone"));
            QTest::keyClicks(phone, QStringLiteral("+7 912 555 01 01"));
            QTest::keyClick(phone, Qt::Key_Return);
        },
        &ran);
    press(window, Qt::Key_Insert);
    REQUIRE(ran);
    ran = false;
    whenDialogOpens<fd::app::BookingDialog>(
        [](fd::app::BookingDialog* d) { QTest::keyClick(d->grid(), Qt::Key_Return); }, &ran);
    press(window, Qt::Key_7);
    REQUIRE(ran);
    Database& data = window.database();
    QSqlQuery q(data.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT scheduled_at FROM meetings")));
    REQUIRE(q.next());
    const qint64 slot = q.value(0).toLongLong();
    q.finish();                         // no read left open on the window's connection
    CHECK(slot == msk(2026, 3, 2, 9));  // the first free slot: today at opening

    // The manager signs in when the client comes, marks the arrival, records a target sale and takes the
    // money.
    now = slot + 5 * 60;
    switchTo(window, QStringLiteral("max"), QStringLiteral("max-password"));
    CHECK(window.workspaceIds() == QStringList{QStringLiteral("leads"), QStringLiteral("office"),
                                               QStringLiteral("kpi"), QStringLiteral("health")});
    REQUIRE(window.selectWorkspace(QStringLiteral("office")));
    waitReady(window);
    auto* office = qobject_cast<fd::app::OfficeWorkspace*>(window.currentWorkspace());
    REQUIRE(office->dayView()->model()->rowCount() == 1);
    office->dayView()->setFocus();
    office->dayView()->selectRow(0);
    QTest::keyClick(office->dayView(), Qt::Key_A);
    ran = false;
    QString outcomeError;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&outcomeError](fd::app::OutcomeDialog* d) {
            d->amountEdit()->setText(QStringLiteral("120 000"));
            QTest::keyClick(d->amountEdit(), Qt::Key_Return);
            outcomeError = d->isVisible() ? d->errorText() : QString();
        },
        &ran);
    QTest::keyClick(office->dayView(), Qt::Key_O);
    REQUIRE(ran);
    INFO(outcomeError.toStdString());
    INFO(window.statusBar()->currentMessage().toStdString());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM deals")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toInt() == 1);
    q.finish();  // no read left open: the workspaces' connections write the list's chunks meanwhile
    now += 10 * 60;
    ran = false;
    whenDialogOpens<fd::app::PaymentDialog>([](fd::app::PaymentDialog* d) { d->save(); }, &ran);
    QApplication::setActiveWindow(&window);  // back from the outcome dialog
    QTest::keyClick(office->dayView(), Qt::Key_P);
    REQUIRE(ran);

    // The head reads the funnel: one lead, one target arrival, one sale, the money.
    switchTo(window, QStringLiteral("sergey"), QStringLiteral("sergey-password"));
    REQUIRE(window.selectWorkspace(QStringLiteral("dashboard")));
    auto* dashboard = qobject_cast<fd::app::MarketingWorkspace*>(window.currentWorkspace());
    dashboard->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    waitReady(window);
    const FunnelGroup& total = dashboard->model()->report().total;
    CHECK(total.stages[static_cast<size_t>(Stage::Lead)] == 1);
    CHECK(total.stages[static_cast<size_t>(Stage::Target)] == 1);
    CHECK(total.stages[static_cast<size_t>(Stage::Sale)] == 1);
    CHECK(total.money.revenue == 12'000'000);

    // The audit trail lists every step under the name of who took it.
    REQUIRE(window.selectWorkspace(QStringLiteral("audit")));
    waitReady(window);
    auto* audit = qobject_cast<fd::app::AuditWorkspace*>(window.currentWorkspace());
    QStringList lines;
    for (int r = 0; r < audit->model()->rowCount(); ++r) {
        lines << audit->model()->index(r, 1).data().toString() + QStringLiteral(": ") +
                     audit->model()->index(r, 3).data().toString() + QLatin1Char(' ') +
                     audit->model()->index(r, 4).data().toString().section(QLatin1Char(' '), 0, 0);
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    for (const char* expected :
         {"boss: created person", "boss: created channel", "Ольга Операторова: created lead",
          "Ольга Операторова: booked meeting", "Максим Менеджеров: arrival marked meeting",
          "Максим Менеджеров: outcome recorded meeting", "Максим Менеджеров: created payment",
          "Сергей Директоров: signed in person"}) {
        CHECK(lines.contains(QString::fromUtf8(expected)));
    }
    // Only Maxim's steps, exported as the filters show them.
    audit->personBox()->setCurrentIndex(audit->personBox()->findText(QStringLiteral("Максим Менеджеров")));
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(audit->exportTo(csv).isEmpty());
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.count(QStringLiteral("Максим Менеджеров")) == audit->model()->rowCount());
    CHECK_FALSE(text.contains(QStringLiteral("Ольга Операторова")));
    CHECK(audit->exportTo(dir.filePath(QStringLiteral("audit.xlsx"))).isEmpty());
    CHECK(QFileInfo(dir.filePath(QStringLiteral("audit.xlsx"))).size() > 1000);
}

TEST_CASE("The first start's \"Start my company\" runs the wizard and opens the new company signed in",
          "[app][company]") {
    QSettings().clear();
    fd::test::Language english{QStringLiteral("en")};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("own.sqlite"));
    bool chose = false;
    bool wizardRan = false;
    whenDialogOpens<fd::app::FirstStartDialog>(
        [&](fd::app::FirstStartDialog* d) {
            CHECK(d->demoButton()->isDefault());
            whenDialogOpens<fd::app::CompanyWizard>(
                [&](fd::app::CompanyWizard* w) {
                    typeText(w->companyEdit(), QStringLiteral("Своя"));
                    retype(w->fileEdit(), file);
                    w->next();
                    typeText(w->officeForm()->nameEdit(), QStringLiteral("Офис"));
                    w->next();
                    typeText(w->passwordEdit(), QStringLiteral("admin-password"));
                    typeText(w->repeatEdit(), QStringLiteral("admin-password"));
                    w->next();
                    w->button(QWizard::FinishButton)->click();
                },
                &wizardRan);
            d->companyButton()->click();
        },
        &chose);
    fd::app::FirstStart start = fd::app::runFirstStart([] { return msk(2026, 3, 2, 8); });
    REQUIRE(chose);
    REQUIRE(wizardRan);
    REQUIRE(start.db);
    CHECK(start.error.isEmpty());
    CHECK(start.db->path() == file);
    REQUIRE(start.db->actor());
    CHECK(start.db->actor()->login == QStringLiteral("admin"));
    CHECK(QFile::exists(file));
}
