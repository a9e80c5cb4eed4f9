#pragma once

// Drives the main window as a user does: keys go where the focus is, clicks land on rows and tabs.

#include "test_support.h"

#include "services/deal_service.h"
#include "services/meeting_service.h"
#include "views/main_window.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace fd::test {

/// The main window on the world's database at the world's clock, as a user sees it: shown,
/// active, 1280×720.
struct Shift {
    explicit Shift(World& w, const QString& workspace)
        : window(require(Database::open(w.path(), OpenMode::Existing)), w.clock) {
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.selectWorkspace(workspace));
        bool ready = false;
        window.whenReady([&](bool ok, const QString&) { ready = ok; });
        for (int i = 0; i < 250 && !ready; ++i) {
            QTest::qWait(20);
        }
        REQUIRE(ready);
    }
    /// A key pressed on the keyboard: it goes where the focus is.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QApplication::setActiveWindow(&window);
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    }
    void clickTab(QTabWidget* tabs, int index) {
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(index).center());
    }
    /// Clicks the row of the list whose column `column` reads `text`.
    void clickRow(QTableView* view, int column, const QString& text) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, column).data().toString() == text) {
                view->scrollTo(view->model()->index(r, column));
                QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                                  view->visualRect(view->model()->index(r, column)).center());
                return;
            }
        }
        QStringList seen;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            seen << view->model()->index(r, column).data().toString();
        }
        FAIL("no row reads " << text.toStdString()
                             << "; the rows read: " << seen.join(QStringLiteral(", ")).toStdString());
    }
    template <class W>
    W* workspace() {
        auto* w = qobject_cast<W*>(window.currentWorkspace());
        REQUIRE(w != nullptr);
        return w;
    }
    fd::app::MainWindow window;
};

inline qint64 scalar(World& w, const QString& sql) {
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline Id meetingOf(World& w, Id lead) {
    return scalar(w, QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1").arg(lead));
}

/// The lead's booked meeting marked arrived and sold for `kopecks`, paid in full when `paid`
/// (as an office on another PC would, through the services). Returns the deal.
inline Id sellAt(World& w, Id lead, qint64 kopecks, bool paid, PaymentMethod method = PaymentMethod::Cash) {
    MeetingService meetings(*w.db, w.clock);
    REQUIRE(meetings.markArrived(meetingOf(w, lead), w.managerMoscow).ok());
    OutcomeInput sale;
    sale.meetingId = meetingOf(w, lead);
    sale.dealAmount = Money{kopecks};
    REQUIRE(meetings.recordOutcome(sale).ok());
    const Id deal = scalar(w, QStringLiteral("SELECT id FROM deals WHERE lead_id = %1").arg(lead));
    if (paid) {
        REQUIRE(DealService(*w.db, w.clock)
                    .addPayment({deal, w.now, Money{kopecks}, method, false, {}, {}})
                    .ok());
    }
    return deal;
}

}  // namespace fd::test
