// funneldesk-cli report kpi --plan: a month's KPI tabs as the KPI workspace shows them — each
// department's rows, each KPI's fact (a rate with its interval), the planned ones with their
// plan, how much is done and the forecast to the month's end, and the bonuses.

#include "command_table.h"
#include "output.h"

#include "funnel/kpi_report.h"
#include "funnel/month_figures.h"
#include "services/kpi_sheet.h"
#include "services/payroll_service.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fd::cli {

using namespace fd::core;

namespace {

QString rowKindCode(KpiRowKind kind) {
    switch (kind) {
        case KpiRowKind::Person:
            return QStringLiteral("person");
        case KpiRowKind::Office:
            return QStringLiteral("office");
        case KpiRowKind::Channel:
            return QStringLiteral("channel");
        case KpiRowKind::Total:
            return QStringLiteral("total");
    }
    return {};
}

/// A value as the tables print it: rubles for money, a percentage for a rate, else the number.
QString valueText(Kpi kpi, const std::optional<double>& v) {
    if (!v) {
        return QString();
    }
    if (isMoney(kpi)) {
        return rubles(v);
    }
    if (isRate(kpi)) {
        return QString::number(*v * 100.0, 'f', 1);
    }
    return QString::number(*v, 'f', std::fmod(*v, 1.0) == 0 ? 0 : 1);
}

QJsonValue optional(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

QString methodCode(ForecastMethod m) {
    switch (m) {
        case ForecastMethod::Booked:
            return QStringLiteral("booked");
        case ForecastMethod::Pipeline:
            return QStringLiteral("pipeline");
        case ForecastMethod::DailyRate:
            return QStringLiteral("daily_rate");
        case ForecastMethod::Ratio:
            return QStringLiteral("ratio");
    }
    return {};
}

QJsonObject rowJson(const KpiSheetRow& r, const std::vector<KpiColumn>& columns) {
    QJsonObject kpis;
    for (const KpiColumn& c : columns) {
        const auto it = r.figures.find(c.kpi);
        const KpiFigure f = it != r.figures.end() ? it->second : KpiFigure{};
        QJsonObject o{{QStringLiteral("fact"), optional(f.fact)}};
        if (f.low && f.high) {
            o.insert(QStringLiteral("low"), *f.low);
            o.insert(QStringLiteral("high"), *f.high);
        }
        if (c.planned) {
            o.insert(QStringLiteral("plan"), optional(f.plan));
            o.insert(QStringLiteral("done"), optional(f.completion()));
            if (f.forecast) {
                o.insert(QStringLiteral("forecast"),
                         QJsonObject{{QStringLiteral("value"), f.forecast->value},
                                     {QStringLiteral("low"), f.forecast->low},
                                     {QStringLiteral("high"), f.forecast->high},
                                     {QStringLiteral("method"), methodCode(f.forecast->method)}});
            }
        }
        kpis.insert(toCode(c.kpi), o);
    }
    QJsonObject row{{QStringLiteral("kind"), rowKindCode(r.kind)},
                    {QStringLiteral("id"), static_cast<double>(r.id)},
                    {QStringLiteral("name"), r.kind == KpiRowKind::Total ? QStringLiteral("Total") : r.name},
                    {QStringLiteral("kpis"), kpis}};
    if (r.bonus) {
        row.insert(QStringLiteral("bonus"), static_cast<double>(*r.bonus));
    }
    if (r.bonusForecast) {
        row.insert(QStringLiteral("bonus_forecast"), static_cast<double>(*r.bonusForecast));
    }
    return row;
}

std::vector<QStringList> tableOf(const std::vector<KpiSheetRow>& rows,
                                 const std::vector<KpiColumn>& columns) {
    QStringList header{QStringLiteral("name")};
    for (const KpiColumn& c : columns) {
        const QString code = toCode(c.kpi);
        header << code;
        if (isRate(c.kpi)) {
            header << code + QStringLiteral("_low") << code + QStringLiteral("_high");
        }
        if (c.planned) {
            header << code + QStringLiteral("_plan") << code + QStringLiteral("_done")
                   << code + QStringLiteral("_forecast") << code + QStringLiteral("_range");
        }
    }
    header << QStringLiteral("bonus") << QStringLiteral("bonus_forecast");
    std::vector<QStringList> table{header};
    for (const KpiSheetRow& r : rows) {
        QStringList cells{r.kind == KpiRowKind::Total ? QStringLiteral("Total") : r.name};
        for (const KpiColumn& c : columns) {
            const auto it = r.figures.find(c.kpi);
            const KpiFigure f = it != r.figures.end() ? it->second : KpiFigure{};
            cells << valueText(c.kpi, f.fact);
            if (isRate(c.kpi)) {
                cells << valueText(c.kpi, f.low) << valueText(c.kpi, f.high);
            }
            if (c.planned) {
                const std::optional<double> done = f.completion();
                cells << valueText(c.kpi, f.plan)
                      << (done ? QString::number(*done * 100.0, 'f', 0) : QString());
                if (f.forecast) {
                    const bool money = isMoney(c.kpi);
                    auto whole = [&](double v) { return valueText(c.kpi, money ? v : std::round(v)); };
                    cells << whole(f.forecast->value)
                          << whole(f.forecast->low) + QLatin1Char('-') + whole(f.forecast->high);
                } else {
                    cells << QString() << QString();
                }
            }
        }
        cells << (r.bonus ? rubles(static_cast<double>(*r.bonus)) : QString())
              << (r.bonusForecast ? rubles(static_cast<double>(*r.bonusForecast)) : QString());
        table.push_back(cells);
    }
    return table;
}

}  // namespace

int runKpiPlan(const Args& a) {
    const std::optional<QString> code = a.value("--month");
    const QDate month = code ? monthFromCode(*code) : QDate();
    if (!month.isValid()) {
        return fail(QStringLiteral("report kpi --plan needs --month YYYY-MM"), kExitUsage);
    }
    std::vector<KpiTab> tabs{KpiTab::Marketing, KpiTab::CallCenter, KpiTab::Office};
    if (const auto d = a.value("--department")) {
        const std::optional<Department> dep = departmentFromCode(*d);
        if (!dep) {
            return fail(
                QStringLiteral("--department must be marketing, call_center or sales, not \"%1\"").arg(*d),
                kExitUsage);
        }
        tabs = {*dep == Department::Marketing    ? KpiTab::Marketing
                : *dep == Department::CallCenter ? KpiTab::CallCenter
                                                 : KpiTab::Office};
    }
    int exitCode = kExitFailure;
    const std::optional<ReportTarget> target = openReport(a.value("--format"), *a.value("--db"), &exitCode);
    if (!target) {
        return exitCode;
    }
    const OutputFormat* format = &target->format;
    const Result<Payroll> payroll = PayrollService(*target->db).payroll(month);
    if (!payroll) {
        return fail(payroll.error().message());
    }
    QJsonArray json;
    for (const KpiTab tab : tabs) {
        const std::vector<KpiColumn> columns = kpiColumns(tab);
        const std::vector<KpiSheetRow> rows = kpiSheetRows(*payroll, tab);
        if (*format == OutputFormat::Json) {
            QJsonArray rowsJson;
            for (const KpiSheetRow& r : rows) {
                rowsJson.append(rowJson(r, columns));
            }
            json.append(
                QJsonObject{{QStringLiteral("tab"), toCode(tab)}, {QStringLiteral("rows"), rowsJson}});
        } else if (*format == OutputFormat::Csv) {
            printCsv(tableOf(rows, columns));
        } else {
            out() << toCode(tab) << ", " << payroll->month
                  << (payroll->closed ? " (closed: frozen figures)" : "") << '\n';
            printTable(tableOf(rows, columns), 1);
            out() << '\n';
        }
    }
    if (*format == OutputFormat::Json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("month"), payroll->month},
                                           {QStringLiteral("closed"), payroll->closed},
                                           {QStringLiteral("tabs"), json}})
                     .toJson(QJsonDocument::Indented);
    }
    return kExitOk;
}

}  // namespace fd::cli
