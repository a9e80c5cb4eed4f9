#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "formatting.h"
#include "test_support.h"

#include "dialogs/drill_down_dialog.h"
#include "dialogs/spend_dialog.h"
#include "funnel/funnel_json.h"
#include "models/dashboard_model.h"
#include "multi_choice.h"
#include "services/demo_generator.h"
#include "services/report_service.h"
#include "storage/catalog_repository.h"
#include "views/lead_card.h"
#include "views/marketing_workspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace fd;
using fd::test::Demo;
using fd::test::require;
using fd::test::waitReady;

namespace {

/// The JSON number of a table column in a group of the engine's report, or null.
QJsonValue jsonValue(const QJsonObject& g, int column) {
    const QJsonObject stages = g[QStringLiteral("stages")].toObject();
    const QJsonObject money = g[QStringLiteral("money")].toObject();
    switch (column) {
        case app::DashboardModel::Visitors:
            return money[QStringLiteral("visitors")];
        case app::DashboardModel::Leads:
            return stages[QStringLiteral("lead")];
        case app::DashboardModel::VisitorToLead:
            return money[QStringLiteral("visitor_to_lead")].isNull()
                       ? QJsonValue()
                       : money[QStringLiteral("visitor_to_lead")].toObject()[QStringLiteral("rate")];
        case app::DashboardModel::Spend:
            return money[QStringLiteral("spend")];
        case app::DashboardModel::Cpl:
            return money[QStringLiteral("cpl")];
        case app::DashboardModel::Booked:
            return stages[QStringLiteral("booked")];
        case app::DashboardModel::Arrived:
            return stages[QStringLiteral("arrived")];
        case app::DashboardModel::Target:
            return stages[QStringLiteral("target")];
        case app::DashboardModel::TargetShare:
            return g[QStringLiteral("conversion")]
                .toObject()[QStringLiteral("step")]
                .toObject()[QStringLiteral("target")]
                .toObject()[QStringLiteral("rate")];
        case app::DashboardModel::CostPerTarget:
            return money[QStringLiteral("cost_per_target")];
        case app::DashboardModel::Sales:
            return stages[QStringLiteral("sale")];
        case app::DashboardModel::Revenue:
            return money[QStringLiteral("revenue")];
        case app::DashboardModel::Cac:
            return money[QStringLiteral("cac")];
        case app::DashboardModel::Romi:
            return money[QStringLiteral("romi")];
        default:
            return {};
    }
}

void compareWithEngine(core::Database& db, app::MarketingWorkspace& ws) {
    waitReady(ws);
    const QJsonObject json = core::funnelReportToJson(require(core::ReportService(db).funnel(ws.spec())));
    QJsonArray groups = json[QStringLiteral("groups")].toArray();
    groups.append(json[QStringLiteral("total")]);
    const app::DashboardModel* model = ws.model();
    REQUIRE(model->rowCount() == groups.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject g = groups[row].toObject();
        CHECK(model->data(model->index(row, 0), app::DashboardModel::GroupKeyRole).toString() ==
              g[QStringLiteral("key")].toString());
        for (int column = 1; column < app::DashboardModel::ColumnCount; ++column) {
            const QVariant shown = model->data(model->index(row, column), app::DashboardModel::ValueRole);
            const QJsonValue expected = jsonValue(g, column);
            INFO("row " << row << " column " << column << " key "
                        << g[QStringLiteral("key")].toString().toStdString());
            if (expected.isNull()) {
                CHECK_FALSE(shown.isValid());
            } else {
                REQUIRE(shown.isValid());
                CHECK(shown.value<double>() == Approx(expected.toVariant().value<double>()));
            }
        }
    }
}

}  // namespace

TEST_CASE("The dashboard table shows the engine's numbers for the same filters", "[app][dashboard]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    QAbstractItemModelTester tester(ws.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ws.show();
    ws.setPeriod(QDate(2026, 4, 1), QDate(2026, 5, 31));
    ws.setMode(core::FunnelMode::Cohort);
    ws.setBreakdown(core::Breakdown::Channel);
    compareWithEngine(*demo.db, ws);
    CHECK(ws.model()->data(ws.model()->index(0, app::DashboardModel::Spend), Qt::DisplayRole).toString() !=
          QStringLiteral("n/a"));

    ws.setBreakdown(core::Breakdown::Operator);  // no spend per operator: n/a, not zero
    compareWithEngine(*demo.db, ws);
    CHECK(ws.model()->data(ws.model()->index(0, app::DashboardModel::Cpl), Qt::DisplayRole).toString() ==
          app::DashboardModel::tr("n/a"));

    ws.setMode(core::FunnelMode::Period);
    ws.setBreakdown(core::Breakdown::Week);
    compareWithEngine(*demo.db, ws);

    ws.setMode(core::FunnelMode::Cohort);
    ws.windowBox()->setValue(14);
    const core::Id firstChannel = core::CatalogRepository(*demo.db).channels().front().id;
    ws.channelChoice()->setSelected({firstChannel});
    ws.setBreakdown(core::Breakdown::Campaign);
    compareWithEngine(*demo.db, ws);
    CHECK(ws.spec().windowDays == 14);
    CHECK(ws.spec().channels.size() == 1);

    ws.channelChoice()->setSelected({});
    const auto offices = core::CatalogRepository(*demo.db).offices();
    ws.officeChoice()->setSelected({offices[0].id, offices[1].id});  // two offices together
    ws.setBreakdown(core::Breakdown::Manager);
    compareWithEngine(*demo.db, ws);
    CHECK(ws.spec().offices.size() == 2);
    CHECK(ws.officeChoice()->summary() == offices[0].name + QStringLiteral(", ") + offices[1].name);
    // The trend's line can be CPL, cost per target arrival or ROMI; the report stays.
    ws.trendLineBox()->setCurrentIndex(2);
    CHECK(ws.isReady());
    // The trend is the same period by week.
    CHECK(ws.trend().spec.by == core::Breakdown::Week);
    CHECK(ws.trend().total.stages == ws.model()->report().total.stages);
}

TEST_CASE("A double-click on a count lists exactly that many leads, and a lead opens its card",
          "[app][dashboard]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.resize(1400, 900);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    ws.setPeriod(QDate(2026, 4, 1), QDate(2026, 5, 31));
    ws.setBreakdown(core::Breakdown::Channel);
    waitReady(ws);
    app::DrillDownDialog* opened = nullptr;
    QObject::connect(&ws, &app::MarketingWorkspace::drillDownOpened,
                     [&](app::DrillDownDialog* d) { opened = d; });
    for (const int column : {int(app::DashboardModel::Leads), int(app::DashboardModel::Target),
                             int(app::DashboardModel::Sales)}) {
        for (const int row : {0, ws.model()->rowCount() - 1}) {
            const QModelIndex cell = ws.model()->index(row, column);
            const qint64 shown = ws.model()->data(cell, app::DashboardModel::ValueRole).toLongLong();
            opened = nullptr;
            // As the user does it: a double-click on the cell (the total is pinned under the rows).
            QTableView* view = row == ws.model()->rowCount() - 1 ? ws.totalView() : ws.view();
            const QRect rect = view->visualRect(cell);
            REQUIRE(view->viewport()->rect().contains(rect.center()));
            // A double-click reaches a widget as press, release, then the double-click press.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
            for (int i = 0; i < 500 && !opened; ++i) {
                QTest::qWait(10);
            }
            REQUIRE(opened);
            INFO("row " << row << " column " << column);
            CHECK(opened->model()->rowCount() == shown);
            QAbstractItemModelTester tester(opened->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            if (shown > 0) {
                CHECK(opened->card()->leadId() == opened->model()->leadId(0));
                CHECK_FALSE(opened->model()
                                ->data(opened->model()->index(0, app::DrillDownModel::Name))
                                .toString()
                                .isEmpty());
            }
            opened->close();
        }
    }
    // A money column is not a list of leads.
    CHECK_FALSE(ws.drillDown(ws.model()->index(0, app::DashboardModel::Revenue)));
}

TEST_CASE("Changing a filter while a report runs shows only the newest report", "[app][dashboard]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.show();
    QSignalSpy readySpy(&ws, &app::Workspace::ready);
    // Three changes in a row without waiting: only the last one's report is shown.
    ws.setBreakdown(core::Breakdown::Office);
    ws.setMode(core::FunnelMode::Period);
    ws.setBreakdown(core::Breakdown::Month);
    waitReady(ws);
    QTest::qWait(100);
    CHECK(ws.model()->report().spec.by == core::Breakdown::Month);
    CHECK(ws.model()->report().spec.mode == core::FunnelMode::Period);
    CHECK(readySpy.count() == 1);
}

TEST_CASE("The dashboard exports its view as XLSX, CSV and a PDF report with the charts",
          "[app][dashboard]") {
    Demo demo;
    app::MarketingWorkspace ws(*demo.db, demo.clock);
    ws.resize(1400, 860);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    ws.setPeriod(QDate(2026, 4, 1), QDate(2026, 5, 31));
    ws.setBreakdown(core::Breakdown::Channel);
    waitReady(ws);
    QTemporaryDir out;
    const int rows = ws.model()->rowCount();

    const QString csv = out.filePath(QStringLiteral("view.csv"));
    REQUIRE(ws.exportView(csv, app::MarketingWorkspace::ExportFormat::Csv).isEmpty());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == rows + 1);
    // The screen shows long titles on two lines; the file has them on one.
    const int share = app::DashboardModel::TargetShare;
    CHECK(ws.model()->headerData(share, Qt::Horizontal).toString().contains(QLatin1Char('\n')));
    CHECK(lines.front().split(QLatin1Char(';'))[share].contains(ws.model()->headerText(share)));
    const QStringList total = lines.back().split(QLatin1Char(';'));
    CHECK(total[app::DashboardModel::Leads].toLongLong() ==
          ws.model()->report().total.stages[static_cast<std::size_t>(core::Stage::Lead)]);
    CHECK(total[app::DashboardModel::Revenue] ==
          core::Money{ws.model()->report().total.money.revenue}.toPlainString());

    const QString xlsx = out.filePath(QStringLiteral("view.xlsx"));
    REQUIRE(ws.exportView(xlsx, app::MarketingWorkspace::ExportFormat::Xlsx).isEmpty());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(60000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    // The total's leads as a number cell in the last row.
    CHECK(sheet.contains(QStringLiteral("<c r=\"C%1\"").arg(rows + 1)));
    CHECK(sheet.contains(QStringLiteral("<v>%1</v>").arg(ws.model()->report().total.stages[0])));

    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ws.exportView(pdf, app::MarketingWorkspace::ExportFormat::Pdf).isEmpty());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(60000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QLocale().toString(QDate(2026, 4, 1), fd::app::dateFormat())));  // the filters used
    CHECK(words.contains(ws.model()->data(ws.model()->index(0, app::DashboardModel::Group)).toString()));
    // The first page rendered as an image: the charts make it far from blank.
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                  out.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    QImage page(out.filePath(QStringLiteral("page-1.png")));
    if (qEnvironmentVariableIsSet("FD_KEEP_PDF")) {
        QFile::copy(pdf, qEnvironmentVariable("FD_KEEP_PDF"));
    }
    REQUIRE_FALSE(page.isNull());
    int coloured = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2) {
            const QColor c = page.pixelColor(x, y);
            coloured += (c.green() > c.red() + 40) ? 1 : 0;  // the funnel's green bars
        }
    }
    CHECK(coloured > 50);
}

TEST_CASE("Spend pasted from a tab-separated clipboard lands in the right cells and is saved",
          "[app][dashboard]") {
    Demo demo;
    app::SpendDialog dialog(*demo.db, QDate(2026, 5, 1));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    app::SpendGridModel* grid = dialog.model();
    QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(grid->rowCount() == 31);
    REQUIRE(grid->columnCount() >= 3);
    // Two rows of three cells, as Excel copies them (CRLF, a trailing line break).
    QApplication::clipboard()->setText(QStringLiteral("1 500\t2000,50\t0\r\n700\t\t12 345,67\r\n"));
    dialog.view()->setCurrentIndex(grid->index(9, 1));  // 10 May, the second column
    QApplication::setActiveWindow(&dialog);
    dialog.view()->setFocus();
    QTest::keyClick(dialog.view(), Qt::Key_V, Qt::ControlModifier);
    INFO(dialog.messageLabel()->text().toStdString());
    CHECK(dialog.messageLabel()->text().isEmpty());
    CHECK(grid->data(grid->index(9, 1), app::SpendGridModel::ValueRole).toLongLong() == 150000);
    CHECK(grid->data(grid->index(9, 2), app::SpendGridModel::ValueRole).toLongLong() == 200050);
    CHECK(grid->data(grid->index(9, 3), app::SpendGridModel::ValueRole).toLongLong() == 0);
    CHECK(grid->data(grid->index(10, 1), app::SpendGridModel::ValueRole).toLongLong() == 70000);
    CHECK(grid->data(grid->index(10, 2), app::SpendGridModel::ValueRole).toLongLong() == 0);
    CHECK(grid->data(grid->index(10, 3), app::SpendGridModel::ValueRole).toLongLong() == 1234567);
    CHECK(grid->isDirty());

    // A bad value anywhere: the message names the day and the column, and nothing changes.
    const QVariant before = grid->data(grid->index(0, 0), app::SpendGridModel::ValueRole);
    QApplication::clipboard()->setText(QStringLiteral("100\tabc\n"));
    dialog.view()->setCurrentIndex(grid->index(0, 0));
    QTest::keyClick(dialog.view(), Qt::Key_V, Qt::ControlModifier);
    CHECK(dialog.messageLabel()->text().contains(grid->key(1).name));
    CHECK(
        dialog.messageLabel()->text().contains(QLocale().toString(QDate(2026, 5, 1), fd::app::dateFormat())));
    CHECK(grid->data(grid->index(0, 0), app::SpendGridModel::ValueRole) == before);

    // Ctrl+S writes the pasted cells into the database, in their channel and campaign.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.saved());
    CHECK_FALSE(grid->isDirty());
    const app::SpendGridModel::Key k = grid->key(3);
    QSqlQuery q(demo.db->connection());
    q.prepare(
        QStringLiteral("SELECT amount FROM ad_spend WHERE day = '2026-05-11' AND channel_id = :ch AND "
                       "coalesce(campaign_id, 0) = :cp"));
    q.bindValue(QStringLiteral(":ch"), k.channelId);
    q.bindValue(QStringLiteral(":cp"), k.campaignId.value_or(0));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1234567);
    // Reloading shows what was saved.
    CHECK(grid->load(QDate(2026, 5, 1), core::CatalogService::Figure::Spend).isEmpty());
    CHECK(grid->data(grid->index(10, 3), app::SpendGridModel::ValueRole).toLongLong() == 1234567);
}
