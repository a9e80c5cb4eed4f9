#include "cli_test_support.h"

#include "funnel/month_figures.h"
#include "services/kpi_sheet.h"
#include "services/payroll_export.h"
#include "services/payroll_service.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd::core;

TEST_CASE("report kpi --plan prints each tab's rows, plans and bonuses as the KPI workspace has them",
          "[cli][payroll]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 2000);
    const Run json = cli({QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--db"), demo,
                          QStringLiteral("--plan"), QStringLiteral("--month"), QStringLiteral("2026-05"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    auto db = fd::test::require(Database::open(demo, OpenMode::Existing));
    const Payroll payroll = fd::test::require(PayrollService(*db).payroll(QDate(2026, 5, 1)));
    const QJsonArray tabs = printed.value(QStringLiteral("tabs")).toArray();
    REQUIRE(tabs.size() == 3);
    for (const QJsonValue& t : tabs) {
        const KpiTab tab = *fromCode<KpiTab>(t.toObject().value(QStringLiteral("tab")).toString());
        const std::vector<KpiSheetRow> rows = kpiSheetRows(payroll, tab);
        const QJsonArray printedRows = t.toObject().value(QStringLiteral("rows")).toArray();
        INFO(toCode(tab).toStdString());
        REQUIRE(printedRows.size() == static_cast<qsizetype>(rows.size()));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const QJsonObject row = printedRows[static_cast<qsizetype>(r)].toObject();
            CHECK(static_cast<Id>(row.value(QStringLiteral("id")).toDouble()) == rows[r].id);
            CHECK(static_cast<qint64>(row.value(QStringLiteral("bonus")).toDouble(-1)) ==
                  rows[r].bonus.value_or(-1));
            const QJsonObject kpis = row.value(QStringLiteral("kpis")).toObject();
            for (const KpiColumn& c : kpiColumns(tab)) {
                const auto it = rows[r].figures.find(c.kpi);
                const QJsonValue fact = kpis.value(toCode(c.kpi)).toObject().value(QStringLiteral("fact"));
                INFO(toCode(c.kpi).toStdString());
                if (it == rows[r].figures.end() || !it->second.fact) {
                    CHECK(fact.isNull());
                } else {
                    CHECK(fact.toDouble() == Approx(*it->second.fact));
                }
                if (c.planned && it != rows[r].figures.end() && it->second.plan) {
                    CHECK(kpis.value(toCode(c.kpi)).toObject().value(QStringLiteral("plan")).toDouble() ==
                          *it->second.plan);
                }
            }
        }
    }
    // The last rows are the departments' totals; the call center's has a plan the people's add up to.
    const QJsonArray calls = tabs[1].toObject().value(QStringLiteral("rows")).toArray();
    const QJsonObject total = calls.last().toObject();
    CHECK(total.value(QStringLiteral("kind")).toString() == QStringLiteral("total"));
    CHECK(total.value(QStringLiteral("kpis"))
              .toObject()
              .value(QStringLiteral("target_arrivals"))
              .toObject()
              .value(QStringLiteral("plan"))
              .toDouble() > 0);

    const Run table = cli({QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--db"), demo,
                           QStringLiteral("--plan"), QStringLiteral("--month"), QStringLiteral("2026-05"),
                           QStringLiteral("--department"), QStringLiteral("call_center")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("call_center, 2026-05")));
    CHECK(table.out.contains(QStringLiteral("target_arrivals_forecast")));
    const Run noMonth = cli({QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--db"), demo,
                             QStringLiteral("--plan")});
    CHECK(noMonth.exitCode == 2);
    CHECK(noMonth.err.contains(QStringLiteral("--month")));
}

TEST_CASE("report kpi --plan forecasts the month under way to its end", "[cli][payroll]") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    const QDate today = QDate::currentDate();
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--leads"),
                 QStringLiteral("3000")})
                .exitCode == 0);
    const Run json = cli({QStringLiteral("report"), QStringLiteral("kpi"), QStringLiteral("--db"), demo,
                          QStringLiteral("--plan"), QStringLiteral("--month"),
                          today.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--department"),
                          QStringLiteral("call_center"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject target = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("tabs"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("rows"))
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value(QStringLiteral("kpis"))
                                   .toObject()
                                   .value(QStringLiteral("target_arrivals"))
                                   .toObject();
    const QJsonObject forecast = target.value(QStringLiteral("forecast")).toObject();
    REQUIRE_FALSE(forecast.isEmpty());
    const double fact = target.value(QStringLiteral("fact")).toDouble();
    const double value = forecast.value(QStringLiteral("value")).toDouble();
    CHECK(value >= fact);
    CHECK(forecast.value(QStringLiteral("low")).toDouble() <= value);
    CHECK(value <= forecast.value(QStringLiteral("high")).toDouble());
    CHECK(forecast.value(QStringLiteral("method")).toString() == QStringLiteral("booked"));
}

namespace {

/// A column's letters in a sheet ("A", …, "Z", "AA", …) from its index from 0.
QString columnLetters(int index) {
    QString letters;
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
        letters.prepend(QChar(u'A' + (i - 1) % 26));
    }
    return letters;
}

/// The last column's numbers of a sheet, row by row from the second, read with the system's unzip.
std::vector<double> lastColumn(const QString& xlsx, int columns) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(60000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    std::vector<double> values;
    for (int row = 2;; ++row) {
        const QString ref = columnLetters(columns - 1) + QString::number(row);
        const qsizetype at = xml.indexOf(QStringLiteral("<c r=\"%1\"").arg(ref));
        if (at < 0) {
            return values;
        }
        const qsizetype v = xml.indexOf(QStringLiteral("<v>"), at);
        values.push_back(xml.mid(v + 3, xml.indexOf(QStringLiteral("</v>"), v) - v - 3).toDouble());
    }
}

}  // namespace

TEST_CASE("The CLI, the payroll sheet and the service agree on every person's bonus, month by month",
          "[cli][payroll]") {
    QTemporaryDir dir;
    const QString demo = demoDatabase(dir, 2500);
    for (const QDate month : {QDate(2026, 4, 1), QDate(2026, 5, 1), QDate(2026, 6, 1)}) {
        INFO(month.toString(Qt::ISODate).toStdString());
        const Run json =
            cli({QStringLiteral("bonus"), QStringLiteral("--db"), demo, QStringLiteral("--month"),
                 monthCode(month), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(json.exitCode == 0);
        const QJsonArray printed =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("people")).toArray();
        auto db = fd::test::require(Database::open(demo, OpenMode::Existing));
        const Payroll payroll = fd::test::require(PayrollService(*db).payroll(month));
        const QString sheet = dir.filePath(QStringLiteral("payroll-%1.xlsx").arg(monthCode(month)));
        REQUIRE(exportPayroll(payroll, sheet, QStringLiteral("Europe/Moscow")));
        const std::vector<double> toPay = lastColumn(sheet, payrollColumnCount());
        REQUIRE(printed.size() == static_cast<qsizetype>(payroll.people.size()));
        REQUIRE(toPay.size() == payroll.people.size());
        for (std::size_t i = 0; i < payroll.people.size(); ++i) {
            const PersonMonth& p = payroll.people[i];
            const QJsonObject cliPerson = printed[static_cast<qsizetype>(i)].toObject();
            CHECK(cliPerson.value(QStringLiteral("name")).toString() == p.name);
            CHECK(static_cast<qint64>(cliPerson.value(QStringLiteral("to_pay")).toDouble()) == p.toPay());
            CHECK(std::llround(toPay[i] * 100) == p.toPay());
        }
    }
}
