// One date format per interface language and one clock per screen: the office workspace
// speaks the office's time, everywhere on it, and a payment is stored at the time typed.

#include "app_test_support.h"
#include "main_window_driver.h"
#include "test_support.h"

#include "dialogs/payment_dialog.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/meeting_service.h"
#include "views/lead_card.h"
#include "views/office_workspace.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

using namespace fd::core;
using fd::app::OfficeWorkspace;
using fd::test::meetingOf;
using fd::test::msk;
using fd::test::require;
using fd::test::scalar;
using fd::test::Shift;
using fd::test::World;

TEST_CASE(
    "The office workspace shows every time by the office's clock, and a payment typed at 18:16 is stored and "
    "listed at 18:16",
    "[app][shift][zones]") {
    QSettings().clear();
    World w;
    // The office whose clock is not this computer's.
    const bool computerInMoscow = QDateTime::fromSecsSinceEpoch(w.now).offsetFromUtc() == 3 * 3600;
    const Id officeId = computerInMoscow ? w.ekb : w.moscow;
    const QTimeZone zone(computerInMoscow ? QByteArray("Asia/Yekaterinburg") : QByteArray("Europe/Moscow"));
    const QDate today = QDateTime::fromSecsSinceEpoch(w.now, zone).date();
    const qint64 slot = QDateTime(today, QTime(12, 0), zone).toSecsSinceEpoch();
    const Id lead =
        w.bookedLead(QStringLiteral("Тамара Кассовая"), QStringLiteral("+79120000901"), slot, officeId);
    w.now = slot + 300;
    MeetingService meetings(*w.db, w.clock);
    require(meetings.markArrived(meetingOf(w, lead), std::nullopt));
    OutcomeInput sale;
    sale.meetingId = meetingOf(w, lead);
    sale.dealAmount = Money{3'000'000};
    require(meetings.recordOutcome(sale));

    Shift s(w, QStringLiteral("office"));
    auto* office = s.workspace<OfficeWorkspace>();
    office->selectOffice(officeId);
    s.clickRow(office->dayView(), 1, QStringLiteral("Тамара Кассовая"));
    // The card's history is on the office's clock too.
    const QString card = office->findChild<fd::app::LeadCard*>()->toPlainText();
    INFO(card.toStdString());
    CHECK(card.contains(fd::app::formatDateTime(w.now - 300, zone)));
    CHECK(card.contains(QStringLiteral("Came to the office")));
    CHECK(card.contains(QLocale().toString(QTime(12, 5), fd::app::timeFormat())));

    s.clickTab(office->findChild<QTabWidget*>(), OfficeWorkspace::CashTab);
    s.clickRow(office->dealsView(), 1, QStringLiteral("Тамара Кассовая"));
    bool ran = false;
    QString shown;
    QString label;
    fd::test::whenDialogOpens<fd::app::PaymentDialog>(
        [&](fd::app::PaymentDialog* d) {
            auto* paidAt = d->findChild<QDateTimeEdit*>();
            REQUIRE(paidAt != nullptr);
            shown = paidAt->text();
            // The cashier reads 18:16 off the office's wall and types it.
            paidAt->setFocus();
            paidAt->selectAll();
            QTest::keyClicks(paidAt,
                             QLocale().toString(QDateTime(today, QTime(18, 16)), fd::app::dateTimeFormat()));
            QPushButton* receive = nullptr;
            for (QPushButton* b : d->findChildren<QPushButton*>()) {
                receive = b->text().contains(QStringLiteral("Receive")) ? b : receive;
            }
            REQUIRE(receive != nullptr);
            QTest::mouseClick(receive, Qt::LeftButton);
        },
        &ran);
    s.press(Qt::Key_P);
    REQUIRE(ran);
    CHECK(shown == QLocale().toString(QDateTime::fromSecsSinceEpoch(w.now, zone), fd::app::dateTimeFormat()));
    CHECK(scalar(w, QStringLiteral("SELECT paid_at FROM payments")) ==
          QDateTime(today, QTime(18, 16), zone).toSecsSinceEpoch());
    const QAbstractItemModel* cash = office->cashModel();
    REQUIRE(cash->rowCount() == 1);
    CHECK(cash->index(0, 0).data().toString() == QLocale().toString(QTime(18, 16), fd::app::timeFormat()));
}

TEST_CASE(
    "Dates follow the interface language: dd.MM.yyyy and 24 hours in Russian, the English locale in English",
    "[app][shift][zones]") {
    for (const char* lang : {"ru", "en"}) {
        INFO(lang);
        QSettings().clear();
        fd::test::Language language{QString::fromLatin1(lang)};
        World w;
        w.bookedLead(QStringLiteral("Дата Формат"), QStringLiteral("+79120000911"), msk(2026, 3, 2, 15));
        Shift s(w, QStringLiteral("office"));
        auto* office = s.workspace<OfficeWorkspace>();
        const QString day = office->findChild<QDateEdit*>()->text();
        const QString time = office->dayView()->model()->index(0, 0).data().toString();
        INFO(day.toStdString() << " / " << time.toStdString());
        if (QLatin1String(lang) == QLatin1String("ru")) {
            CHECK(day.endsWith(QStringLiteral("02.03.2026")));
            CHECK(time == QStringLiteral("15:00"));
        } else {
            CHECK(day.endsWith(QStringLiteral("3/2/2026")));
            CHECK(time == QStringLiteral("3:00 PM"));
        }
    }
}
