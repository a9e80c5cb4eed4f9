#pragma once

#include "services/payroll_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::app {

/// One department's month as a table: a row per person of its role (the operators, the office
/// managers, the marketer) and the department's total, each KPI's fact next to its plan and how
/// much of the plan is done, and the bonus; or, for the payroll tab, every person's bonus rule by
/// rule.
class KpiModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class View { CallCenter, Office, Marketing, Payroll };
    static constexpr int TotalRole = Qt::UserRole + 1;  ///< true on the department's total row

    KpiModel(View view, QObject* parent = nullptr);

    void setPayroll(const core::Payroll& payroll);
    /// The person of a row (0 for the total).
    core::Id employeeOf(int row) const;
    /// The KPI a column shows (as a fact), if it shows one.
    std::optional<core::Kpi> kpiAt(int column) const;
    View view() const { return m_view; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A KPI's value as the screens write it: a count, an amount in rubles or a percentage.
    static QString kpiText(core::Kpi kpi, const std::optional<double>& value);
    static QString kpiName(core::Kpi kpi);
    /// What a rule gave and how, in the interface's language.
    static QString ruleText(const core::RuleContribution& rule);

private:
    /// What a column shows.
    struct Column {
        enum class Kind { Name, Role, Fact, Plan, Done, Bonus, Adjustment, ToPay, Rules };
        Kind kind = Kind::Name;
        core::Kpi kpi = core::Kpi::Leads;
    };
    QVariant cell(const core::PersonMonth& person, const Column& column) const;

    View m_view;
    std::vector<Column> m_columns;
    std::vector<core::PersonMonth> m_rows;  ///< the last one the total, except on the payroll
    bool m_hasTotal = false;
};

}  // namespace fd::app
