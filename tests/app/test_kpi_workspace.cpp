// The KPI and bonuses workspace on the demo company.

#include "app_test_support.h"
#include "dashboard_test_support.h"

#include "dialogs/drill_down_dialog.h"
#include "formatting.h"
#include "kpi/kpi_model.h"
#include "kpi/kpi_workspace.h"
#include "kpi/month_panel.h"
#include "kpi/plans_dialog.h"
#include "kpi/scheme_dialog.h"
#include "services/data_health.h"
#include "services/payroll_service.h"
#include "storage/catalog_repository.h"
#include "views/operator_workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace fd;
using fd::test::Demo;
using fd::test::whenDialogOpens;

namespace {

void waitReady(app::KpiWorkspace& ws) {
    for (int i = 0; i < 300 && !ws.isReady(); ++i) {
        QTest::qWait(10);
    }
    REQUIRE(ws.isReady());
}

core::Actor actorNamed(core::Database& db, const QString& name) {
    for (const core::Employee& e : core::CatalogRepository(db).employees()) {
        if (e.name == name) {
            return {e.id, e.role, e.officeId, e.name, {}};
        }
    }
    FAIL("no employee " << name.toStdString());
    return {};
}

int columnOf(const app::KpiModel& model, core::Kpi kpi) {
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.kpiAt(c) == kpi) {
            return c;
        }
    }
    FAIL("no column for " << core::toCode(kpi).toStdString());
    return -1;
}

}  // namespace

TEST_CASE("The KPI tabs show what the payroll service computes, and a head closes the month from them",
          "[app][kpi]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    demo.db->setActor(actorNamed(*demo.db, QStringLiteral("Сергей Петров")));
    app::KpiWorkspace ws(*demo.db, demo.clock);
    for (const auto tab : {app::KpiWorkspace::Tab::CallCenter, app::KpiWorkspace::Tab::Office,
                           app::KpiWorkspace::Tab::Marketing, app::KpiWorkspace::Tab::Payroll}) {
        new QAbstractItemModelTester(ws.model(tab), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     &ws);
    }
    ws.show();
    ws.selectMonth(QDate(2026, 5, 1));
    waitReady(ws);
    const core::Payroll computed =
        fd::test::require(core::PayrollService(*demo.db, demo.clock).payroll(QDate(2026, 5, 1)));
    app::KpiModel* payroll = ws.model(app::KpiWorkspace::Tab::Payroll);
    REQUIRE(payroll->rowCount() == static_cast<int>(computed.people.size()));
    for (int r = 0; r < payroll->rowCount(); ++r) {
        CHECK(payroll->rowId(r) == computed.people[static_cast<size_t>(r)].employeeId);
    }
    // The call center's total row: the company's target arrivals, bold.
    app::KpiModel* calls = ws.model(app::KpiWorkspace::Tab::CallCenter);
    const int total = calls->rowCount() - 1;
    CHECK(calls->index(total, 0).data(app::KpiModel::TotalRole).toBool());
    const int target = columnOf(*calls, core::Kpi::TargetArrivals);
    CHECK(calls->index(total, target).data().toString() ==
          app::KpiModel::kpiText(core::Kpi::TargetArrivals,
                                 computed.company.at(core::Kpi::TargetArrivals).fact));

    // A double-click on a person's target arrivals lists exactly those leads.
    QTableView* callView = ws.view(app::KpiWorkspace::Tab::CallCenter);
    const QModelIndex olgasTarget = calls->index(0, target);
    const int shown = olgasTarget.data().toInt();
    REQUIRE(shown > 0);
    int listed = -1;
    bool opened = false;

    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    callView->scrollTo(olgasTarget);
    // A double-click reaches a widget as press, release, then the double-click press.
    QTest::mouseClick(callView->viewport(), Qt::LeftButton, Qt::NoModifier,
                      callView->visualRect(olgasTarget).center());
    whenDialogOpens<app::DrillDownDialog>([&](app::DrillDownDialog* d) { listed = d->model()->rowCount(); },
                                          &opened);
    QTest::mouseDClick(callView->viewport(), Qt::LeftButton, Qt::NoModifier,
                       callView->visualRect(olgasTarget).center());
    REQUIRE(opened);
    CHECK(listed == shown);

    // The head closes May from the workspace: the figures are frozen and said to be.
    // The month's open gaps are said before it is frozen.
    const int gaps = core::DataHealth::total(fd::test::require(
        core::DataHealth(*demo.db, demo.clock).report(QDate(2026, 5, 1), QDate(2026, 6, 1))));
    REQUIRE(gaps > 0);
    bool asked = false;
    QString question;
    whenDialogOpens<QMessageBox>(
        [&](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        },
        &asked);
    QPushButton* close = nullptr;
    for (QPushButton* b : ws.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("&Close the month…")) {
            close = b;
        }
    }
    REQUIRE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    REQUIRE(asked);
    CHECK(question.contains(QStringLiteral("%1 mark").arg(gaps)));
    CHECK(question.contains(QStringLiteral("Close the month with these gaps?")));
    CHECK(question.contains(core::DataHealth::kindText(core::GapKind::FollowUpOverdue)));
    waitReady(ws);  // the month is computed again on the workspace's worker
    CHECK(ws.payroll().closed);
    CHECK(ws.payroll().total() == computed.total());

    // The payroll sheet for paying from.
    const QString sheet = demo.dir.filePath(QStringLiteral("payroll.csv"));
    REQUIRE(ws.exportTo(sheet).isEmpty());
    QFile file(sheet);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QLatin1Char('\n')) == static_cast<int>(computed.people.size()) + 1);
    CHECK(text.contains(QStringLiteral("to_pay")));

    // The KPI tabs on paper: a PDF of a page or more.
    const QString pdfPath = demo.dir.filePath(QStringLiteral("kpi.pdf"));
    REQUIRE(ws.exportTo(pdfPath).isEmpty());
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("/Type /Page"));
    CHECK(bytes.size() > 10'000);
}

TEST_CASE("An operator's KPI workspace holds their own row and the call center's total only", "[app][kpi]") {
    Demo demo;
    const core::Actor olga = actorNamed(*demo.db, QStringLiteral("Ольга Смирнова"));
    demo.db->setActor(olga);
    app::KpiWorkspace ws(*demo.db, demo.clock);
    ws.show();
    ws.selectMonth(QDate(2026, 5, 1));
    waitReady(ws);
    app::KpiModel* calls = ws.model(app::KpiWorkspace::Tab::CallCenter);
    REQUIRE(calls->rowCount() == 2);
    CHECK(calls->rowId(0) == olga.employeeId);
    CHECK(ws.model(app::KpiWorkspace::Tab::Payroll)->rowCount() == 1);
    CHECK(ws.model(app::KpiWorkspace::Tab::Office)->rowCount() == 1);  // the office's total only
}

TEST_CASE(
    "Each department's tab holds its rows and every KPI its head reads, and the month under way has a "
    "forecast",
    "[app][kpi]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;  // its clock stands in the month's last evening, so June is under way
    demo.db->setActor(actorNamed(*demo.db, QStringLiteral("Сергей Петров")));
    app::KpiWorkspace ws(*demo.db, demo.clock);
    ws.show();
    ws.selectMonth(QDate(2026, 6, 1));
    waitReady(ws);
    using core::Kpi;
    const std::pair<app::KpiWorkspace::Tab, std::vector<Kpi>> tabs[] = {
        {app::KpiWorkspace::Tab::CallCenter,
         {Kpi::LeadsWorked, Kpi::MinutesToFirstCall, Kpi::Booked, Kpi::Arrivals, Kpi::TargetArrivals,
          Kpi::LeadToTarget, Kpi::NonTargetShare, Kpi::ShowUp, Kpi::NoShow}},
        {app::KpiWorkspace::Tab::Office,
         {Kpi::Arrivals, Kpi::TargetArrivals, Kpi::Sales, Kpi::CloseRate, Kpi::SalesAfterFollowUp,
          Kpi::Contracted, Kpi::MoneyReceived, Kpi::AverageDeal}},
        {app::KpiWorkspace::Tab::Marketing,
         {Kpi::Visitors, Kpi::Leads, Kpi::VisitorToLead, Kpi::Spend, Kpi::CostPerLead, Kpi::TargetArrivals,
          Kpi::CostPerTarget, Kpi::Sales, Kpi::Cac, Kpi::MoneyReceived, Kpi::Romi}}};
    for (const auto& [tab, kpis] : tabs) {
        app::KpiModel* model = ws.model(tab);
        for (const Kpi kpi : kpis) {
            INFO(core::toCode(kpi).toStdString());
            CHECK(columnOf(*model, kpi) >= 0);
        }
        CHECK(model->index(model->rowCount() - 1, 0).data(app::KpiModel::TotalRole).toBool());
    }
    auto kinds = [](const app::KpiModel& model, core::KpiRowKind kind) {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            n += model.rowKind(r) == kind ? 1 : 0;
        }
        return n;
    };
    app::KpiModel* office = ws.model(app::KpiWorkspace::Tab::Office);
    CHECK(kinds(*office, core::KpiRowKind::Person) > 0);
    CHECK(kinds(*office, core::KpiRowKind::Office) > 0);
    CHECK(kinds(*ws.model(app::KpiWorkspace::Tab::Marketing), core::KpiRowKind::Channel) > 0);
    // The call center's target arrivals: a forecast beside the plan, with its range and how it was made.
    app::KpiModel* calls = ws.model(app::KpiWorkspace::Tab::CallCenter);
    int forecast = -1;
    for (int c = 0; c < calls->columnCount(); ++c) {
        forecast =
            calls->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Forecast") ? c : forecast;
    }
    REQUIRE(forecast > 0);
    const QModelIndex total = calls->index(calls->rowCount() - 1, forecast);
    CHECK(total.data().toString().contains(QStringLiteral("–")));
    CHECK(total.data(Qt::ToolTipRole).toString().contains(QStringLiteral("meetings booked")));
    // A rate's tooltip gives its interval.
    const QModelIndex showUp = calls->index(0, columnOf(*calls, Kpi::ShowUp));
    CHECK(showUp.data(Qt::ToolTipRole).toString().contains(QStringLiteral("95 % interval")));
}

TEST_CASE("The KPI workspace computes its month when it is first shown, not behind another workspace",
          "[app][kpi]") {
    Demo demo;
    demo.db->setActor(actorNamed(*demo.db, QStringLiteral("Сергей Петров")));
    app::KpiWorkspace ws(*demo.db, demo.clock);
    QSignalSpy computing(&ws, &app::KpiWorkspace::computeRequested);
    ws.selectMonth(QDate(2026, 5, 1));
    QTest::qWait(50);
    CHECK(computing.count() == 0);
    CHECK_FALSE(ws.isReady());
    ws.show();
    waitReady(ws);
    CHECK(computing.count() == 1);
    CHECK(ws.model(app::KpiWorkspace::Tab::Payroll)->rowCount() > 0);
}

TEST_CASE("An operator's desk shows their month so far: target arrivals against plan and the bonus",
          "[app][kpi]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    const core::Actor olga = actorNamed(*demo.db, QStringLiteral("Ольга Смирнова"));
    demo.db->setActor(olga);
    app::OperatorWorkspace desk(*demo.db, demo.clock);
    desk.show();
    for (int i = 0; i < 300 && !desk.isReady(); ++i) {
        QTest::qWait(10);
    }
    REQUIRE(desk.isReady());
    auto* panel = desk.findChild<app::MonthPanel*>();
    REQUIRE(panel);
    CHECK(panel->isVisible());
    const core::Payroll june =
        fd::test::require(core::PayrollService(*demo.db, demo.clock).payroll(QDate(2026, 6, 1)));
    REQUIRE(june.people.size() == 1);
    const core::PersonMonth& me = june.people[0];
    INFO(panel->text().toStdString());
    CHECK(panel->text().startsWith(QStringLiteral("June so far")));
    CHECK(panel->text().contains(
        app::KpiModel::kpiText(core::Kpi::TargetArrivals, me.figures.at(core::Kpi::TargetArrivals).fact)));
    CHECK(panel->text().contains(app::formatMoney(me.toPay())));

    // Every logged call refreshes the desk; the month, which reads the whole funnel, waits for its
    // minute instead of being computed again at once.
    QSignalSpy computing(panel, &app::MonthPanel::computeRequested);
    desk.refresh();
    desk.refresh();
    QTest::qWait(50);
    CHECK(computing.count() == 0);
    CHECK(panel->refreshWaiting());
    CHECK(panel->isReady());
}

TEST_CASE("The head pastes a month's plans from a spreadsheet, and a wrong cell saves nothing",
          "[app][kpi]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    demo.db->setActor(actorNamed(*demo.db, QStringLiteral("Сергей Петров")));
    const QDate july(2026, 7, 1);
    app::PlansDialog dialog(*demo.db, demo.clock, july);
    QTableWidget* grid = dialog.grid();
    REQUIRE(grid->rowCount() == 11 + 6 + 1);  // the active operators (one has left), managers, marketing
    grid->setCurrentCell(0, 0);
    dialog.paste(QStringLiteral("60\t30\r\n55\tabc\n"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(QStringLiteral("Sales")));
    CHECK(fd::test::require(core::PayrollService(*demo.db, demo.clock).plans(july)).empty());

    grid->setCurrentCell(1, 1);
    dialog.paste(QStringLiteral("25"));
    grid->setCurrentCell(grid->rowCount() - 1, 2);
    dialog.paste(QStringLiteral("3 500 000\t4 500"));  // the company's money and cost per target arrival
    REQUIRE(dialog.save());
    const std::vector<core::PlanEntry> plans =
        fd::test::require(core::PayrollService(*demo.db, demo.clock).plans(july));
    CHECK(plans.size() == 6);
    const auto find = [&](core::Kpi kpi, core::OptId who) {
        for (const core::PlanEntry& p : plans) {
            if (p.kpi == kpi && p.employeeId == who) {
                return p.value;
            }
        }
        return -1.0;
    };
    CHECK(find(core::Kpi::MoneyReceived, std::nullopt) == 350'000'000);
    CHECK(find(core::Kpi::CostPerTarget, std::nullopt) == 450'000);
    CHECK(find(core::Kpi::Sales, actorNamed(*demo.db, QStringLiteral("Дмитрий Козлов")).employeeId) == 25);
}

TEST_CASE("The head changes the operators' scheme from a month on, and the months before keep theirs",
          "[app][kpi]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    demo.db->setActor(actorNamed(*demo.db, QStringLiteral("Сергей Петров")));
    const QDate june(2026, 6, 1);
    app::SchemeDialog dialog(*demo.db, demo.clock, june);
    QTableWidget* rules = dialog.rules();
    REQUIRE(rules->rowCount() == 2);  // the demo's: per target arrival, steps
    CHECK(rules->item(0, 2)->text() == QStringLiteral("500"));
    rules->item(0, 2)->setText(QStringLiteral("700"));
    rules->item(1, 4)->setText(QStringLiteral("0.8:1; 0.5:2"));  // steps not rising
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().startsWith(QStringLiteral("Rule 2")));
    rules->item(1, 4)->setText(QStringLiteral("0:0; 0.8:1; 1:1.3"));
    REQUIRE(dialog.save());

    core::PayrollService payroll(*demo.db, demo.clock);
    const std::vector<core::BonusRule> now = fd::test::require(payroll.scheme(core::Role::Operator, june));
    REQUIRE(now.size() == 2);
    CHECK(now[0].amount == 70'000);
    CHECK(now[1].steps.back().multiplier == 1.3);
    const std::vector<core::BonusRule> may =
        fd::test::require(payroll.scheme(core::Role::Operator, QDate(2026, 5, 1)));
    CHECK(may[0].amount == 50'000);
}
