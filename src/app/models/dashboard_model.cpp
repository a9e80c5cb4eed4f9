#include "models/dashboard_model.h"

#include "formatting.h"

#include <QFont>
#include <QLocale>

#include <cstdlib>

namespace fd::app {

namespace {

bool isMoney(int column) {
    return column == DashboardModel::Spend || column == DashboardModel::Cpl ||
           column == DashboardModel::CostPerTarget || column == DashboardModel::Revenue ||
           column == DashboardModel::Cac;
}

bool spendBased(int column) {
    return column == DashboardModel::Visitors || column == DashboardModel::VisitorToLead ||
           column == DashboardModel::Spend || column == DashboardModel::Cpl ||
           column == DashboardModel::CostPerTarget || column == DashboardModel::Cac ||
           column == DashboardModel::Romi;
}

QVariant optional(std::optional<double> v) {
    return v ? QVariant(*v) : QVariant();
}
QVariant optional(std::optional<qint64> v) {
    return v ? QVariant(*v) : QVariant();
}

QString percent(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

}  // namespace

DashboardModel::DashboardModel(QObject* parent) : QAbstractTableModel(parent) {}

void DashboardModel::setReport(const core::FunnelReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

const core::FunnelGroup* DashboardModel::group(int row) const {
    const int groups = static_cast<int>(m_report.groups.size());
    if (row >= 0 && row < groups) {
        return &m_report.groups[static_cast<std::size_t>(row)];
    }
    return row == groups ? &m_report.total : nullptr;
}

std::optional<core::Stage> DashboardModel::stageOf(int column) {
    switch (column) {
        case Leads:
            return core::Stage::Lead;
        case Booked:
            return core::Stage::Booked;
        case Arrived:
            return core::Stage::Arrived;
        case Target:
            return core::Stage::Target;
        case Sales:
            return core::Stage::Sale;
        default:
            return std::nullopt;
    }
}

int DashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_report.groups.size()) + 1;
}

int DashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardModel::rateText(const core::Rate& r) {
    return r.rate ? percent(*r.rate) : QStringLiteral("—");
}

QString DashboardModel::rateToolTip(const core::Rate& r) {
    if (!r.rate) {
        return tr("No data: %1 of %2").arg(formatCount(r.num), formatCount(r.den));
    }
    QString text = tr("%1 of %2: %3").arg(formatCount(r.num), formatCount(r.den), percent(*r.rate));
    if (r.ciLow && r.ciHigh) {
        text +=
            QLatin1Char(' ') + tr("(95 %: %1–%2)")
                                   .arg(QLocale().toString(*r.ciLow * 100.0, 'f', 1),
                                        QLocale().toString(*r.ciHigh * 100.0, 'f', 1) + QStringLiteral(" %"));
    }
    return text;
}

QVariant DashboardModel::value(const core::FunnelGroup& g, int column) const {
    const auto stage = [&](core::Stage s) { return QVariant(g.stages[static_cast<std::size_t>(s)]); };
    const core::FunnelMoney& m = g.money;
    switch (column) {
        case Visitors:
            return optional(m.visitors);
        case Leads:
            return stage(core::Stage::Lead);
        case VisitorToLead:
            return m.spendApplicable ? optional(m.visitorToLead.rate) : QVariant();
        case Spend:
            return optional(m.spend);
        case Cpl:
            return optional(m.cpl);
        case Booked:
            return stage(core::Stage::Booked);
        case Arrived:
            return stage(core::Stage::Arrived);
        case Target:
            return stage(core::Stage::Target);
        case TargetShare:
            return optional(g.step[static_cast<std::size_t>(core::Stage::Target) - 1].rate);
        case CostPerTarget:
            return optional(m.costPerTarget);
        case Sales:
            return stage(core::Stage::Sale);
        case Revenue:
            return QVariant(m.revenue);
        case Cac:
            return optional(m.cac);
        case Romi:
            return optional(m.romi);
        default:
            return {};
    }
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const {
    const core::FunnelGroup* g = index.isValid() ? group(index.row()) : nullptr;
    if (!g || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const int column = index.column();
    const bool total = index.row() == static_cast<int>(m_report.groups.size());
    const bool notApplicable = spendBased(column) && !g->money.spendApplicable;
    switch (role) {
        case Qt::DisplayRole: {
            if (column == Group) {
                QString label = total                                 ? tr("Total")
                                : g->label == QLatin1String("(none)") ? tr("(none)")
                                                                      : g->label;
                return g->maturing ? label + QLatin1Char('*') : label;
            }
            if (notApplicable) {
                return tr("n/a");
            }
            if (column == VisitorToLead) {
                return rateText(g->money.visitorToLead);
            }
            if (column == TargetShare) {
                return rateText(g->step[static_cast<std::size_t>(core::Stage::Target) - 1]);
            }
            const QVariant v = value(*g, column);
            if (!v.isValid()) {
                return QStringLiteral("—");
            }
            if (column == Romi) {
                return percent(v.value<double>());
            }
            if (isMoney(column)) {
                return formatMoney(static_cast<qint64>(std::llround(v.value<double>())));
            }
            return formatCount(v.toLongLong());
        }
        case ValueRole:
            return column == Group ? QVariant(g->key) : notApplicable ? QVariant() : value(*g, column);
        case GroupKeyRole:
            return g->key;
        case Qt::ToolTipRole: {
            if (column == Group && g->maturing && g->immatureShare) {
                return tr("Still maturing: %1 of these leads are younger than %n day(s), so their conversion "
                          "will "
                          "still grow.",
                          nullptr, m_report.maturityDays.value_or(0))
                    .arg(percent(*g->immatureShare));
            }
            if (notApplicable) {
                return tr(
                    "Spend and visitors are known per channel and campaign, not per office or employee.");
            }
            const auto step = [&](core::Stage s) { return g->step[static_cast<std::size_t>(s) - 1]; };
            switch (column) {
                case VisitorToLead:
                    return rateToolTip(g->money.visitorToLead);
                case Booked:
                    return tr("Booked of leads: %1").arg(rateToolTip(g->cumulative[1]));
                case Arrived:
                    return tr("Arrived of booked: %1").arg(rateToolTip(step(core::Stage::Arrived)));
                case Target:
                case TargetShare:
                    return tr("Target of arrived: %1").arg(rateToolTip(step(core::Stage::Target)));
                case Sales:
                    return tr("Sales of target arrivals: %1").arg(rateToolTip(step(core::Stage::Sale)));
                default:
                    return stageOf(column) ? tr("Double-click for the list of these leads") : QVariant();
            }
        }
        case Qt::TextAlignmentRole:
            return column == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (total) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString text = headerText(section);
    if (role == Qt::ToolTipRole) {
        return text;
    }
    // Long headers on two lines, so the table fits a 1440-pixel screen.
    return twoLines(text);
}

QString DashboardModel::headerText(int section) const {
    switch (section) {
        case Group:
            return tr("Group");
        case Visitors:
            return tr("Visitors");
        case Leads:
            return tr("Leads");
        case VisitorToLead:
            return tr("CR visitor→lead");
        case Spend:
            return tr("Spend");
        case Cpl:
            return tr("CPL");
        case Booked:
            return tr("Booked");
        case Arrived:
            return tr("Arrived");
        case Target:
            return tr("Target arrivals");
        case TargetShare:
            return tr("Target of arrived");
        case CostPerTarget:
            return tr("Cost per target");
        case Sales:
            return tr("Sales");
        case Revenue:
            return tr("Revenue");
        case Cac:
            return tr("CAC");
        case Romi:
            return tr("ROMI");
        default:
            return {};
    }
}

}  // namespace fd::app
