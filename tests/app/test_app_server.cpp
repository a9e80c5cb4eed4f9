// Two seats of one company on one server: two windows, each connected with its person's own
// login, see each other's work as it happens ([server]: runs on the suite's PostgreSQL).
#include "app_test_support.h"
#include "test_support.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/connect_server_dialog.h"
#include "dialogs/server_sign_in_dialog.h"
#include "models/queue_model.h"
#include "models/rows_model.h"
#include "models/slot_grid_model.h"
#include "services/lead_service.h"
#include "services/sign_in.h"
#include "services/staff_service.h"
#include "views/main_window.h"
#include "views/marketing_workspace.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::typeText;
using fd::test::whenDialogOpens;
using fd::test::World;

namespace {

const QString kPassword = QStringLiteral("Пароль-на-сервере-2");

QString giveLogin(World& w, Id employee, const char* who) {
    return fd::test::giveLogin(*w.db, employee, who, kPassword);
}

/// A window signed in with the person's own login, as the application opens one.
std::unique_ptr<fd::app::MainWindow> seat(World& w, const QString& login) {
    const ServerAddress a = require(parseServerAddress(w.path()));
    auto db = require(fd::app::ServerSignInDialog::connectAs(a, login, kPassword, w.clock));
    auto window = std::make_unique<fd::app::MainWindow>(std::move(db), w.clock);
    window->resize(1400, 860);
    window->show();
    return window;
}

/// Waits until `done` holds, at most `ms`; how long it took.
qint64 waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QTest::qWait(20);
    }
    return t.elapsed();
}

bool dayHas(fd::app::OfficeWorkspace* office, const QString& name) {
    fd::app::RowsModel* m = office->dayModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->index(r, c).data().toString().contains(name)) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

TEST_CASE("Two windows on one server are two seats: a booking made on one shows in the other's office day",
          "[server][seats]") {
    REQUIRE(fd::test::testOnServer());
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    NewLead in;
    in.name = QStringLiteral("Вера Соседова");
    in.phone = QStringLiteral("+79120000701");
    in.createdAt = w.now - 600;
    const Id lead = require(LeadService(*w.db, w.clock).createLead(in)).leadId;
    const QString opLogin = giveLogin(w, w.operatorA, "operator");
    const QString managerLogin = giveLogin(w, w.managerMoscow, "manager");

    auto call = seat(w, opLogin);
    auto office = seat(w, managerLogin);
    INFO(call->windowTitle().toStdString());
    CHECK(call->windowTitle().contains(QStringLiteral("Оператор А")));
    CHECK(call->windowTitle().contains(QLatin1String("(127.0.0.1:")));
    REQUIRE(call->selectWorkspace(QStringLiteral("operator")));
    REQUIRE(office->selectWorkspace(QStringLiteral("office")));
    auto* desk = qobject_cast<fd::app::OfficeWorkspace*>(office->currentWorkspace());
    REQUIRE(desk);
    desk->selectOffice(w.moscow);
    desk->selectDate(QDate(2026, 3, 3));
    REQUIRE(waitFor([&] { return desk->isReady(); }, 10000) < 10000);
    CHECK_FALSE(dayHas(desk, in.name));
    REQUIRE(office->changeFeed()->listening());

    // The operator books tomorrow 11:00 with keys, in their own window.
    auto* ops = qobject_cast<fd::app::OperatorWorkspace*>(call->currentWorkspace());
    REQUIRE(ops);
    REQUIRE(waitFor([&] { return ops->currentLead() == lead; }, 10000) < 10000);
    bool ran = false;
    whenDialogOpens<fd::app::BookingDialog>(
        [&](fd::app::BookingDialog* dialog) {
            QTableView* grid = dialog->grid();
            QTest::keyClick(grid, Qt::Key_Right);
            QTest::keyClick(grid, Qt::Key_Down);
            REQUIRE(grid->currentIndex().data(fd::app::SlotGridModel::StartRole).toLongLong() ==
                    msk(2026, 3, 3, 11));
            QTest::keyClick(grid, Qt::Key_Return);
        },
        &ran);
    QApplication::setActiveWindow(call.get());
    QTest::keyClick(ops->queueView(), Qt::Key_7);
    REQUIRE(ran);

    // The other seat's day shows the client within two seconds, without anyone pressing a key.
    const qint64 took = waitFor([&] { return dayHas(desk, in.name); }, 5000);
    INFO("the office day showed the booking after " << took << " ms");
    CHECK(took < 2000);
    if (const char* dir = std::getenv("FD_SEAT_SCREENSHOTS")) {
        call->grab().save(QStringLiteral("%1/seat-operator.png").arg(QString::fromLocal8Bit(dir)));
        office->grab().save(QStringLiteral("%1/seat-office.png").arg(QString::fromLocal8Bit(dir)));
    }
}

TEST_CASE("Connect to server takes the address field by field and signs in with the person's own password",
          "[server][seats]") {
    REQUIRE(fd::test::testOnServer());
    World w;
    const QString opLogin = giveLogin(w, w.operatorB, "operator");
    const ServerAddress a = require(parseServerAddress(w.path()));

    fd::app::ConnectServerDialog connect;
    connect.show();
    QApplication::setActiveWindow(&connect);
    REQUIRE(QTest::qWaitForWindowActive(&connect));
    QTest::keyClick(connect.hostEdit(), Qt::Key_Return);
    CHECK(connect.isVisible());  // an empty server is refused at its field
    CHECK(connect.hostEdit()->hasFocus());
    typeText(connect.hostEdit(), a.host);
    connect.portEdit()->setValue(a.port);
    typeText(connect.databaseEdit(), a.database);
    typeText(connect.loginEdit(), opLogin);
    connect.tlsBox()->setCurrentIndex(connect.tlsBox()->findData(QVariant::fromValue(TlsMode::Disable)));
    QTest::keyClick(connect.loginEdit(), Qt::Key_Return);
    REQUIRE(connect.result() == QDialog::Accepted);
    const ServerAddress made = connect.address();
    CHECK(made.url() == QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                            .arg(opLogin, a.host)
                            .arg(a.port)
                            .arg(a.database));

    fd::app::ServerSignInDialog signIn(made, w.clock);
    signIn.show();
    CHECK(signIn.loginEdit()->text() == opLogin);
    typeText(signIn.passwordEdit(), QStringLiteral("не тот"));
    QTest::keyClick(signIn.passwordEdit(), Qt::Key_Return);
    CHECK(signIn.isVisible());
    CHECK(signIn.errorText().contains(QLatin1String("did not accept")));
    signIn.passwordEdit()->clear();
    typeText(signIn.passwordEdit(), kPassword);
    QTest::keyClick(signIn.passwordEdit(), Qt::Key_Return);
    REQUIRE(signIn.result() == QDialog::Accepted);
    auto db = signIn.takeDatabase();
    REQUIRE(db);
    CHECK(db->actor()->employeeId == w.operatorB);
    CHECK(db->serverLogin() == opLogin);
}

TEST_CASE("A lead one operator takes leaves the other operator's list, and the dashboard offers to recount",
          "[server][seats]") {
    REQUIRE(fd::test::testOnServer());
    World w;
    auto newLead = [&](const QString& name, const QString& phone, qint64 at) {
        NewLead in;
        in.name = name;
        in.phone = phone;
        in.createdAt = at;
        return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
    };
    const Id first = newLead(QStringLiteral("Первый Клиент"), QStringLiteral("+79120000801"), w.now - 900);
    const Id second = newLead(QStringLiteral("Второй Клиент"), QStringLiteral("+79120000802"), w.now - 600);
    const QString aLogin = giveLogin(w, w.operatorA, "operator");
    const QString bLogin = giveLogin(w, w.operatorB, "operator");
    const Id head = require(
        StaffService(*w.db).addPerson({0, QStringLiteral("Руководитель"), Role::Head, std::nullopt, true},
                                      fd::test::uniqueLogin("head"), kPassword));
    const QString headLogin = require(StaffService(*w.db).staff()).back().login;
    REQUIRE(require(StaffService(*w.db).staff()).back().employee.id == head);

    // Operator B opens the desk first: the first client becomes theirs, the second waits in their list.
    auto b = seat(w, bLogin);
    REQUIRE(b->selectWorkspace(QStringLiteral("operator")));
    auto* bDesk = qobject_cast<fd::app::OperatorWorkspace*>(b->currentWorkspace());
    REQUIRE(bDesk);
    REQUIRE(waitFor([&] { return bDesk->currentLead() == first; }, 10000) < 10000);
    REQUIRE(bDesk->queueModel()->rowOfLead(second) >= 0);
    auto boss = seat(w, headLogin);
    REQUIRE(boss->selectWorkspace(QStringLiteral("dashboard")));
    auto* dashboard = qobject_cast<fd::app::MarketingWorkspace*>(boss->currentWorkspace());
    REQUIRE(dashboard);
    REQUIRE(waitFor([&] { return dashboard->isReady(); }, 20000) < 20000);
    CHECK_FALSE(dashboard->changedBanner()->isVisibleTo(dashboard));
    REQUIRE(boss->changeFeed()->listening());
    int heard = 0;
    QObject::connect(boss->changeFeed(), &ChangeFeed::changed, [&](const DataChange&) { ++heard; });

    // Operator A opens theirs: the first client is B's, so A takes the second one.
    auto a = seat(w, aLogin);
    REQUIRE(a->selectWorkspace(QStringLiteral("operator")));
    auto* aDesk = qobject_cast<fd::app::OperatorWorkspace*>(a->currentWorkspace());
    REQUIRE(aDesk);
    REQUIRE(waitFor([&] { return aDesk->currentLead() == second; }, 10000) < 10000);
    CHECK(aDesk->queueModel()->rowOfLead(first) < 0);

    // B's list lets the second client go by itself, within two seconds.
    const qint64 took = waitFor([&] { return bDesk->queueModel()->rowOfLead(second) < 0; }, 5000);
    INFO("B's list dropped the lead A took after " << took << " ms");
    CHECK(took < 2000);
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT operator_id FROM leads WHERE id = %1").arg(second)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == w.operatorA);
    INFO("the head's window heard " << heard << " changes");
    // The head's dashboard does not recount under their eyes; it says the data changed.
    CHECK(waitFor([&] { return dashboard->changedBanner()->isVisibleTo(dashboard); }, 5000) < 2000);
}

TEST_CASE("A window connects to the server for what it shows: a workspace never opened makes no connection",
          "[server][seats]") {
    REQUIRE(fd::test::testOnServer());
    World w;
    const Id head = require(
        StaffService(*w.db).addPerson({0, QStringLiteral("Руководитель"), Role::Head, std::nullopt, true},
                                      fd::test::uniqueLogin("head"), kPassword));
    const QString headLogin = require(StaffService(*w.db).staff()).back().login;
    REQUIRE(require(StaffService(*w.db).staff()).back().employee.id == head);
    auto connections = [&] {
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' "
                                      "AND datname = current_database()")
                           .arg(headLogin)));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    auto window = seat(w, headLogin);
    REQUIRE(window->selectWorkspace(QStringLiteral("leads")));
    REQUIRE(waitFor([&] { return window->currentWorkspace()->isReady(); }, 10000) < 10000);
    REQUIRE(window->changeFeed()->listening());
    // The window's own, the leads list's and the one that hears other seats' changes; the
    // dashboard, the KPI workspace and the desks' months connect when they are first needed.
    CHECK(waitFor([&] { return connections() == 3; }, 2000) < 2000);
    CHECK(connections() == 3);

    REQUIRE(window->selectWorkspace(QStringLiteral("kpi")));
    REQUIRE(waitFor([&] { return window->currentWorkspace()->isReady(); }, 20000) < 20000);
    CHECK(connections() == 4);
}
