#include "app_test_support.h"
#include "formatting.h"
#include "operator_desk.h"
#include "test_support.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "models/queue_model.h"
#include "models/slot_grid_model.h"
#include "services/lead_history.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"
#include "views/lead_card.h"
#include "views/operator_workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace fd::core;
using fd::app::OperatorWorkspace;
using fd::test::msk;
using fd::test::require;
using fd::test::typeText;
using fd::test::whenDialogOpens;
using fd::test::World;

namespace {

Id newLead(World& w, const QString& name, const QString& phone, qint64 createdAt) {
    NewLead in;
    in.name = name;
    in.phone = phone;
    in.createdAt = createdAt;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

qint64 scalar(World& w, const QString& sql) {
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

using Desk = fd::test::OperatorDesk;

}  // namespace

TEST_CASE("No answer is one key and the next lead opens", "[app][operator]") {
    World w;
    const Id first =
        newLead(w, QStringLiteral("Анна Первая"), QStringLiteral("+79120000041"), w.now - 40 * 60);
    const Id second =
        newLead(w, QStringLiteral("Борис Второй"), QStringLiteral("+79120000042"), w.now - 20 * 60);
    const Id third =
        newLead(w, QStringLiteral("Вера Третья"), QStringLiteral("+79120000043"), w.now - 5 * 60);
    Desk desk(w);
    QAbstractItemModelTester tester(desk.ws.queueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(desk.ws.queueModel()->rowCount() == 3);
    CHECK(desk.ws.queueModel()
              ->data(desk.ws.queueModel()->index(0, 0), fd::app::QueueModel::LateRole)
              .toBool());
    CHECK_FALSE(desk.ws.queueModel()
                    ->data(desk.ws.queueModel()->index(2, 0), fd::app::QueueModel::LateRole)
                    .toBool());
    REQUIRE(desk.ws.currentLead() == first);
    CHECK(desk.ws.card()->toPlainText().contains(QStringLiteral("Анна Первая")));

    desk.key(Qt::Key_1);
    CHECK(scalar(w, QStringLiteral(
                        "SELECT count(*) FROM call_attempts WHERE lead_id = %1 AND outcome = 'no_answer' "
                        "AND operator_id = %2")
                        .arg(first)
                        .arg(w.operatorA)) == 1);
    CHECK(desk.ws.currentLead() == second);
    CHECK(desk.ws.card()->toPlainText().contains(QStringLiteral("Борис Второй")));
    CHECK(desk.ws.queueModel()->rowOfLead(first) == -1);
    CHECK(desk.ws.tabs()->tabText(0).contains(QLatin1String("2")));

    // Busy, typed with a note in Russian: saved with the note, then the last lead.
    desk.ws.noteEdit()->setFocus();
    typeText(desk.ws.noteEdit(), QStringLiteral("перезвонит"));
    CHECK(desk.ws.noteEdit()->text() == QStringLiteral("перезвонит"));  // the digits' keys do not steal text
    desk.ws.queueView()->setFocus();
    desk.key(Qt::Key_2);
    CHECK(
        scalar(w, QStringLiteral("SELECT count(*) FROM call_attempts WHERE lead_id = %1 AND outcome = 'busy' "
                                 "AND note = 'перезвонит'")
                      .arg(second)) == 1);
    CHECK(desk.ws.currentLead() == third);
    CHECK(desk.ws.noteEdit()->text().isEmpty());
}

TEST_CASE("Booking through the slot grid writes the meeting, the milestone and the call", "[app][operator]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    const Id lead =
        newLead(w, QStringLiteral("Глеб Клиентов"), QStringLiteral("+79120000051"), w.now - 10 * 60);
    Desk desk(w);
    REQUIRE(desk.ws.currentLead() == lead);
    bool ran = false;
    whenDialogOpens<fd::app::BookingDialog>(
        [&](fd::app::BookingDialog* dialog) {
            QAbstractItemModelTester tester(dialog->gridModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            QTableView* grid = dialog->grid();
            REQUIRE(dialog->weekView());
            // The first free slot is today's 10:00 (09:00 is over); one down is 11:00.
            CHECK(grid->currentIndex().data(fd::app::SlotGridModel::StartRole).toLongLong() ==
                  msk(2026, 3, 2, 10));
            QTest::keyClick(grid, Qt::Key_Right);
            QTest::keyClick(grid, Qt::Key_Down);
            CHECK(grid->currentIndex().data(fd::app::SlotGridModel::StartRole).toLongLong() ==
                  msk(2026, 3, 3, 11));
            QTest::keyClick(grid, Qt::Key_Return);
        },
        &ran);
    desk.key(Qt::Key_7);
    REQUIRE(ran);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM meetings WHERE lead_id = %1 AND scheduled_at = %2 "
                                   "AND office_id = %3 AND booked_by_id = %4 AND status = 'scheduled'")
                        .arg(lead)
                        .arg(msk(2026, 3, 3, 11))
                        .arg(w.moscow)
                        .arg(w.operatorA)) == 1);
    CHECK(scalar(w, QStringLiteral("SELECT booked_at FROM leads WHERE id = %1").arg(lead)) == w.now);
    CHECK(scalar(w, QStringLiteral(
                        "SELECT count(*) FROM call_attempts WHERE lead_id = %1 AND outcome = 'booked'")
                        .arg(lead)) == 1);
    CHECK(desk.ws.queueModel()->rowCount() == 0);

    // The meeting is tomorrow's: one key in the confirmations list confirms it.
    desk.ws.selectTab(QueueTab::Confirmations);
    REQUIRE(desk.ws.queueModel()->rowCount() == 1);
    REQUIRE(desk.ws.currentMeeting().has_value());
    desk.key(Qt::Key_8);
    CHECK(
        scalar(w, QStringLiteral("SELECT count(*) FROM meetings WHERE lead_id = %1 AND status = 'confirmed'")
                      .arg(lead)) == 1);
    CHECK(desk.ws.queueModel()->rowCount() == 0);
}

TEST_CASE("A full slot is refused in the grid and nothing is written", "[app][operator]") {
    World w;
    MeetingService meetings(*w.db, w.clock);
    for (const char* phone : {"+79120000061", "+79120000062"}) {
        const Id other = newLead(w, QStringLiteral("Занято"), QString::fromLatin1(phone), w.now - 3600);
        require(meetings.book(other, {w.moscow, msk(2026, 3, 2, 11), std::nullopt}, w.operatorB));
    }
    const Id lead =
        newLead(w, QStringLiteral("Дарья Опоздавшая"), QStringLiteral("+79120000063"), w.now - 60);
    Desk desk(w);
    desk.ws.openLead(lead);
    const qint64 meetingsBefore = w.count("meetings");
    const qint64 callsBefore = w.count("call_attempts");
    bool ran = false;
    QString refusal;
    QString cellText;
    whenDialogOpens<fd::app::BookingDialog>(
        [&](fd::app::BookingDialog* dialog) {
            QTableView* grid = dialog->grid();
            QTest::keyClick(grid, Qt::Key_Down);  // today 11:00, full
            cellText = grid->currentIndex().data().toString();
            QTest::keyClick(grid, Qt::Key_Return);
            CHECK(dialog->isVisible());
            refusal = dialog->errorText();
        },
        &ran);
    desk.key(Qt::Key_7);
    REQUIRE(ran);
    CHECK(cellText.contains(QLatin1String("2/2")));
    CHECK(refusal.contains(QLatin1String("full")));
    CHECK(w.count("meetings") == meetingsBefore);
    CHECK(w.count("call_attempts") == callsBefore);
    CHECK(scalar(w, QStringLiteral("SELECT booked_at IS NULL FROM leads WHERE id = %1").arg(lead)) == 1);
}

TEST_CASE("A callback in the past and an outcome without its reason are refused at the field",
          "[app][operator]") {
    World w;
    const Id lead =
        newLead(w, QStringLiteral("Ефим Сомневающийся"), QStringLiteral("+79120000071"), w.now - 60);
    Desk desk(w);
    REQUIRE(desk.ws.currentLead() == lead);
    desk.ws.noteEdit()->setText(QStringLiteral("просил вечером"));
    desk.key(Qt::Key_4);
    QDateTimeEdit* when = desk.ws.callbackEdit();
    REQUIRE(when->isVisible());
    const QDateTime past = QDateTime::fromSecsSinceEpoch(w.now - 3600);
    when->setDateTime(past);
    QTest::keyClick(when, Qt::Key_Return);
    CHECK(desk.ws.errorText().contains(QLatin1String("later than now")));
    CHECK(w.count("call_attempts") == 0);
    CHECK(when->dateTime() == past);
    CHECK(desk.ws.noteEdit()->text() == QStringLiteral("просил вечером"));

    desk.ws.queueView()->setFocus();
    desk.key(Qt::Key_5);
    REQUIRE(desk.ws.reasonBox()->isVisible());
    QTest::keyClick(desk.ws.reasonBox(), Qt::Key_Return);
    CHECK(desk.ws.errorText() == QStringLiteral("Choose the reason."));
    CHECK(w.count("call_attempts") == 0);
    CHECK(desk.ws.currentLead() == lead);

    // A valid callback time is saved with the note.
    desk.ws.queueView()->setFocus();
    desk.key(Qt::Key_4);
    when->setDateTime(QDateTime::fromSecsSinceEpoch(w.now + 7200));
    QTest::keyClick(when, Qt::Key_Return);
    CHECK(desk.ws.errorText().isEmpty());
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM tasks WHERE lead_id = %1 AND kind = 'callback' AND "
                                   "status = 'open' AND due_at = %2")
                        .arg(lead)
                        .arg(w.now + 7200)) == 1);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM call_attempts WHERE note = 'просил вечером'")) == 1);
}

TEST_CASE("A new lead by hand warns about a duplicate phone and offers the existing lead",
          "[app][operator]") {
    World w;
    const Id existing =
        newLead(w, QStringLiteral("Жанна Старая"), QStringLiteral("+79120000081"), w.now - 86400 * 90);
    Desk desk(w);
    const qint64 leadsBefore = w.count("leads");
    bool ran = false;
    QString badPhone;
    bool warned = false;
    whenDialogOpens<fd::app::NewLeadDialog>(
        [&](fd::app::NewLeadDialog* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
            auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
            REQUIRE(name);
            REQUIRE(phone);
            typeText(name, QStringLiteral("Жанна"));
            CHECK(name->text() == QStringLiteral("Жанна"));
            QTest::keyClicks(phone, QStringLiteral("12-34"));
            QTest::keyClick(phone, Qt::Key_Return);
            badPhone = dialog->phoneError();
            phone->clear();
            QTest::keyClicks(phone, QStringLiteral("8 (912) 000-00-81"));
            QTest::qWait(400);  // the check runs once typing pauses
            warned = dialog->duplicateId() == existing;
            auto* open = dialog->findChild<QPushButton*>();
            for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
                if (b->text().contains(QLatin1String("instead"))) {
                    open = b;
                }
            }
            REQUIRE(open->isVisible());
            open->click();
        },
        &ran);
    desk.key(Qt::Key_Insert);
    REQUIRE(ran);
    CHECK(badPhone.contains(QLatin1String("12-34")));
    CHECK(warned);
    CHECK(w.count("leads") == leadsBefore);
    CHECK(desk.ws.currentLead() == existing);
    CHECK(desk.ws.card()->toPlainText().contains(QStringLiteral("Жанна Старая")));

    // A new phone creates the lead, credited to the operator, and opens it.
    ran = false;
    whenDialogOpens<fd::app::NewLeadDialog>(
        [&](fd::app::NewLeadDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Зоя Новая"));
            auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
            QTest::keyClicks(phone, QStringLiteral("+7 912 000 00 82"));
            QTest::keyClick(phone, Qt::Key_Return);
        },
        &ran);
    desk.key(Qt::Key_Insert);
    REQUIRE(ran);
    CHECK(w.count("leads") == leadsBefore + 1);
    const qint64 created =
        scalar(w, QStringLiteral("SELECT l.id FROM leads l JOIN contacts c ON c.id = l.contact_id "
                                 "WHERE c.name = 'Зоя Новая' AND l.operator_id = %1")
                      .arg(w.operatorA));
    CHECK(desk.ws.currentLead() == created);
}

TEST_CASE("Rescheduling and cancelling go through the slot grid", "[app][operator]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    const Id lead = newLead(w, QStringLiteral("Илья Занятой"), QStringLiteral("+79120000091"), w.now - 86400);
    MeetingService meetings(*w.db, w.clock);
    const Id first = require(meetings.book(lead, {w.moscow, msk(2026, 3, 3, 12), std::nullopt}, w.operatorA));
    LeadRepository(*w.db).assignOperator(lead, w.operatorA, w.now);
    Desk desk(w);
    desk.ws.selectTab(QueueTab::Confirmations);
    REQUIRE(desk.ws.currentMeeting() == first);

    // The grid opens on the meeting's own slot; one slot later, Enter.
    bool ran = false;
    qint64 openedOn = 0;
    whenDialogOpens<fd::app::BookingDialog>(
        [&](fd::app::BookingDialog* dialog) {
            openedOn = dialog->grid()->currentIndex().data(fd::app::SlotGridModel::StartRole).toLongLong();
            QTest::keyClick(dialog->grid(), Qt::Key_Down);
            QTest::keyClick(dialog->grid(), Qt::Key_Return);
        },
        &ran);
    desk.key(Qt::Key_9);
    REQUIRE(ran);
    CHECK(openedOn == msk(2026, 3, 3, 12));
    CHECK(scalar(w, QStringLiteral("SELECT status = 'rescheduled' FROM meetings WHERE id = %1").arg(first)) ==
          1);
    const qint64 moved =
        scalar(w, QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1 AND status = 'scheduled' "
                                 "AND scheduled_at = %2")
                      .arg(lead)
                      .arg(msk(2026, 3, 3, 13)));
    CHECK(moved > first);

    // Cancelling from the same grid frees the seat and returns the lead to the call center.
    desk.ws.openLead(lead);
    REQUIRE(desk.ws.currentMeeting() == moved);
    ran = false;
    whenDialogOpens<fd::app::BookingDialog>(
        [&](fd::app::BookingDialog* dialog) {
            for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
                if (b->text().contains(QLatin1String("meeting"))) {
                    b->click();
                }
            }
            CHECK(dialog->cancelledMeeting());
        },
        &ran);
    desk.key(Qt::Key_9);
    REQUIRE(ran);
    CHECK(scalar(w, QStringLiteral("SELECT status = 'cancelled' FROM meetings WHERE id = %1").arg(moved)) ==
          1);
    CHECK(scalar(w, QStringLiteral(
                        "SELECT status = 'in_progress' AND next_meeting_at IS NULL FROM leads WHERE id = %1")
                        .arg(lead)) == 1);
}

TEST_CASE("The operator chooses who they are on first use and the desk remembers it", "[app][operator]") {
    World w;
    newLead(w, QStringLiteral("Кира Первая"), QStringLiteral("+79120000095"), w.now - 60);
    QSettings().clear();
    {
        OperatorWorkspace ws(*w.db, w.clock);
        CHECK(ws.isReady());
        CHECK_FALSE(ws.operatorId().has_value());
        auto* list = ws.findChild<QListWidget*>();
        REQUIRE(list);
        CHECK(list->count() == 2);  // the operators only, not the managers
        list->setCurrentRow(1);
        QPushButton* start = nullptr;
        for (QPushButton* b : ws.findChildren<QPushButton*>()) {
            if (b->text().contains(QLatin1String("Start"))) {
                start = b;
            }
        }
        REQUIRE(start);
        start->click();
        CHECK(ws.operatorId() == w.operatorB);
        CHECK(ws.queueModel()->rowCount() == 1);
    }
    OperatorWorkspace again(*w.db, w.clock);
    CHECK(again.operatorId() == w.operatorB);
    CHECK(again.currentLead().has_value());
}

TEST_CASE("A meeting to confirm shows the time the client comes, by the office's clock", "[app][operator]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    // Tomorrow 10:00 in Yekaterinburg (UTC+5) is 08:00 in Moscow.
    w.bookedLead(QStringLiteral("Елисей Уральский"), QStringLiteral("+79120000501"), msk(2026, 3, 3, 8),
                 w.ekb);
    Desk desk(w);
    desk.ws.selectTab(QueueTab::Confirmations);
    REQUIRE(desk.ws.queueModel()->rowCount() == 1);
    const QString when = desk.ws.queueModel()->index(0, 0).data().toString();
    const bool computerInEkb = QDateTime::fromSecsSinceEpoch(w.now).offsetFromUtc() == 5 * 3600;
    CHECK(when == (computerInEkb ? QStringLiteral("3/3 10:00 AM") : QStringLiteral("3/3 10:00 AM (UTC+5)")));
}

TEST_CASE("The lead card keeps its scroll position when the same lead is shown again", "[app][operator]") {
    World w;
    const Id lead =
        w.bookedLead(QStringLiteral("Длинная История"), QStringLiteral("+79120000601"), msk(2026, 3, 3, 11));
    fd::app::LeadCard card;
    card.resize(300, 90);  // a short card: the history scrolls
    card.show();
    card.showHistory(require(loadLeadHistory(*w.db, lead)));
    QScrollBar* bar = card.verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const int bottom = bar->value();
    REQUIRE(bottom > 0);
    // A periodic refresh shows the unchanged lead again: the reader stays where they were.
    card.showHistory(require(loadLeadHistory(*w.db, lead)));
    CHECK(bar->value() == bottom);
    // The lead changed meanwhile (the meeting was confirmed): the card shows it, scrolled as before.
    const QString before = card.toPlainText();
    const auto meeting = MeetingRepository(*w.db).pendingForLead(lead);
    REQUIRE(meeting.has_value());
    require(MeetingService(*w.db, w.clock).confirm(meeting->id, w.operatorA));
    card.showHistory(require(loadLeadHistory(*w.db, lead)));
    CHECK(card.toPlainText() != before);
    CHECK(bar->value() > 0);
    // Another lead starts at the top.
    const Id other =
        w.bookedLead(QStringLiteral("Другой Клиент"), QStringLiteral("+79120000602"), msk(2026, 3, 3, 12));
    card.showHistory(require(loadLeadHistory(*w.db, other)));
    CHECK(bar->value() == 0);
}
