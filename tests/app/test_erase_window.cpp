// Erasing a client's personal data from the leads list: the head confirms in the row's menu, the
// row shows no name any more, and the lead stays in the list.
#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "test_support.h"

#include "models/leads_model.h"
#include "services/demo_generator.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "views/leads_workspace.h"
#include "views/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace fd;
using fd::test::Demo;
using fd::test::require;

namespace {

std::unique_ptr<core::Database> signedIn(const QString& path, const QString& login,
                                         const core::Clock& clock) {
    auto db = require(core::Database::open(path, core::OpenMode::Existing));
    REQUIRE(core::SignIn(*db, clock).signIn(login, QString::fromLatin1(core::kDemoPassword)).ok());
    return db;
}

QAction* eraseAction(QWidget* list) {
    for (QAction* a : list->actions()) {
        if (a->text().contains(QStringLiteral("Erase"))) {
            return a;
        }
    }
    return nullptr;
}

app::LeadsWorkspace* leadsOf(app::MainWindow& window) {
    REQUIRE(window.selectWorkspace(QStringLiteral("leads")));
    auto* leads = qobject_cast<app::LeadsWorkspace*>(window.currentWorkspace());
    REQUIRE(leads);
    for (int i = 0; i < 1000 && !leads->isReady(); ++i) {
        QTest::qWait(10);
    }
    REQUIRE(leads->isReady());
    return leads;
}

}  // namespace

TEST_CASE("The head erases a client's personal data from the leads list after confirming", "[app][erasure]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    const QString path = demo.db->path();
    demo.db.reset();

    {
        app::MainWindow window(signedIn(path, QStringLiteral("operator1"), demo.clock), demo.clock);
        CHECK(eraseAction(leadsOf(window)->view()) == nullptr);  // not an operator's to do
    }
    app::MainWindow window(signedIn(path, QStringLiteral("head"), demo.clock), demo.clock);
    window.show();
    app::LeadsWorkspace* leads = leadsOf(window);
    QTableView* list = leads->view();
    QAction* erase = eraseAction(list);
    REQUIRE(erase);
    list->setCurrentIndex(leads->model()->index(0, 0));
    const core::Id lead = leads->model()->rowAt(0)->id;
    const QString name = leads->model()->rowAt(0)->name;
    REQUIRE_FALSE(name.isEmpty());

    // The first time the head thinks better of it; the second time they confirm.
    QString question;
    for (const QMessageBox::StandardButton answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QTimer::singleShot(50, [&question, answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            question = box->text();
            box->button(answer)->click();
        });
        erase->trigger();
        CHECK(question.contains(name));
        if (answer == QMessageBox::Cancel) {
            QSqlQuery q(window.database().connection());
            REQUIRE(q.exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase_personal_data'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
        }
    }
    QSqlQuery q(window.database().connection());
    q.prepare(
        QStringLiteral("SELECT c.name, c.phone_e164 FROM leads l JOIN contacts c ON c.id = l.contact_id "
                       "WHERE l.id = ?"));
    q.addBindValue(lead);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().isEmpty());
    CHECK(q.value(1).isNull());
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase_personal_data'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
