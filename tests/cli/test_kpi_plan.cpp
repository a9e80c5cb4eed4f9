#include "cli_test_support.h"

#include "services/kpi_sheet.h"
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
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--leads"),
                 QStringLiteral("2000"), QStringLiteral("--end"), QStringLiteral("2026-06-30")})
                .exitCode == 0);
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
