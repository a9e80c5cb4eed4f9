#pragma once

#include "services/payroll_service.h"

#include <vector>

namespace fd::core {

/// The KPI workspace's tabs, one per department.
enum class KpiTab { CallCenter, Office, Marketing };
template <>
struct EnumCodes<KpiTab> {
    static constexpr std::array codes{"call_center", "office", "marketing"};
};

/// A KPI a tab shows; a planned one also shows its plan, how much of it is done and the forecast.
struct KpiColumn {
    Kpi kpi = Kpi::Leads;
    bool planned = false;
};

enum class KpiRowKind { Person, Office, Channel, Total };

/// One row of a tab: a person (with their bonus), an office, a channel or the department's total.
struct KpiSheetRow {
    KpiRowKind kind = KpiRowKind::Person;
    Id id = 0;
    QString name;
    KpiFigures figures;
    std::optional<qint64> bonus;          ///< a person's bonus; the total: the department's bonuses
    std::optional<qint64> bonusForecast;  ///< the same if the month ends as forecast
};

/// The KPIs a tab shows, in order — the same for the screen, the PDF and the CLI.
std::vector<KpiColumn> kpiColumns(KpiTab tab);

/// A tab's rows from a month's payroll: the call center's operators, the office's managers and
/// offices, the marketing channels; then the department's total (the whole company's facts, the
/// sum of the people's plans of counts and amounts, the marketer's plans of the rest).
std::vector<KpiSheetRow> kpiSheetRows(const Payroll& payroll, KpiTab tab);

/// The role whose people a tab lists.
Role roleOf(KpiTab tab);

}  // namespace fd::core
