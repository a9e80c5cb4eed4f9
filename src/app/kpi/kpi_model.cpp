#include "kpi/kpi_model.h"

#include "formatting.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace fd::app {

using core::Kpi;

namespace {

std::optional<core::KpiTab> tabOf(KpiModel::View view) {
    switch (view) {
        case KpiModel::View::CallCenter:
            return core::KpiTab::CallCenter;
        case KpiModel::View::Office:
            return core::KpiTab::Office;
        case KpiModel::View::Marketing:
            return core::KpiTab::Marketing;
        case KpiModel::View::Payroll:
            return std::nullopt;
    }
    return std::nullopt;
}

core::KpiFigure figureOf(const core::KpiFigures& figures, Kpi kpi) {
    const auto it = figures.find(kpi);
    return it != figures.end() ? it->second : core::KpiFigure{};
}

}  // namespace

KpiModel::KpiModel(View view, QObject* parent) : QAbstractTableModel(parent), m_view(view) {
    using K = Column::Kind;
    m_allColumns.push_back({K::Name, Kpi::Leads});
    if (const std::optional<core::KpiTab> tab = tabOf(view)) {
        for (const core::KpiColumn& c : core::kpiColumns(*tab)) {
            m_allColumns.push_back({K::Fact, c.kpi});
            if (c.planned) {
                m_allColumns.insert(m_allColumns.end(), {{K::Plan, c.kpi}, {K::Forecast, c.kpi}});
            }
        }
        if (view != View::Marketing) {  // the marketer's bonus is on the bonuses tab
            m_allColumns.insert(m_allColumns.end(), {{K::Bonus, Kpi::Leads}, {K::BonusForecast, Kpi::Leads}});
        }
    } else {
        m_allColumns.insert(m_allColumns.end(), {{K::Role, Kpi::Leads},
                                                 {K::Bonus, Kpi::Leads},
                                                 {K::Adjustment, Kpi::Leads},
                                                 {K::ToPay, Kpi::Leads},
                                                 {K::Rules, Kpi::Leads}});
    }
    m_columns = m_allColumns;
}

void KpiModel::setPayroll(const core::Payroll& payroll) {
    beginResetModel();
    m_rows.clear();
    m_people = payroll.people;
    if (const std::optional<core::KpiTab> tab = tabOf(m_view)) {
        for (core::KpiSheetRow& r : core::kpiSheetRows(payroll, *tab)) {
            m_rows.push_back({std::move(r), nullptr});
        }
    } else {
        for (const core::PersonMonth& p : m_people) {
            Row row;
            row.sheet = {core::KpiRowKind::Person, p.employeeId, p.name, p.figures, p.bonus.total,
                         p.bonusForecast};
            row.person = &p;
            m_rows.push_back(std::move(row));
        }
    }
    m_columns.clear();
    std::copy_if(m_allColumns.begin(), m_allColumns.end(), std::back_inserter(m_columns),
                 [this](const Column& c) { return shown(c); });
    endResetModel();
}

bool KpiModel::shown(const Column& c) const {
    auto any = [&](auto has) {
        return std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& r) { return has(r.sheet); });
    };
    switch (c.kind) {
        case Column::Kind::Plan:
            return any(
                [&](const core::KpiSheetRow& r) { return figureOf(r.figures, c.kpi).plan.has_value(); });
        case Column::Kind::Forecast:
            return any(
                [&](const core::KpiSheetRow& r) { return figureOf(r.figures, c.kpi).forecast.has_value(); });
        case Column::Kind::BonusForecast:
            return any([](const core::KpiSheetRow& r) { return r.bonusForecast.has_value(); });
        default:
            return true;
    }
}

core::KpiRowKind KpiModel::rowKind(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].sheet.kind
                                        : core::KpiRowKind::Total;
}

core::Id KpiModel::rowId(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].sheet.id : 0;
}

std::optional<core::Kpi> KpiModel::kpiAt(int column) const {
    if (column < 0 || column >= columnCount() ||
        m_columns[static_cast<size_t>(column)].kind != Column::Kind::Fact) {
        return std::nullopt;
    }
    return m_columns[static_cast<size_t>(column)].kpi;
}

int KpiModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KpiModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant KpiModel::display(const Row& row, const Column& c) const {
    using K = Column::Kind;
    const core::KpiFigure f = figureOf(row.sheet.figures, c.kpi);
    switch (c.kind) {
        case K::Name:
            return row.sheet.kind == core::KpiRowKind::Total ? tr("Total") : row.sheet.name;
        case K::Role:
            return row.person ? capitalized(roleName(row.person->role)) : QString();
        case K::Fact:
            return figureText(c.kpi, f.fact);
        case K::Plan: {
            // The plan and how much of it is done: "52 · 77 %".
            const std::optional<double> done = f.completion();
            return !f.plan ? QString()
                   : done  ? tr("%1 · %2 %")
                                .arg(figureText(c.kpi, f.plan), QLocale().toString(*done * 100.0, 'f', 0))
                          : figureText(c.kpi, f.plan);
        }
        case K::Forecast:
            return f.forecast ? forecastText(c.kpi, *f.forecast) : QString();
        case K::Bonus:
            return row.sheet.bonus ? formatMoney(*row.sheet.bonus) : QString();
        case K::BonusForecast:
            return row.sheet.bonusForecast ? formatMoney(*row.sheet.bonusForecast / 100 * 100) : QString();
        case K::Adjustment:
            return !row.person || row.person->adjustmentMonth.isEmpty()
                       ? QString()
                       : tr("%1 for %2")
                             .arg(formatMoney(row.person->adjustment), row.person->adjustmentMonth);
        case K::ToPay:
            return row.person ? formatMoney(row.person->toPay()) : QString();
        case K::Rules: {
            QStringList parts;
            for (const core::RuleContribution& r :
                 row.person ? row.person->bonus.parts : std::vector<core::RuleContribution>{}) {
                parts << ruleText(r);
            }
            return parts.join(QStringLiteral("; "));
        }
    }
    return {};
}

QVariant KpiModel::toolTip(const Row& row, const Column& c) const {
    const core::KpiFigure f = figureOf(row.sheet.figures, c.kpi);
    switch (c.kind) {
        case Column::Kind::Fact:
            if (f.fact && f.low && f.high) {
                return tr("%1: %2, 95 % interval %3–%4")
                    .arg(kpiName(c.kpi), kpiText(c.kpi, f.fact), kpiText(c.kpi, f.low),
                         kpiText(c.kpi, f.high));
            }
            return f.fact ? kpiName(c.kpi) + QStringLiteral(": ") + kpiText(c.kpi, f.fact) : QVariant();
        case Column::Kind::Forecast:
            return f.forecast ? forecastHow(c.kpi, *f.forecast) : QVariant();
        case Column::Kind::Bonus:
            if (row.person || row.sheet.kind == core::KpiRowKind::Person) {
                for (const core::PersonMonth& p : m_people) {
                    if (p.employeeId == row.sheet.id && !p.bonus.parts.empty()) {
                        QStringList parts;
                        for (const core::RuleContribution& r : p.bonus.parts) {
                            parts << ruleText(r);
                        }
                        return parts.join(QLatin1Char('\n'));
                    }
                }
            }
            return {};
        default:
            return {};
    }
}

QVariant KpiModel::foreground(const Row& row, const Column& c) const {
    const core::KpiFigure f = figureOf(row.sheet.figures, c.kpi);
    const std::optional<double> done = c.kind == Column::Kind::Plan       ? f.completion()
                                       : c.kind == Column::Kind::Forecast ? f.forecastCompletion()
                                                                          : std::nullopt;
    if (!done) {
        // A forecast without a plan, or a rate counted on too few cases: grey.
        const bool grey = c.kind == Column::Kind::Forecast || (c.kind == Column::Kind::Fact && uncertain(f));
        return grey ? QVariant(QBrush(QColor(0x6b, 0x72, 0x80))) : QVariant();
    }
    // Below 80 % of plan in red, at or above it in green (for a cost, the other way round).
    const bool lowerIsBetter = c.kpi == Kpi::CostPerTarget;
    const bool good = lowerIsBetter ? *done <= 1.0 : *done >= 0.8;
    return QBrush(good ? QColor(0x1e, 0x7a, 0x34) : QColor(0xb0, 0x1c, 0x1c));
}

QVariant KpiModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Column& c = m_columns[static_cast<size_t>(index.column())];
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const bool total = row.sheet.kind == core::KpiRowKind::Total;
    switch (role) {
        case Qt::DisplayRole:
            return display(row, c);
        case Qt::TextAlignmentRole:
            return c.kind == Column::Kind::Name || c.kind == Column::Kind::Role ||
                           c.kind == Column::Kind::Rules
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (total || row.sheet.kind == core::KpiRowKind::Office) {
                QFont font;
                font.setBold(total);
                font.setItalic(!total);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            return foreground(row, c);
        case Qt::ToolTipRole:
            return toolTip(row, c);
        case TotalRole:
            return total;
        default:
            return {};
    }
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Column& c = m_columns[static_cast<size_t>(section)];
    if (role == Qt::DisplayRole && c.kind != Column::Kind::Rules) {
        return twoLines(headerText(c));
    }
    if (role == Qt::ToolTipRole) {
        switch (c.kind) {
            case Column::Kind::Fact:
                return kpiName(c.kpi) + QStringLiteral(": ") + kpiHelp(c.kpi);
            case Column::Kind::Forecast:
                return tr("Where %1 is heading by the month's end, with a 95 % range").arg(kpiName(c.kpi));
            case Column::Kind::BonusForecast:
                return tr("The bonus if the month ends as forecast");
            default:
                return {};
        }
    }
    return headerText(c);
}

QString KpiModel::headerText(const Column& c) const {
    switch (c.kind) {
        case Column::Kind::Name:
            return m_view == View::Marketing ? tr("Channel")
                   : m_view == View::Office  ? tr("Manager, office")
                                             : tr("Person");
        case Column::Kind::Role:
            return tr("Role");
        case Column::Kind::Fact:
            return kpiShortName(c.kpi);
        case Column::Kind::Plan:
            return tr("Plan, done");
        case Column::Kind::Forecast:
            return tr("Forecast");
        case Column::Kind::BonusForecast:
            return tr("At forecast");
        case Column::Kind::Bonus:
            return tr("Bonus");
        case Column::Kind::Adjustment:
            return tr("Adjustment");
        case Column::Kind::ToPay:
            return tr("To pay");
        case Column::Kind::Rules:
            return tr("How the bonus is made");
    }
    return {};
}

}  // namespace fd::app
