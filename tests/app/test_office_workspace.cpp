#include "app_test_support.h"
#include "formatting.h"
#include "test_support.h"

#include "dialogs/follow_up_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "funnel/funnel_engine.h"
#include "models/rows_model.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/report_service.h"
#include "storage/content_digest.h"
#include "storage/lead_repository.h"
#include "views/lead_card.h"
#include "views/office_workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace fd::core;
using fd::app::OfficeWorkspace;
using fd::app::RowsModel;
using fd::app::RowTone;
using fd::test::msk;
using fd::test::require;
using fd::test::whenDialogOpens;
using fd::test::World;

namespace {

struct Desk {
    explicit Desk(World& w) : ws(*w.db, w.clock) {
        ws.selectOffice(w.moscow);
        ws.resize(1300, 800);
        ws.show();
        QApplication::setActiveWindow(&ws);
        REQUIRE(QTest::qWaitForWindowActive(&ws));
    }
    void key(QWidget* target, int k) {
        QApplication::setActiveWindow(&ws);
        target->setFocus();
        QTest::keyClick(target, static_cast<Qt::Key>(k));
    }
    /// The day view's row of the client, or -1.
    int rowOf(const QString& client) {
        RowsModel* m = ws.dayModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 1).data().toString() == client) {
                return r;
            }
        }
        return -1;
    }
    /// Selects the day view's row of the client.
    void select(const QString& client) {
        const int r = rowOf(client);
        if (r < 0) {
            FAIL("no row for " << client.toStdString());
        }
        ws.dayView()->selectRow(r);
    }
    OfficeWorkspace ws;
};

FunnelGroup byOperator(World& w, Id op) {
    FunnelSpec spec;
    spec.from = QDate(2026, 2, 1);
    spec.to = QDate(2026, 3, 31);
    spec.by = Breakdown::Operator;
    const FunnelReport r = require(ReportService(*w.db).funnel(spec));
    for (const FunnelGroup& g : r.groups) {
        if (g.key == QString::number(op)) {
            return g;
        }
    }
    return {};
}

qint64 stage(const FunnelGroup& g, Stage s) {
    return g.stages[static_cast<size_t>(s)];
}

}  // namespace

TEST_CASE("Arrived and no-show are one key each and set the milestones", "[app][office]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    const Id came =
        w.bookedLead(QStringLiteral("Анна Пришедшая"), QStringLiteral("+79120000201"), msk(2026, 3, 2, 11));
    const Id missed = w.bookedLead(QStringLiteral("Борис Непришедший"), QStringLiteral("+79120000202"),
                                   msk(2026, 3, 2, 12));
    w.now = msk(2026, 3, 2, 13, 30);
    Desk office(w);
    QAbstractItemModelTester tester(office.ws.dayModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(office.ws.dayModel()->rowCount() == 2);
    // Both meetings have passed unmarked: flagged on top.
    CHECK(office.ws.dayModel()->index(0, 0).data(RowsModel::FlaggedRole).toBool());

    office.select(QStringLiteral("Анна Пришедшая"));
    office.key(office.ws.dayView(), Qt::Key_A);
    const Lead a = *LeadRepository(*w.db).lead(came);
    CHECK(a.milestones.arrivedAt == w.now);
    CHECK(a.status == LeadStatus::Arrived);

    office.select(QStringLiteral("Борис Непришедший"));
    office.key(office.ws.dayView(), Qt::Key_N);
    const Lead b = *LeadRepository(*w.db).lead(missed);
    CHECK_FALSE(b.milestones.arrivedAt.has_value());
    CHECK(b.status == LeadStatus::InProgress);
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT no_shows, last_no_show_at FROM leads WHERE id = %1").arg(missed)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toLongLong() == msk(2026, 3, 2, 12));
    // Marked now: nothing is flagged any more, and the model tints each row by its state.
    auto toneOf = [&](const QString& client) {
        const int row = office.rowOf(client);
        REQUIRE(row >= 0);
        return static_cast<RowTone>(office.ws.dayModel()->index(row, 0).data(RowsModel::ToneRole).toInt());
    };
    for (int r = 0; r < office.ws.dayModel()->rowCount(); ++r) {
        CHECK_FALSE(office.ws.dayModel()->index(r, 0).data(RowsModel::FlaggedRole).toBool());
    }
    CHECK(toneOf(QStringLiteral("Анна Пришедшая")) == RowTone::Awaiting);
    CHECK(toneOf(QStringLiteral("Борис Непришедший")) == RowTone::Closed);
    const QModelIndex came0 = office.ws.dayModel()->index(office.rowOf(QStringLiteral("Анна Пришедшая")), 0);
    CHECK(came0.data(Qt::BackgroundRole).value<QBrush>().style() == Qt::SolidPattern);
    CHECK(came0.data(Qt::BackgroundRole).value<QBrush>() !=
          office.ws.dayModel()
              ->index(office.rowOf(QStringLiteral("Борис Непришедший")), 0)
              .data(Qt::BackgroundRole)
              .value<QBrush>());
}

TEST_CASE("A non-target arrival raises the operator's arrivals but not the target arrivals",
          "[app][office]") {
    World w;
    w.bookedLead(QStringLiteral("Вера Нецелевая"), QStringLiteral("+79120000211"), msk(2026, 3, 2, 11));
    w.now = msk(2026, 3, 2, 11, 5);
    Desk office(w);
    const FunnelGroup before = byOperator(w, w.operatorA);
    office.select(QStringLiteral("Вера Нецелевая"));
    office.key(office.ws.dayView(), Qt::Key_A);
    bool ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->chooseOutcome(3);  // non-target
            d->save();            // no reason yet: refused at the field
            CHECK(d->errorText() == QStringLiteral("Choose the reason."));
            d->qualificationBox()->setCurrentIndex(1);  // insolvent
            d->reasonBox()->setCurrentIndex(d->reasonBox()->findText(QStringLiteral("Неплатёжеспособен")));
            d->save();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    REQUIRE(ran);
    const FunnelGroup after = byOperator(w, w.operatorA);
    CHECK(stage(after, Stage::Arrived) == stage(before, Stage::Arrived) + 1);
    CHECK(stage(after, Stage::Target) == stage(before, Stage::Target));
    CHECK(stage(after, Stage::Target) == 0);
}

TEST_CASE("A sale paid in two installments shows what is outstanding", "[app][office]") {
    World w;
    w.bookedLead(QStringLiteral("Глеб Покупатель"), QStringLiteral("+79120000221"), msk(2026, 3, 2, 11));
    w.now = msk(2026, 3, 2, 11, 10);
    Desk office(w);
    office.select(QStringLiteral("Глеб Покупатель"));
    office.key(office.ws.dayView(), Qt::Key_A);
    bool ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->amountEdit()->setText(QStringLiteral("120 000"));
            d->productEdit()->setText(QStringLiteral("Банкротство"));
            d->save();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    REQUIRE(ran);

    for (const char* amount : {"50000", "30000,50"}) {
        ran = false;
        whenDialogOpens<fd::app::PaymentDialog>(
            [&](fd::app::PaymentDialog* d) {
                CHECK_FALSE(d->amountEdit()->text().isEmpty());  // the outstanding sum is offered
                d->amountEdit()->setText(QString::fromLatin1(amount));
                d->save();
            },
            &ran);
        office.key(office.ws.dayView(), Qt::Key_P);
        REQUIRE(ran);
    }
    office.ws.selectTab(OfficeWorkspace::CashTab);
    RowsModel* deals = office.ws.dealsModel();
    QAbstractItemModelTester tester(deals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(deals->rowCount() == 1);
    const QString outstanding = deals->index(0, 5).data().toString();
    INFO(outstanding.toStdString());
    CHECK(outstanding.contains(QStringLiteral("39")));
    CHECK((outstanding.contains(QStringLiteral("999,50")) || outstanding.contains(QStringLiteral("999.50"))));
    CHECK(office.ws.cashModel()->rowCount() == 2);
    CHECK(office.ws.cashTotal()->text().contains(QStringLiteral("80")));
}

TEST_CASE("A follow-up sale three days later counts as a sale after follow-up", "[app][office]") {
    World w;
    const Id lead =
        w.bookedLead(QStringLiteral("Дина Думающая"), QStringLiteral("+79120000231"), msk(2026, 3, 2, 11));
    w.now = msk(2026, 3, 2, 11, 10);
    Desk office(w);
    office.select(QStringLiteral("Дина Думающая"));
    office.key(office.ws.dayView(), Qt::Key_A);
    bool ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->chooseOutcome(1);  // thinking
            d->followUpEdit()->setDate(QDate(2026, 3, 5));
            d->save();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    REQUIRE(ran);

    w.now = msk(2026, 3, 5, 12);
    office.ws.refresh();
    office.ws.selectTab(OfficeWorkspace::FollowUpTab);
    REQUIRE(office.ws.followUpModel()->rowCount() == 1);
    office.ws.followUpView()->selectRow(0);
    ran = false;
    whenDialogOpens<fd::app::FollowUpDialog>(
        [&](fd::app::FollowUpDialog* d) {
            d->amountEdit()->setText(QStringLiteral("90000"));
            d->save();
        },
        &ran);
    office.key(office.ws.followUpView(), Qt::Key_S);
    REQUIRE(ran);
    CHECK(office.ws.followUpModel()->rowCount() == 0);
    const Lead l = *LeadRepository(*w.db).lead(lead);
    CHECK(l.status == LeadStatus::Sold);
    CHECK(l.milestones.soldAt == w.now);
    FunnelSpec spec;
    spec.from = QDate(2026, 2, 1);
    spec.to = QDate(2026, 3, 31);
    const FunnelReport r = require(ReportService(*w.db).funnel(spec));
    CHECK(r.total.salesAfterFollowUp == 1);
    CHECK(r.total.salesFirstMeeting == 0);
}

TEST_CASE("Bad amounts and missing reasons are refused at the field and change nothing", "[app][office]") {
    World w;
    w.bookedLead(QStringLiteral("Егор Проверочный"), QStringLiteral("+79120000241"), msk(2026, 3, 2, 11));
    w.now = msk(2026, 3, 2, 11, 10);
    Desk office(w);
    office.select(QStringLiteral("Егор Проверочный"));
    office.key(office.ws.dayView(), Qt::Key_A);
    const QByteArray arrived = contentDigest(*w.db);
    bool ran = false;
    QStringList refusals;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->amountEdit()->setText(QStringLiteral("0"));
            d->save();
            refusals << d->errorText();
            d->amountEdit()->setText(QStringLiteral("сто тысяч"));
            d->save();
            refusals << d->errorText();
            d->chooseOutcome(2);  // refused, without the reason
            d->save();
            refusals << d->errorText();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    REQUIRE(ran);
    CHECK(refusals.at(0).contains(QLatin1String("greater than zero")));
    CHECK(refusals.at(1).contains(QStringLiteral("сто тысяч")));
    CHECK(refusals.at(2) == QStringLiteral("Choose the reason."));
    CHECK(contentDigest(*w.db) == arrived);

    // A sale of 10 000, then payments that are refused.
    ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>(
        [&](fd::app::OutcomeDialog* d) {
            d->amountEdit()->setText(QStringLiteral("10000"));
            d->save();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    REQUIRE(ran);
    const QByteArray sold = contentDigest(*w.db);
    refusals.clear();
    ran = false;
    whenDialogOpens<fd::app::PaymentDialog>(
        [&](fd::app::PaymentDialog* d) {
            for (const char* bad : {"0", "-500", "12000", ""}) {
                d->amountEdit()->setText(QString::fromLatin1(bad));
                d->save();
                refusals << d->errorText();
            }
            CHECK(d->isVisible());
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_P);
    REQUIRE(ran);
    REQUIRE(refusals.size() == 4);
    CHECK(refusals.at(0).contains(QLatin1String("greater than zero")));
    CHECK(refusals.at(1).contains(QLatin1String("greater than zero")));
    CHECK(refusals.at(2).contains(QLatin1String("overpayment")));
    CHECK(refusals.at(3) == QStringLiteral("Enter the amount."));
    CHECK(contentDigest(*w.db) == sold);

    // The same overpayment, marked as one, is accepted.
    ran = false;
    whenDialogOpens<fd::app::PaymentDialog>(
        [&](fd::app::PaymentDialog* d) {
            d->amountEdit()->setText(QStringLiteral("12000"));
            d->overpaymentBox()->setChecked(true);
            d->save();
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_P);
    REQUIRE(ran);
    CHECK(contentDigest(*w.db) != sold);
    CHECK(w.count("payments WHERE amount = 1200000") == 1);
}

TEST_CASE("A walk-in client becomes a lead and an arrived meeting in one step", "[app][office]") {
    World w;
    Desk office(w);
    const qint64 leadsBefore = w.count("leads");
    bool ran = false;
    whenDialogOpens<fd::app::NewLeadDialog>(
        [&](fd::app::NewLeadDialog* d) {
            fd::test::typeText(d->findChild<QLineEdit*>(QStringLiteral("name")),
                               QStringLiteral("Зинаида Пришедшая"));
            auto* phone = d->findChild<QLineEdit*>(QStringLiteral("phone"));
            QTest::keyClicks(phone, QStringLiteral("8 912 000-02-51"));
            QTest::keyClick(phone, Qt::Key_Return);
        },
        &ran);
    office.key(office.ws.dayView(), Qt::Key_Insert);
    REQUIRE(ran);
    CHECK(w.count("leads") == leadsBefore + 1);
    CHECK(w.count("meetings WHERE status = 'arrived' AND booked_by_id IS NULL AND arrived_at IS NOT NULL") ==
          1);
    const int row = office.ws.dayView()->currentIndex().row();
    REQUIRE(row >= 0);
    CHECK(office.ws.dayModel()->index(row, 1).data().toString() == QStringLiteral("Зинаида Пришедшая"));
    CHECK(office.ws.dayModel()->index(row, 3).data().toString() == QStringLiteral("walk-in"));
    // The outcome can be recorded right away.
    ran = false;
    whenDialogOpens<fd::app::OutcomeDialog>([&](fd::app::OutcomeDialog*) {}, &ran);
    office.key(office.ws.dayView(), Qt::Key_O);
    CHECK(ran);
}

TEST_CASE("An office's meetings show in the office's own time, whatever the computer's zone",
          "[app][office]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow = 12:00 in Yekaterinburg (UTC+5)
    // Booked at 09:00 there for 10:00 and 15:00 Yekaterinburg time; at noon the first has passed
    // unmarked (flagged, shown with formatWhen) and the second is ahead.
    w.now = msk(2026, 3, 2, 7);
    w.bookedLead(QStringLiteral("Ефим Утренний"), QStringLiteral("+79120000401"), msk(2026, 3, 2, 8), w.ekb);
    w.bookedLead(QStringLiteral("Ефим Дневной"), QStringLiteral("+79120000402"), msk(2026, 3, 2, 13), w.ekb);
    w.now = msk(2026, 3, 2, 10);
    Desk office(w);
    office.ws.selectOffice(w.ekb);
    QTRY_COMPARE(office.ws.dayModel()->rowCount(), 2);
    auto timeOf = [&](const QString& client) {
        RowsModel* m = office.ws.dayModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 1).data().toString() == client) {
                return m->index(r, 0).data().toString();
            }
        }
        return QString();
    };
    CHECK(timeOf(QStringLiteral("Ефим Утренний")) == QStringLiteral("10:00 AM"));
    CHECK(timeOf(QStringLiteral("Ефим Дневной")) == QStringLiteral("3:00 PM"));
    // The page says it shows office time when the computer's clock is in another zone.
    const QList<QLabel*> labels = office.ws.findChildren<QLabel*>();
    const bool computerInEkb = QDateTime::fromSecsSinceEpoch(w.now).offsetFromUtc() == 5 * 3600;
    const bool noted = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->isVisible() && l->text().contains(QStringLiteral("UTC+5"));
    });
    CHECK(noted == !computerInEkb);
    // The lead card says the meeting's time as the office's clock shows it.
    office.select(QStringLiteral("Ефим Дневной"));
    const QDateTime ekbThree(QDate(2026, 3, 2), QTime(15, 0), QTimeZone("Asia/Yekaterinburg"));
    const QString card = office.ws.card()->toPlainText();
    CHECK(card.contains(QLocale().toString(ekbThree, fd::app::dateTimeFormat())));
    CHECK(card.contains(QStringLiteral("(UTC+5)")) == !computerInEkb);
    // Back to Moscow: Moscow times, and the note goes when the computer is on Moscow time.
    office.ws.selectOffice(w.moscow);
    w.bookedLead(QStringLiteral("Мария Московская"), QStringLiteral("+79120000403"), msk(2026, 3, 2, 14));
    office.ws.refresh();
    CHECK(timeOf(QStringLiteral("Мария Московская")) == QStringLiteral("2:00 PM"));
}
