// A confirmation or cancellation made by mistake on a full shift: taken back from the status
// line, and the lead's history says who confirmed.

#include "main_window_driver.h"
#include "test_support.h"

#include "app_test_support.h"
#include "services/lead_service.h"
#include "services/meeting_correction.h"
#include "services/meeting_service.h"
#include "views/lead_card.h"
#include "views/operator_workspace.h"

#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace fd::core;
using fd::app::OperatorWorkspace;
using fd::test::msk;
using fd::test::scalar;
using fd::test::Shift;
using fd::test::World;

namespace {

QString meetingStatus(World& w, Id lead) {
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT status FROM meetings WHERE lead_id = %1").arg(lead)));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QToolButton* undoButton(Shift& s) {
    for (QToolButton* b : s.window.statusBar()->findChildren<QToolButton*>()) {
        if (b->text().startsWith(QStringLiteral("Undo"))) {
            return b;
        }
    }
    FAIL("no Undo in the status line");
    return nullptr;
}

}  // namespace

TEST_CASE("A confirmation or cancellation made by mistake is undone from the status line",
          "[app][shift][undo]") {
    QSettings().clear();
    World w;
    const Id lead = w.bookedLead(QStringLiteral("Нина Подтверждённая"), QStringLiteral("+79120000801"),
                                 msk(2026, 3, 3, 11));
    REQUIRE(OperatorWorkspace::preselectOperator(*w.db, QStringLiteral("Оператор А")));
    Shift s(w, QStringLiteral("operator"));
    QToolButton* undo = undoButton(s);
    CHECK_FALSE(undo->isVisible());
    s.press(Qt::Key_3, Qt::ControlModifier);  // to confirm
    REQUIRE(s.workspace<OperatorWorkspace>()->queueView()->model()->rowCount() == 1);

    s.press(Qt::Key_8);  // confirm
    CHECK(meetingStatus(w, lead) == QStringLiteral("confirmed"));
    CHECK(s.window.statusBar()->currentMessage() ==
          QStringLiteral("Meeting confirmed — Нина Подтверждённая"));
    CHECK(undo->isVisible());
    s.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(meetingStatus(w, lead) == QStringLiteral("scheduled"));
    CHECK_FALSE(undo->isVisible());
    CHECK(s.window.statusBar()->currentMessage().startsWith(QStringLiteral("Undone: Meeting confirmed")));
    CHECK(s.workspace<OperatorWorkspace>()->queueView()->model()->rowCount() == 1);

    // Cancelled by mistake: Undo with the mouse brings the meeting and the booking back.
    bool ran = false;
    fd::test::whenDialogOpens<QMessageBox>(
        [&](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); }, &ran);
    s.press(Qt::Key_0);
    REQUIRE(ran);
    CHECK(meetingStatus(w, lead) == QStringLiteral("cancelled"));
    CHECK(scalar(w, QStringLiteral("SELECT status = 'in_progress' FROM leads WHERE id = %1").arg(lead)) == 1);
    REQUIRE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(meetingStatus(w, lead) == QStringLiteral("scheduled"));
    CHECK(scalar(w, QStringLiteral("SELECT status = 'booked' FROM leads WHERE id = %1").arg(lead)) == 1);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'cancel_undone'")) == 1);

    // The history names who confirmed.
    s.press(Qt::Key_8);
    fd::app::LeadCard card;
    card.showLead(*w.db, lead);
    INFO(card.toPlainText().toStdString());
    CHECK(card.toPlainText().contains(QStringLiteral("Meeting confirmed Оператор А")));
}

TEST_CASE("An undo is refused when the seat was booked by someone else meanwhile", "[app][shift][undo]") {
    World w;
    w.now = msk(2026, 3, 2, 9);
    const Id first =
        w.bookedLead(QStringLiteral("Первый"), QStringLiteral("+79120000811"), msk(2026, 3, 3, 11));
    w.bookedLead(QStringLiteral("Второй"), QStringLiteral("+79120000812"), msk(2026, 3, 3, 11));
    REQUIRE(MeetingService(*w.db, w.clock).cancel(fd::test::meetingOf(w, first), w.operatorA).ok());
    w.bookedLead(QStringLiteral("Третий"), QStringLiteral("+79120000813"),
                 msk(2026, 3, 3, 11));  // takes the seat
    const Status undone =
        MeetingCorrection(*w.db, w.clock)
            .undoCancel(fd::test::meetingOf(w, first), MeetingStatus::Scheduled, w.operatorA);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message().contains(QStringLiteral("seat")));
    CHECK(meetingStatus(w, first) == QStringLiteral("cancelled"));
}
