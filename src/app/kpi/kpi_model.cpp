#include "kpi/kpi_model.h"

#include "formatting.h"

#include <QBrush>
#include <QFont>

#include <cmath>

namespace fd::app {

using core::Kpi;

KpiModel::KpiModel(View view, QObject* parent) : QAbstractTableModel(parent), m_view(view) {
    using K = Column::Kind;
    auto fact = [](Kpi k) { return Column{K::Fact, k}; };
    auto planned = [](Kpi k) { return std::vector<Column>{{K::Fact, k}, {K::Plan, k}, {K::Done, k}}; };
    std::vector<Column> c{{K::Name, Kpi::Leads}};
    switch (view) {
        case View::CallCenter:
            c.insert(c.end(), {fact(Kpi::Leads), fact(Kpi::Booked), fact(Kpi::Arrivals)});
            for (const Column& p : planned(Kpi::TargetArrivals)) {
                c.push_back(p);
            }
            c.insert(c.end(), {fact(Kpi::LeadToTarget), fact(Kpi::ShowUp), fact(Kpi::Sales)});
            break;
        case View::Office:
            c.insert(c.end(), {fact(Kpi::Arrivals), fact(Kpi::TargetArrivals)});
            for (const Column& p : planned(Kpi::Sales)) {
                c.push_back(p);
            }
            c.insert(c.end(), {fact(Kpi::CloseRate), fact(Kpi::MoneyReceived), fact(Kpi::Contracted)});
            break;
        case View::Marketing:
            c.insert(c.end(), {fact(Kpi::Leads), fact(Kpi::TargetArrivals)});
            for (const Kpi k : {Kpi::CostPerTarget, Kpi::MoneyReceived}) {
                for (const Column& p : planned(k)) {
                    c.push_back(p);
                }
            }
            break;
        case View::Payroll:
            c.push_back({K::Role, Kpi::Leads});
            break;
    }
    c.push_back({K::Bonus, Kpi::Leads});
    if (view == View::Payroll) {
        c.push_back({K::Adjustment, Kpi::Leads});
        c.push_back({K::ToPay, Kpi::Leads});
        c.push_back({K::Rules, Kpi::Leads});
    }
    m_columns = std::move(c);
}

void KpiModel::setPayroll(const core::Payroll& payroll) {
    beginResetModel();
    m_rows.clear();
    const core::Role role = m_view == View::CallCenter ? core::Role::Operator
                            : m_view == View::Office   ? core::Role::OfficeManager
                                                       : core::Role::Marketer;
    for (const core::PersonMonth& p : payroll.people) {
        if (m_view == View::Payroll || p.role == role) {
            m_rows.push_back(p);
        }
    }
    m_hasTotal = m_view != View::Payroll;
    if (m_hasTotal) {
        core::PersonMonth total;
        total.name = tr("Total");
        total.figures = payroll.company;
        // A department's plan is the sum of its people's plans of a count or an amount.
        for (const core::PersonMonth& p : m_rows) {
            total.bonus.total += p.bonus.total;
            for (const auto& [kpi, f] : p.figures) {
                if (f.plan && !core::isRate(kpi) && kpi != Kpi::CostPerTarget && m_view != View::Marketing) {
                    total.figures[kpi].plan = total.figures[kpi].plan.value_or(0) + *f.plan;
                }
            }
        }
        m_rows.push_back(total);
    }
    endResetModel();
}

core::Id KpiModel::employeeOf(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<size_t>(row)].employeeId
                                                             : 0;
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

QString KpiModel::kpiName(Kpi kpi) {
    switch (kpi) {
        case Kpi::Leads:
            return tr("Leads");
        case Kpi::Booked:
            return tr("Booked");
        case Kpi::Arrivals:
            return tr("Arrived");
        case Kpi::TargetArrivals:
            return tr("Target arrivals");
        case Kpi::Sales:
            return tr("Sales");
        case Kpi::MoneyReceived:
            return tr("Money received");
        case Kpi::Contracted:
            return tr("Contracted");
        case Kpi::LeadToTarget:
            return tr("Lead → target");
        case Kpi::ShowUp:
            return tr("Show-up");
        case Kpi::CloseRate:
            return tr("Close rate");
        case Kpi::CostPerTarget:
            return tr("Cost per target arrival");
    }
    return {};
}

QString KpiModel::kpiText(Kpi kpi, const std::optional<double>& value) {
    if (!value) {
        return QStringLiteral("—");
    }
    if (core::isMoney(kpi)) {
        return formatMoney(static_cast<qint64>(std::llround(*value)));
    }
    if (core::isRate(kpi)) {
        return QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
    }
    return QLocale().toString(*value, 'f', std::fmod(*value, 1.0) == 0 ? 0 : 1);
}

QString KpiModel::ruleText(const core::RuleContribution& r) {
    const QString kpi = kpiName(r.rule.kpi);
    QString how;
    if (r.gap != core::RuleGap::None) {
        how = r.gap == core::RuleGap::NoPlan ? tr("no plan, no change") : tr("no figure, no change");
    } else {
        switch (r.rule.kind) {
            case core::BonusRuleKind::PerUnit:
                how = tr("%1 × %2").arg(kpiText(r.rule.kpi, r.base), formatMoney(r.rule.amount));
                break;
            case core::BonusRuleKind::Percent:
                how = tr("%1 % of %2")
                          .arg(QLocale().toString(r.rule.percent), formatMoney(static_cast<qint64>(r.base)));
                break;
            case core::BonusRuleKind::Steps:
                how = tr("×%1 at %2 % of plan")
                          .arg(QLocale().toString(r.multiplier),
                               QLocale().toString(r.completion * 100.0, 'f', 0));
                if (r.capped) {
                    how += tr(", up to the cap of %1").arg(formatMoney(r.rule.cap.value_or(0)));
                }
                break;
            case core::BonusRuleKind::Gate:
                how = tr("%1 against %2: ×%3")
                          .arg(kpiText(r.rule.kpi, r.base), kpiText(r.rule.kpi, r.threshold),
                               QLocale().toString(r.multiplier));
                break;
        }
    }
    return kpi + QStringLiteral(": ") + how + QStringLiteral(" → ") + formatMoney(r.kopecks);
}

QVariant KpiModel::cell(const core::PersonMonth& p, const Column& c) const {
    using K = Column::Kind;
    const auto it = p.figures.find(c.kpi);
    const core::KpiFigure f = it != p.figures.end() ? it->second : core::KpiFigure{};
    switch (c.kind) {
        case K::Name:
            return p.name;
        case K::Role:
            return capitalized(roleName(p.role));
        case K::Fact:
            return kpiText(c.kpi, f.fact);
        case K::Plan:
            return f.plan ? kpiText(c.kpi, f.plan) : QString();
        case K::Done: {
            const std::optional<double> done = f.completion();
            return done ? QLocale().toString(*done * 100.0, 'f', 0) + QStringLiteral(" %") : QString();
        }
        case K::Bonus:
            return formatMoney(p.bonus.total);
        case K::Adjustment:
            return p.adjustmentMonth.isEmpty()
                       ? QString()
                       : tr("%1 for %2").arg(formatMoney(p.adjustment), p.adjustmentMonth);
        case K::ToPay:
            return formatMoney(p.toPay());
        case K::Rules: {
            QStringList parts;
            for (const core::RuleContribution& r : p.bonus.parts) {
                parts << ruleText(r);
            }
            return parts.join(QStringLiteral("; "));
        }
    }
    return {};
}

QVariant KpiModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const bool total = m_hasTotal && index.row() == rowCount() - 1;
    const Column& c = m_columns[static_cast<size_t>(index.column())];
    const core::PersonMonth& p = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return cell(p, c);
        case Qt::TextAlignmentRole:
            return c.kind == Column::Kind::Name || c.kind == Column::Kind::Role ||
                           c.kind == Column::Kind::Rules
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (total) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ForegroundRole:
            if (c.kind == Column::Kind::Done) {
                const auto it = p.figures.find(c.kpi);
                const std::optional<double> done =
                    it != p.figures.end() ? it->second.completion() : std::nullopt;
                // Below 80 % of plan in red, at or above it in green (for a cost, the other way round).
                const bool lowerIsBetter = c.kpi == Kpi::CostPerTarget;
                if (done) {
                    const bool good = lowerIsBetter ? *done <= 1.0 : *done >= 0.8;
                    return QBrush(good ? QColor(0x1e, 0x7a, 0x34) : QColor(0xb0, 0x1c, 0x1c));
                }
            }
            return {};
        case Qt::ToolTipRole:
            if (c.kind == Column::Kind::Bonus && !p.bonus.parts.empty()) {
                QStringList parts;
                for (const core::RuleContribution& r : p.bonus.parts) {
                    parts << ruleText(r);
                }
                return parts.join(QLatin1Char('\n'));
            }
            return {};
        case TotalRole:
            return total;
        default:
            return {};
    }
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return {};
    }
    const Column& c = m_columns[static_cast<size_t>(section)];
    switch (c.kind) {
        case Column::Kind::Name:
            return tr("Person");
        case Column::Kind::Role:
            return tr("Role");
        case Column::Kind::Fact:
            return kpiName(c.kpi);
        case Column::Kind::Plan:
            return tr("Plan");
        case Column::Kind::Done:
            return tr("Done");
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
