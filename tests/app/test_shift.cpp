// A shift in the main window driven with keys and mouse clicks where the focus really is:
// what an operator and an office manager ran into, each a test of its own.

#include "app_test_support.h"
#include "main_window_driver.h"
#include "test_support.h"

#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "views/lead_card.h"
#include "views/leads_workspace.h"
#include "views/main_window.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fd::core;
using fd::app::MainWindow;
using fd::app::OfficeWorkspace;
using fd::app::OperatorWorkspace;
using fd::test::meetingOf;
using fd::test::msk;
using fd::test::require;
using fd::test::scalar;
using fd::test::Shift;
using fd::test::whenDialogOpens;
using fd::test::World;

TEST_CASE("After a sale the cash desk selects the new contract, and the payment names its client",
          "[app][shift][office]") {
    QSettings().clear();
    World w;
    // A client who bought and paid in full this morning.
    w.now = msk(2026, 3, 2, 8);
    const Id paid =
        w.bookedLead(QStringLiteral("Пётр Оплативший"), QStringLiteral("+79120000301"), msk(2026, 3, 2, 9));
    w.now = msk(2026, 3, 2, 9, 5);
    fd::test::sellAt(w, paid, 10'000'000, true, PaymentMethod::Card);
    w.bookedLead(QStringLiteral("Анна Новая"), QStringLiteral("+79120000302"), msk(2026, 3, 2, 11));
    w.now = msk(2026, 3, 2, 11, 5);

    Shift s(w, QStringLiteral("office"));
    auto* office = s.workspace<OfficeWorkspace>();
    auto* tabs = office->findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    // The manager had looked at the paid client's contract earlier.
    s.clickTab(tabs, OfficeWorkspace::CashTab);
    s.clickRow(office->dealsView(), 1, QStringLiteral("Пётр Оплативший"));
    s.clickTab(tabs, OfficeWorkspace::DayTab);
    s.clickRow(office->dayView(), 1, QStringLiteral("Анна Новая"));
    s.press(Qt::Key_A);
    bool ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->amountEdit()->setText(QStringLiteral("50 000"));
            QTest::keyClick(d->amountEdit(), Qt::Key_Return);
        },
        &ran);
    s.press(Qt::Key_O);
    REQUIRE(ran);
    REQUIRE(scalar(w, QStringLiteral("SELECT count(*) FROM deals")) == 2);

    s.clickTab(tabs, OfficeWorkspace::CashTab);
    const QModelIndex current = office->dealsView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.siblingAtColumn(1).data().toString() == QStringLiteral("Анна Новая"));
    QString title;
    ran = false;
    whenDialogOpens<fd::app::PaymentDialog>([&](fd::app::PaymentDialog* d) { title = d->windowTitle(); },
                                            &ran);
    s.press(Qt::Key_P);
    REQUIRE(ran);
    CHECK(title.contains(QStringLiteral("Анна Новая")));
    CHECK(title.contains(QStringLiteral("contract")));

    // A client with no contract: the cash desk selects nothing rather than someone else's.
    w.bookedLead(QStringLiteral("Ира Без Договора"), QStringLiteral("+79120000303"), msk(2026, 3, 2, 12));
    s.clickTab(tabs, OfficeWorkspace::DayTab);
    s.press(Qt::Key_F5);
    s.clickRow(office->dayView(), 1, QStringLiteral("Ира Без Договора"));
    s.clickTab(tabs, OfficeWorkspace::CashTab);
    CHECK_FALSE(office->dealsView()->currentIndex().isValid());
}

TEST_CASE("Marking a meeting days ahead asks first and names its date, and the arrival keeps the real time",
          "[app][shift][office]") {
    QSettings().clear();
    World w;
    const Id lead =
        w.bookedLead(QStringLiteral("Олег Будущий"), QStringLiteral("+79120000311"), msk(2026, 3, 6, 11));
    w.now = msk(2026, 3, 2, 10);
    Shift s(w, QStringLiteral("office"));
    auto* office = s.workspace<OfficeWorkspace>();
    for (int i = 0; i < 4; ++i) {
        s.press(Qt::Key_Right, Qt::AltModifier);
    }
    REQUIRE(office->findChild<QDateEdit*>()->date() == QDate(2026, 3, 6));
    s.clickRow(office->dayView(), 1, QStringLiteral("Олег Будущий"));

    QString question;
    bool ran = false;
    whenDialogOpens<QMessageBox>(
        [&](QMessageBox* box) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        },
        &ran);
    s.press(Qt::Key_A);
    REQUIRE(ran);
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("Олег Будущий")));
    CHECK(question.contains(QLocale().toString(QDate(2026, 3, 6), fd::app::dateFormat())));
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM meetings WHERE arrived_at IS NOT NULL")) == 0);

    ran = false;
    whenDialogOpens<QMessageBox>(
        [&](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); }, &ran);
    s.press(Qt::Key_A);
    REQUIRE(ran);
    CHECK(scalar(w, QStringLiteral("SELECT arrived_at FROM meetings WHERE lead_id = %1").arg(lead)) == w.now);

    // Today's meeting within a few hours is marked at once.
    const Id soon =
        w.bookedLead(QStringLiteral("Юля Вовремя"), QStringLiteral("+79120000312"), msk(2026, 3, 2, 11));
    s.press(Qt::Key_Left, Qt::AltModifier);
    s.press(Qt::Key_Left, Qt::AltModifier);
    s.press(Qt::Key_Left, Qt::AltModifier);
    s.press(Qt::Key_Left, Qt::AltModifier);
    s.clickRow(office->dayView(), 1, QStringLiteral("Юля Вовремя"));
    s.press(Qt::Key_A);
    CHECK(scalar(w, QStringLiteral("SELECT arrived_at FROM meetings WHERE lead_id = %1").arg(soon)) == w.now);
}

TEST_CASE("Keys work as soon as a workspace opens or is clicked in the navigation", "[app][shift][keys]") {
    QSettings().clear();
    World w;
    for (int i = 0; i < 3; ++i) {
        NewLead in;
        in.name = QStringLiteral("Клиент %1").arg(i);
        in.phone = QStringLiteral("+7912000032%1").arg(i);
        in.createdAt = w.now - 600;
        require(LeadService(*w.db, w.clock).createLead(in));
    }
    SECTION("the operator picker takes the arrows") {
        Shift s(w, QStringLiteral("operator"));
        auto* list = s.workspace<OperatorWorkspace>()->findChild<QListWidget*>();
        auto* nav = s.window.findChild<QListWidget*>();
        REQUIRE(list != nullptr);
        REQUIRE(list != nav);
        const int navRow = nav->currentRow();
        REQUIRE(list->currentRow() == 0);
        s.press(Qt::Key_Down);
        CHECK(list->currentRow() == 1);
        CHECK(nav->currentRow() == navRow);
        s.press(Qt::Key_Return);  // starts working as the second operator
        CHECK(s.workspace<OperatorWorkspace>()->operatorId() == w.operatorB);
    }
    SECTION("the queue takes Ctrl+digits and digits at once") {
        REQUIRE(OperatorWorkspace::preselectOperator(*w.db, QStringLiteral("Оператор А")));
        Shift s(w, QStringLiteral("operator"));
        auto* tabs = s.workspace<OperatorWorkspace>()->findChild<QTabBar*>();
        REQUIRE(tabs != nullptr);
        s.press(Qt::Key_2, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == 1);
        s.press(Qt::Key_1, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == 0);
        s.press(Qt::Key_1);  // no answer
        CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM call_attempts")) == 1);
    }
    SECTION("the office's keys work with the focus anywhere in it, for the tab shown") {
        const Id booked = w.bookedLead(QStringLiteral("Фокус Карточка"), QStringLiteral("+79120000331"),
                                       msk(2026, 3, 2, 11));
        Shift s(w, QStringLiteral("office"));
        auto* office = s.workspace<OfficeWorkspace>();
        s.clickRow(office->dayView(), 1, QStringLiteral("Фокус Карточка"));
        auto* card = office->findChild<fd::app::LeadCard*>();
        QTest::mouseClick(card->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
        REQUIRE(QApplication::focusWidget() != office->dayView());
        s.press(Qt::Key_A);
        CHECK(scalar(w,
                     QStringLiteral("SELECT count(*) FROM meetings WHERE lead_id = %1 AND status = 'arrived'")
                         .arg(booked)) == 1);
    }
    SECTION("a workspace clicked in the navigation takes its keys") {
        Shift s(w, QStringLiteral("leads"));
        auto* nav = s.window.findChild<QListWidget*>();
        const int officeRow = fd::app::MainWindow::availableWorkspaces().indexOf(QStringLiteral("office"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, Qt::NoModifier,
                          nav->visualItemRect(nav->item(officeRow)).center());
        auto* office = s.workspace<OfficeWorkspace>();
        const QDate before = office->findChild<QDateEdit*>()->date();
        s.press(Qt::Key_Right, Qt::AltModifier);
        CHECK(office->findChild<QDateEdit*>()->date() == before.addDays(1));
    }
}

TEST_CASE("Home, End and the page keys move the queue's selection, and a digit acts on the selected lead",
          "[app][shift][keys]") {
    QSettings().clear();
    World w;
    for (int i = 0; i < 40; ++i) {
        NewLead in;
        in.name = QStringLiteral("Очередь %1").arg(i, 2, 10, QLatin1Char('0'));
        in.phone = QStringLiteral("+791200004%1").arg(i, 2, 10, QLatin1Char('0'));
        in.createdAt = w.now - 3600 + i * 60;
        require(LeadService(*w.db, w.clock).createLead(in));
    }
    REQUIRE(OperatorWorkspace::preselectOperator(*w.db, QStringLiteral("Оператор А")));
    Shift s(w, QStringLiteral("operator"));
    QTableView* view = s.workspace<OperatorWorkspace>()->queueView();
    const int last = view->model()->rowCount() - 1;
    REQUIRE(last >= 30);
    s.press(Qt::Key_End);
    CHECK(view->currentIndex().row() == last);
    s.press(Qt::Key_Home);
    CHECK(view->currentIndex().row() == 0);
    s.press(Qt::Key_PageDown);
    const int page = view->currentIndex().row();
    CHECK(page > 0);
    s.press(Qt::Key_PageUp);
    CHECK(view->currentIndex().row() == 0);

    s.press(Qt::Key_End);
    const QString lastClient = view->model()->index(last, 1).data().toString();
    s.press(Qt::Key_1);  // no answer, on the last lead
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM call_attempts a JOIN leads l ON l.id = a.lead_id "
                                   "JOIN contacts c ON c.id = l.contact_id WHERE c.name = '%1'")
                        .arg(lastClient)) == 1);
}

TEST_CASE("On a Saturday the list to confirm holds Monday's meetings of an office closed on Sunday",
          "[app][shift][operator]") {
    QSettings().clear();
    World w;
    w.now = msk(2026, 3, 6, 18);  // a Friday evening: the meetings are booked for Monday
    w.bookedLead(QStringLiteral("Понедельник Утро"), QStringLiteral("+79120000501"), msk(2026, 3, 9, 10));
    w.bookedLead(QStringLiteral("Вторник Утро"), QStringLiteral("+79120000502"), msk(2026, 3, 10, 10));
    w.now = msk(2026, 3, 7, 11);  // Saturday
    REQUIRE(OperatorWorkspace::preselectOperator(*w.db, QStringLiteral("Оператор А")));
    Shift s(w, QStringLiteral("operator"));
    s.press(Qt::Key_3, Qt::ControlModifier);
    QTableView* view = s.workspace<OperatorWorkspace>()->queueView();
    QStringList clients;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        clients << view->model()->index(r, 1).data().toString();
    }
    INFO(clients.join(QStringLiteral(", ")).toStdString());
    CHECK(clients.contains(QStringLiteral("Понедельник Утро")));
    CHECK_FALSE(clients.contains(QStringLiteral("Вторник Утро")));
    // On Monday morning Monday's meeting is still to confirm, and Tuesday's joins it.
    w.now = msk(2026, 3, 9, 8);
    s.press(Qt::Key_F5);
    clients.clear();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        clients << view->model()->index(r, 1).data().toString();
    }
    CHECK(clients.contains(QStringLiteral("Понедельник Утро")));
    CHECK(clients.contains(QStringLiteral("Вторник Утро")));
}

TEST_CASE("The leads list's card shows the selected lead as it is now after a search",
          "[app][shift][leads]") {
    QSettings().clear();
    World w;
    const Id lead =
        w.bookedLead(QStringLiteral("Ксения Продажа"), QStringLiteral("+79120000601"), msk(2026, 3, 2, 11));
    w.bookedLead(QStringLiteral("Другой Клиент"), QStringLiteral("+79120000602"), msk(2026, 3, 2, 12));
    Shift s(w, QStringLiteral("leads"));
    auto* card = s.workspace<fd::app::LeadsWorkspace>()->findChild<fd::app::LeadCard*>();
    REQUIRE(card != nullptr);
    QTableView* view = s.workspace<fd::app::LeadsWorkspace>()->view();
    s.clickRow(view, 1, QStringLiteral("Ксения Продажа"));
    REQUIRE(card->leadId() == lead);
    CHECK_FALSE(card->toPlainText().contains(fd::app::statusName(LeadStatus::Sold)));

    // Meanwhile the office sells to her and takes the money.
    w.now = msk(2026, 3, 2, 11, 5);
    fd::test::sellAt(w, lead, 5'000'000, true);

    s.press(Qt::Key_F, Qt::ControlModifier);
    fd::test::typeText(QApplication::focusWidget(), QStringLiteral("Ксения"));
    QTest::qWait(400);
    for (int i = 0; i < 250 && !s.window.currentWorkspace()->isReady(); ++i) {
        QTest::qWait(20);
    }
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->currentIndex().row() == 0);
    CHECK(card->leadId() == lead);
    INFO(card->toPlainText().toStdString());
    CHECK(card->toPlainText().contains(fd::app::statusName(LeadStatus::Sold)));
}

TEST_CASE("Each saved action says in the status line what was saved for whom, and the lead count follows",
          "[app][shift][feedback]") {
    QSettings().clear();
    World w;
    NewLead first;
    first.name = QStringLiteral("Ирина Зайцева");
    first.phone = QStringLiteral("+79120000701");
    first.createdAt = w.now - 300;
    require(LeadService(*w.db, w.clock).createLead(first));
    REQUIRE(OperatorWorkspace::preselectOperator(*w.db, QStringLiteral("Оператор А")));
    Shift s(w, QStringLiteral("operator"));
    const auto statusTexts = [&] {
        QStringList texts;
        for (QLabel* label : s.window.statusBar()->findChildren<QLabel*>()) {
            texts << label->text();
        }
        return texts.join(QLatin1Char('|'));
    };
    for (int i = 0; i < 100 && !statusTexts().contains(QStringLiteral("1 lead")); ++i) {
        QTest::qWait(20);
    }
    CHECK(statusTexts().contains(QStringLiteral("1 lead|")));

    s.press(Qt::Key_1);  // no answer
    const QString said = s.window.statusBar()->currentMessage();
    INFO(said.toStdString());
    CHECK(said.startsWith(QStringLiteral("No answer — Ирина Зайцева, next call in ")));

    bool ran = false;
    whenDialogOpens<fd::app::NewLeadDialog>(
        [&](fd::app::NewLeadDialog* dialog) {
            fd::test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("name")),
                               QStringLiteral("Зоя Новая"));
            auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
            QTest::keyClicks(phone, QStringLiteral("+7 912 000 07 02"));
            QTest::keyClick(phone, Qt::Key_Return);
        },
        &ran);
    s.press(Qt::Key_Insert);
    REQUIRE(ran);
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("New lead saved — Зоя Новая"));
    for (int i = 0; i < 100 && !statusTexts().contains(QStringLiteral("2 leads")); ++i) {
        QTest::qWait(20);
    }
    CHECK(statusTexts().contains(QStringLiteral("2 leads")));

    // The office says it too.
    w.bookedLead(QStringLiteral("Олег Пришедший"), QStringLiteral("+79120000703"), msk(2026, 3, 2, 11));
    REQUIRE(s.window.selectWorkspace(QStringLiteral("office")));
    auto* office = s.workspace<OfficeWorkspace>();
    s.press(Qt::Key_F5);
    s.clickRow(office->dayView(), 1, QStringLiteral("Олег Пришедший"));
    s.press(Qt::Key_A);
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("Arrived — Олег Пришедший"));
}
