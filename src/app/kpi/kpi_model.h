#pragma once

#include "services/kpi_sheet.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::app {

/// One department's month as a table — the rows and KPIs of core's KPI sheet (its people, its
/// offices or channels, its total), each planned KPI with its plan, how much of it is done and
/// the forecast to the month's end, rates with their interval, and the bonus; or, for the
/// payroll tab, every person's bonus rule by rule.
class KpiModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class View { CallCenter, Office, Marketing, Payroll };
    static constexpr int TotalRole = Qt::UserRole + 1;  ///< true on the department's total row

    KpiModel(View view, QObject* parent = nullptr);

    void setPayroll(const core::Payroll& payroll);
    /// What a row is (a person, an office, a channel, the total) and its id (0 for the total).
    core::KpiRowKind rowKind(int row) const;
    core::Id rowId(int row) const;
    /// The KPI a column shows (as a fact), if it shows one.
    std::optional<core::Kpi> kpiAt(int column) const;
    View view() const { return m_view; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A KPI's value as the screens write it: a count, an amount in rubles, minutes or a percentage.
    static QString kpiText(core::Kpi kpi, const std::optional<double>& value);
    /// A value as a KPI tab's cell writes it: an amount from a million rubles on in millions
    /// ("₽34.5 M", the exact amount in the tooltip); else as kpiText.
    static QString figureText(core::Kpi kpi, const std::optional<double>& value);
    /// A rate whose 95 % interval is wider than 20 points: counted on too few cases to trust.
    static bool uncertain(const core::KpiFigure& figure);
    static QString kpiName(core::Kpi kpi);
    /// A column header's short name.
    static QString kpiShortName(core::Kpi kpi);
    /// What a KPI counts and how (period or cohort), for a header's tooltip.
    static QString kpiHelp(core::Kpi kpi);
    /// A forecast as a cell says it ("52 (47–57)") and how it was made, for its tooltip.
    static QString forecastText(core::Kpi kpi, const core::KpiForecast& forecast);
    static QString forecastHow(core::Kpi kpi, const core::KpiForecast& forecast);
    /// What a rule gave and how, in the interface's language.
    static QString ruleText(const core::RuleContribution& rule);

private:
    /// What a column shows.
    struct Column {
        enum class Kind { Name, Role, Fact, Plan, Forecast, Bonus, BonusForecast, Adjustment, ToPay, Rules };
        Kind kind = Kind::Name;
        core::Kpi kpi = core::Kpi::Leads;
    };
    /// A row as the columns read it: a sheet row, or a person of the payroll.
    struct Row {
        core::KpiSheetRow sheet;
        const core::PersonMonth* person = nullptr;  ///< the payroll view only
    };
    QVariant display(const Row& row, const Column& column) const;
    QVariant toolTip(const Row& row, const Column& column) const;
    QVariant foreground(const Row& row, const Column& column) const;
    QString headerText(const Column& column) const;

    /// Whether any row has something for a column: a plan, a forecast column without any
    /// (a closed month, a KPI nobody plans) is left out.
    bool shown(const Column& column) const;

    View m_view;
    std::vector<Column> m_allColumns;
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    std::vector<core::PersonMonth> m_people;  ///< the payroll view's people
};

}  // namespace fd::app
