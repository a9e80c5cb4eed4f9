// The settings workspace as the administrator and the head use it.

#include "app_test_support.h"
#include "test_support.h"

#include "services/catalog_service.h"
#include "services/lead_service.h"
#include "settings/office_form.h"
#include "settings/offices_page.h"
#include "settings/settings_workspace.h"
#include "settings/staff_page.h"
#include "storage/catalog_repository.h"
#include "storage/content_digest.h"
#include "views/main_window.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace fd::core;
using fd::test::require;
using fd::test::whenDialogOpens;
using fd::test::World;

namespace {

/// The main window on the world's database with `role`'s person signed in, on the settings.
struct SettingsWindow {
    SettingsWindow(World& w, Role role)
        : window(
              [&] {
                  std::unique_ptr<Database> db = require(Database::open(w.path(), OpenMode::Existing));
                  const Id id =
                      require(CatalogService(*db, w.clock)
                                  .addEmployee({0, QStringLiteral("Настройщик"), role, std::nullopt, true}));
                  db->setActor(Actor{id, role, std::nullopt, QStringLiteral("Настройщик"), {}});
                  return db;
              }(),
              w.clock) {
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.selectWorkspace(QStringLiteral("settings")));
        bool ready = false;
        window.whenReady([&](bool ok, const QString&) { ready = ok; });
        for (int i = 0; i < 250 && !ready; ++i) {
            QTest::qWait(20);
        }
        REQUIRE(ready);
        settings = qobject_cast<fd::app::SettingsWorkspace*>(window.currentWorkspace());
        REQUIRE(settings);
    }
    fd::app::MainWindow window;
    fd::app::SettingsWorkspace* settings = nullptr;
};

QLabel* visibleError(QWidget* page) {
    for (QLabel* l : page->findChildren<QLabel*>()) {
        if (l->isVisible() && l->styleSheet().contains(QLatin1String("#b01c1c")) && !l->text().isEmpty()) {
            return l;
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("The settings refuse a bad office value at its field and keep what is stored", "[app][settings]") {
    QSettings().clear();
    fd::test::Language english{QStringLiteral("en")};
    World w;
    SettingsWindow s(w, Role::Admin);
    fd::app::OfficesPage* offices = s.settings->officesPage();
    REQUIRE(offices->list()->count() == 2);
    offices->list()->setCurrentRow(0);
    const QByteArray before = contentDigest(*w.db);

    fd::app::OfficeForm* form = offices->form();
    form->closesEdit()->setTime(QTime(8, 0));  // before it opens at 09:00
    QTest::mouseClick(offices->saveButton(), Qt::LeftButton);
    QLabel* error = visibleError(offices);
    REQUIRE(error);
    CHECK(error->text() == QStringLiteral("The working hours must end after they start."));
    CHECK(form->closesEdit()->hasFocus());
    CHECK(contentDigest(*w.db) == before);

    form->closesEdit()->setTime(QTime(18, 0));
    form->timeZoneBox()->setCurrentText(QStringLiteral("Europe/Atlantis"));
    QTest::mouseClick(offices->saveButton(), Qt::LeftButton);
    REQUIRE(visibleError(offices));
    CHECK(visibleError(offices)->text().contains(QStringLiteral("Europe/Atlantis")));
    CHECK(form->timeZoneBox()->hasFocus());
    CHECK(contentDigest(*w.db) == before);

    form->timeZoneBox()->setCurrentText(QStringLiteral("Europe/Moscow"));
    form->seatsBox()->setValue(3);
    QTest::mouseClick(offices->saveButton(), Qt::LeftButton);
    CHECK_FALSE(visibleError(offices));
    CHECK(CatalogRepository(*w.db).office(w.moscow)->seatsPerSlot == 3);
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("Office saved: Москва"));

    // A new office named like another one is refused at the name.
    QTest::mouseClick(offices->newButton(), Qt::LeftButton);
    fd::test::typeText(form->nameEdit(), QStringLiteral("екатеринбург"));
    QTest::mouseClick(offices->saveButton(), Qt::LeftButton);
    REQUIRE(visibleError(offices));
    CHECK(form->nameEdit()->hasFocus());
    CHECK(w.count("offices") == 2);

    // A login taken by someone else is refused at the login, and nobody is added.
    s.settings->selectTab(fd::app::SettingsWorkspace::Tab::Staff);
    fd::app::StaffPage* staff = s.settings->staffPage();
    const qint64 people = w.count("employees");
    for (const char* login : {"anna", "anna"}) {
        QTest::mouseClick(staff->newButton(), Qt::LeftButton);
        fd::test::typeText(staff->nameEdit(), QStringLiteral("Анна"));
        fd::test::typeText(staff->loginEdit(), QString::fromLatin1(login));
        fd::test::typeText(staff->passwordEdit(), QStringLiteral("anna-password"));
        QTest::mouseClick(staff->saveButton(), Qt::LeftButton);
    }
    REQUIRE(visibleError(staff));
    CHECK(visibleError(staff)->text().contains(QStringLiteral("taken")));
    CHECK(staff->loginEdit()->hasFocus());
    CHECK(w.count("employees") == people + 1);
}

TEST_CASE(
    "Deactivating an operator asks whom to hand their callbacks to, and the head only reads the settings",
    "[app][settings]") {
    QSettings().clear();
    fd::test::Language english{QStringLiteral("en")};
    World w;
    NewLead in;
    in.name = QStringLiteral("Клиент Перезвонить");
    in.phone = QStringLiteral("+79120000801");
    in.operatorId = w.operatorA;
    const Id lead = require(LeadService(*w.db, w.clock).createLead(in)).leadId;
    CallInput call;
    call.leadId = lead;
    call.operatorId = w.operatorA;
    call.outcome = CallOutcome::Callback;
    call.callbackAt = w.now + 7200;
    require(LeadService(*w.db, w.clock).logCall(call));
    {
        SettingsWindow s(w, Role::Admin);
        s.settings->selectTab(fd::app::SettingsWorkspace::Tab::Staff);
        fd::app::StaffPage* staff = s.settings->staffPage();
        staff->table()->selectRow(0);  // Оператор А
        REQUIRE(staff->nameEdit()->text() == QStringLiteral("Оператор А"));
        QString question;
        bool ran = false;
        whenDialogOpens<QInputDialog>(
            [&](QInputDialog* d) {
                question = d->labelText();
                d->setTextValue(QStringLiteral("Оператор Б"));
                d->accept();
            },
            &ran);
        QTest::mouseClick(staff->deactivateButton(), Qt::LeftButton);
        REQUIRE(ran);
        CHECK(question.contains(QStringLiteral("1 callback(s)")));
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT assignee_id FROM tasks WHERE lead_id = %1 AND status = 'open'")
                           .arg(lead)));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == w.operatorB);
        CHECK_FALSE(CatalogRepository(*w.db).employee(w.operatorA)->active);
    }
    SettingsWindow head(w, Role::Head);
    fd::app::OfficesPage* offices = head.settings->officesPage();
    CHECK_FALSE(offices->saveButton()->isVisible());
    CHECK_FALSE(offices->form()->nameEdit()->isEnabled());
    CHECK_FALSE(head.settings->staffPage()->newButton()->isVisible());
    CHECK(head.window.workspaceIds().contains(QStringLiteral("audit")));
}
