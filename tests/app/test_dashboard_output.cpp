// What the dashboard shows and prints is read right: the funnel on a linear scale, the total
// in sight while the rows scroll, names whole in the PDF.

#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "formatting.h"
#include "test_support.h"

#include "models/dashboard_model.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLogValueAxis>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QValueAxis>

using namespace fd;
using fd::test::Demo;
using fd::test::require;
using fd::test::waitReady;

TEST_CASE("The funnel's bars are on a linear scale from the leads down, the visitors a number in the title",
          "[app][dashboard][output]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.resize(1280, 720);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    ws.setPeriod(QDate(2026, 4, 1), QDate(2026, 5, 31));
    waitReady(ws);
    QChart* chart = ws.funnelView()->chart();
    const core::FunnelGroup& total = ws.model()->report().total;
    REQUIRE(total.money.visitors.has_value());
    CHECK(chart->title().contains(app::formatCount(*total.money.visitors)));
    bool logarithmic = false;
    const QValueAxis* linear = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        logarithmic = logarithmic || qobject_cast<QLogValueAxis*>(axis) != nullptr;
        linear = linear ? linear : qobject_cast<QValueAxis*>(axis);
    }
    CHECK_FALSE(logarithmic);
    REQUIRE(linear != nullptr);
    CHECK(linear->min() == 0);
    CHECK(linear->max() >= static_cast<double>(total.stages[0]));
    // One bar per stage, each as long as its count: paid at the bottom, leads at the top.
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    REQUIRE(series != nullptr);
    const QBarSet* bars = series->barSets().value(0);
    REQUIRE(bars->count() == core::kStageCount);
    CHECK(bars->at(bars->count() - 1) == static_cast<double>(total.stages[0]));
    CHECK(bars->at(0) == static_cast<double>(total.stages[core::kStageCount - 1]));
}

TEST_CASE("The total row stays in sight and in step while the rows scroll", "[app][dashboard][output]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.resize(900, 620);
    ws.show();
    QApplication::setActiveWindow(&ws);
    REQUIRE(QTest::qWaitForWindowActive(&ws));
    ws.setPeriod(QDate(2026, 1, 1), QDate(2026, 6, 30));
    ws.setBreakdown(core::Breakdown::Week);  // many rows
    waitReady(ws);
    QTableView* rows = ws.view();
    QTableView* total = ws.totalView();
    const int last = ws.model()->rowCount() - 1;
    REQUIRE(last > 10);
    CHECK(rows->isRowHidden(last));
    // More rows than fit (the scroll range follows the layout a moment after the report).
    REQUIRE(QTest::qWaitFor([&] { return rows->verticalScrollBar()->maximum() > 0; }, 5000));
    const auto totalInSight = [&] {
        const QRect cell = total->visualRect(ws.model()->index(last, app::DashboardModel::Leads));
        return total->isVisible() && total->viewport()->rect().contains(cell.center());
    };
    CHECK(totalInSight());
    CHECK(total->model()->index(last, 0).data().toString() == QStringLiteral("Total"));
    // Down to the last week with the keys, then to the last column.
    rows->setFocus();
    QTest::keyClick(rows, Qt::Key_End, Qt::ControlModifier);
    CHECK(rows->currentIndex().row() == last - 1);
    CHECK(totalInSight());
    QTest::keyClick(rows, Qt::Key_End);
    CHECK(rows->horizontalScrollBar()->value() > 0);
    INFO("viewports " << rows->viewport()->width() << " / " << total->viewport()->width() << ", lengths "
                      << rows->horizontalHeader()->length() << " / " << total->horizontalHeader()->length()
                      << ", maxima " << rows->horizontalScrollBar()->maximum() << " / "
                      << total->horizontalScrollBar()->maximum());
    CHECK(total->horizontalScrollBar()->value() == rows->horizontalScrollBar()->value());
    for (int c = 0; c < app::DashboardModel::ColumnCount - 1; ++c) {
        CHECK(total->columnWidth(c) == rows->columnWidth(c));
    }
}

TEST_CASE("The PDF report keeps every name whole on its line", "[app][dashboard][output]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.resize(1280, 720);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    ws.setPeriod(QDate(2026, 4, 1), QDate(2026, 5, 31));
    for (const core::Breakdown by : {core::Breakdown::Channel, core::Breakdown::Campaign}) {
        ws.setBreakdown(by);
        waitReady(ws);
        const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
        REQUIRE(ws.exportView(pdf, app::MarketingWorkspace::ExportFormat::Pdf).isEmpty());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(60000));
        const QString layout = QString::fromUtf8(text.readAllStandardOutput());
        for (int row = 0; row < ws.model()->rowCount(); ++row) {
            const QString name = ws.model()->index(row, app::DashboardModel::Group).data().toString();
            QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString& w : words) {
                w = QRegularExpression::escape(w);
            }
            INFO(name.toStdString());
            CHECK(layout.contains(QRegularExpression(words.join(QStringLiteral("[ \\t]+")))));
        }
    }
}

namespace {

QStringList g_chartWarnings;

void keepChartWarnings(QtMsgType, const QMessageLogContext&, const QString& message) {
    g_chartWarnings << message;
}

}  // namespace

TEST_CASE("A company with no data yet gets a dashboard with scaled, empty charts and no warnings",
          "[app][dashboard]") {
    QTemporaryDir dir;
    auto db = require(
        core::Database::open(dir.filePath(QStringLiteral("empty.sqlite")), core::OpenMode::CreateNew));
    g_chartWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepChartWarnings);
    {
        app::MarketingWorkspace ws(*db, [] { return fd::test::msk(2026, 6, 30, 18); });
        ws.resize(1280, 720);
        ws.show();
        fd::test::waitReady(ws);
        QTest::qWait(50);
    }
    qInstallMessageHandler(previous);
    INFO(g_chartWarnings.join(QStringLiteral(" | ")).toStdString());
    CHECK_FALSE(g_chartWarnings.join(QLatin1Char(' ')).contains(QStringLiteral("NaN"), Qt::CaseInsensitive));
    CHECK_FALSE(g_chartWarnings.join(QLatin1Char(' ')).contains(QStringLiteral("invalid range")));
}
