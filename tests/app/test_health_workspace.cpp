// The Data health view on the demo: every kind with its count and owners, the same as the
// service's report, a row opening the leads behind it, and the KPIs the month's gaps leave open.

#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "test_support.h"

#include "dialogs/drill_down_dialog.h"
#include "services/data_health.h"
#include "views/health_workspace.h"
#include "views/main_window.h"
#include "views/office_workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace fd::core;
using fd::test::require;

namespace {

/// Waits until the view has shown what its worker read.
void waitReady(const fd::app::HealthWorkspace& ws) {
    for (int i = 0; i < 1000 && !ws.isReady(); ++i) {
        QTest::qWait(10);
    }
    REQUIRE(ws.isReady());
}

}  // namespace

TEST_CASE("The Data health view lists each kind of gap with who fixes it and opens the leads behind a row",
          "[app][health]") {
    fd::test::Demo demo;
    fd::app::HealthWorkspace ws(*demo.db, demo.clock);
    ws.resize(1280, 720);
    ws.show();
    ws.setPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30));
    waitReady(ws);
    const HealthReport expected =
        require(DataHealth(*demo.db, demo.clock).report(QDate(2026, 6, 1), QDate(2026, 7, 1)));
    QTreeWidget* tree = ws.gaps();
    REQUIRE(tree->topLevelItemCount() == kGapKindCount);
    int total = 0;
    QTreeWidgetItem* someGroup = nullptr;
    for (int k = 0; k < kGapKindCount; ++k) {
        const auto kind = static_cast<GapKind>(k);
        QTreeWidgetItem* top = tree->topLevelItem(k);
        CAPTURE(toCode(kind));
        CHECK(top->text(0) == DataHealth::kindText(kind));
        CHECK(top->text(1).remove(QChar(0x00a0)).remove(QLatin1Char(' ')).toInt() == expected.count(kind));
        total += expected.count(kind);
        int groups = 0;
        for (const GapGroup& g : expected.groups) {
            groups += g.kind == kind ? 1 : 0;
        }
        CHECK(top->childCount() == groups);
        if (!someGroup && top->childCount() > 0 && kind == GapKind::UnmarkedMeeting) {
            someGroup = top->child(0);
        }
    }
    // The demo forgets marks the way a company does: the view has something of most kinds.
    CHECK(expected.count(GapKind::UnmarkedMeeting) > 0);
    CHECK(expected.count(GapKind::ArrivalWithoutOutcome) > 0);
    CHECK(expected.count(GapKind::LeadWithoutSource) > 0);
    CHECK(total > 0);

    // Enter on an owner's row: the leads behind it, each with its card.
    REQUIRE(someGroup != nullptr);
    const int expectedLeads = someGroup->text(1).toInt();
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<fd::app::DrillDownDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            opened = true;
            CHECK(dialog->model()->rowCount() == expectedLeads);
            dialog->reject();
        }
    });
    tree->setCurrentItem(someGroup);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(opened);

    // The month's KPIs the gaps leave open: a row for each, with the range.
    CHECK(ws.impact()->topLevelItemCount() > 0);

    // The meetings nobody marked, marked as no-shows in one go from their kind's row.
    tree->setCurrentItem(tree->topLevelItem(static_cast<int>(GapKind::UnmarkedMeeting)));
    REQUIRE(ws.fixButton()->isVisibleTo(&ws));
    CHECK(ws.fixButton()->text().contains(QString::number(expected.count(GapKind::UnmarkedMeeting))));
    CHECK(ws.fixCurrent(false).isEmpty());
    waitReady(ws);
    CHECK(ws.report().count(GapKind::UnmarkedMeeting) == 0);
    CHECK(tree->topLevelItem(static_cast<int>(GapKind::UnmarkedMeeting))->childCount() == 0);
    // A kind no fix in bulk is safe for shows no button.
    tree->setCurrentItem(tree->topLevelItem(static_cast<int>(GapKind::FollowUpOverdue)));
    CHECK_FALSE(ws.fixButton()->isVisibleTo(&ws));
}

TEST_CASE("A gap in the office's marks opens the office workspace on its office and day", "[app][health]") {
    fd::test::Demo demo;
    const QString path = demo.dir.filePath(QStringLiteral("demo.sqlite"));
    demo.db.reset();
    QSettings().clear();
    fd::app::MainWindow window(require(Database::open(path, OpenMode::Existing)), demo.clock);
    window.show();
    REQUIRE(window.selectWorkspace(QStringLiteral("health")));
    auto* health = qobject_cast<fd::app::HealthWorkspace*>(window.currentWorkspace());
    REQUIRE(health != nullptr);
    health->setPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30));
    waitReady(*health);
    QTreeWidgetItem* unmarked = health->gaps()->topLevelItem(static_cast<int>(GapKind::UnmarkedMeeting));
    REQUIRE(unmarked->childCount() > 0);
    health->gaps()->setCurrentItem(unmarked->child(0));
    REQUIRE(health->officeButton()->isVisibleTo(health));
    const GapGroup* group = nullptr;
    for (const GapGroup& g : health->report().groups) {
        if (g.kind == GapKind::UnmarkedMeeting && !group) {
            group = &g;
        }
    }
    REQUIRE(group != nullptr);
    QTest::mouseClick(health->officeButton(), Qt::LeftButton);
    auto* office = qobject_cast<fd::app::OfficeWorkspace*>(window.currentWorkspace());
    REQUIRE(office != nullptr);
    CHECK(office->day() == QDateTime::fromSecsSinceEpoch(group->records.front().at).date());
    CHECK(office->officeId() == group->owner.officeId);
    // A kind fixed elsewhere (the marketer's figures) offers no office.
    REQUIRE(window.selectWorkspace(QStringLiteral("health")));
    health->gaps()->setCurrentItem(
        health->gaps()->topLevelItem(static_cast<int>(GapKind::LeadWithoutSource)));
    CHECK_FALSE(health->officeButton()->isVisibleTo(health));
}
