#pragma once

#include "funnel/funnel_report.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd::app {

/// The marketing table: one row per group of the chosen breakdown and a total row, with the
/// figures marketing is judged by. Rates carry their Wilson interval in the tooltip; figures
/// based on spend read "n/a" where the breakdown cannot carry spend (office, operator,
/// manager). ValueRole gives the raw number (kopecks for money, a fraction for rates) or an
/// invalid variant for "n/a" and "no data".
class DashboardModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Group,
        Visitors,
        Leads,
        VisitorToLead,
        Spend,
        Cpl,
        Booked,
        Arrived,
        Target,
        TargetShare,
        CostPerTarget,
        Sales,
        Revenue,
        Cac,
        Romi,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;
    static constexpr int GroupKeyRole = Qt::UserRole + 2;

    explicit DashboardModel(QObject* parent = nullptr);

    void setReport(const core::FunnelReport& report);
    const core::FunnelReport& report() const { return m_report; }
    /// The group of a row (the total is the last row).
    const core::FunnelGroup* group(int row) const;
    /// The funnel stage a column counts, for a drill-down; empty for money and rates.
    static std::optional<core::Stage> stageOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// A column's title on one line (exports, titles); the header shows long ones on two.
    QString headerText(int section) const;

    /// A rate as shown: "12.3 %"; its tooltip: "45 of 366: 12.3 % (95 %: 9.3–16.0 %)".
    static QString rateText(const core::Rate& rate);
    static QString rateToolTip(const core::Rate& rate);

private:
    QVariant value(const core::FunnelGroup& g, int column) const;

    core::FunnelReport m_report;
};

}  // namespace fd::app
