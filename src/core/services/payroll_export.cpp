#include "services/payroll_export.h"

#include "io/csv_writer.h"
#include "io/xlsx_writer.h"

#include <QSaveFile>

namespace fd::core {

namespace {

/// The KPIs of the sheet, in its column order.
constexpr std::array kSheetKpis{Kpi::Leads,  Kpi::Booked,        Kpi::Arrivals,     Kpi::TargetArrivals,
                                Kpi::Sales,  Kpi::MoneyReceived, Kpi::Contracted,   Kpi::LeadToTarget,
                                Kpi::ShowUp, Kpi::CloseRate,     Kpi::CostPerTarget};

CellType cellOf(Kpi kpi) {
    return isMoney(kpi) ? CellType::Money : isRate(kpi) ? CellType::Percent : CellType::Decimal;
}

std::vector<TableColumn> columns() {
    std::vector<TableColumn> c{{QStringLiteral("month"), CellType::Text},
                               {QStringLiteral("person"), CellType::Text},
                               {QStringLiteral("role"), CellType::Text}};
    for (const Kpi kpi : kSheetKpis) {
        c.push_back({toCode(kpi) + QStringLiteral("_plan"), cellOf(kpi)});
        c.push_back({toCode(kpi), cellOf(kpi)});
    }
    c.push_back({QStringLiteral("rules"), CellType::Text});
    c.push_back({QStringLiteral("bonus"), CellType::Money});
    c.push_back({QStringLiteral("adjustment"), CellType::Money});
    c.push_back({QStringLiteral("adjustment_for"), CellType::Text});
    c.push_back({QStringLiteral("to_pay"), CellType::Money});
    return c;
}

QVariant cell(Kpi kpi, const std::optional<double>& v) {
    if (!v) {
        return {};
    }
    return isMoney(kpi) ? QVariant::fromValue(static_cast<qint64>(*v)) : QVariant(*v);
}

Status write(const Payroll& p, TableWriter& writer) {
    writer.header(columns());
    for (const PersonMonth& m : p.people) {
        QVariantList row{p.month, m.name, toCode(m.role)};
        for (const Kpi kpi : kSheetKpis) {
            // A KPI without figures is two empty cells (no copy of an empty figure: g++ -O3 then
            // takes its optionals for uninitialized).
            const auto it = m.figures.find(kpi);
            if (it == m.figures.end()) {
                row << QVariant() << QVariant();
                continue;
            }
            row << cell(kpi, it->second.plan) << cell(kpi, it->second.fact);
        }
        QStringList parts;
        for (const RuleContribution& c : m.bonus.parts) {
            parts << QStringLiteral("%1 %2: %3").arg(toCode(c.rule.kind), toCode(c.rule.kpi), c.how);
        }
        row << parts.join(QStringLiteral("; ")) << QVariant::fromValue(m.bonus.total)
            << QVariant::fromValue(m.adjustment) << m.adjustmentMonth << QVariant::fromValue(m.toPay());
        writer.row(row);
    }
    return writer.finish();
}

}  // namespace

Result<qint64> exportPayroll(const Payroll& payroll, const QString& path, const QString& reportTimeZone) {
    const QTimeZone zone(reportTimeZone.toUtf8());
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter writer(path, QStringLiteral("payroll"), zone);
        if (Status done = write(payroll, writer); !done) {
            return done.error();
        }
        return static_cast<qint64>(payroll.people.size());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" could not be written: %2"),
                           {path, file.errorString()}, QStringLiteral("out"));
    }
    CsvTableWriter writer(file, QLatin1Char(';'), false, zone);
    if (Status done = write(payroll, writer); !done) {
        return done.error();
    }
    if (!file.commit()) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" could not be written: %2"),
                           {path, file.errorString()}, QStringLiteral("out"));
    }
    return static_cast<qint64>(payroll.people.size());
}

int payrollColumnCount() {
    return static_cast<int>(columns().size());
}

}  // namespace fd::core
