#pragma once

#include "domain/result.h"
#include "funnel/funnel_report.h"

#include <QHash>

#include <vector>

namespace fd::core {

class FactSource;

enum class Department { Marketing, CallCenter, Sales };
QString departmentCode(Department d);
std::optional<Department> departmentFromCode(QStringView code);

/// One row of a department's KPIs: a channel (marketing), an operator (call center), a
/// manager or an office (sales), or the department's total. Counts follow the cohort of leads
/// created in the period (docs/metrics.md); raw and target-only arrivals side by side.
struct KpiRow {
    QString kind;  ///< "channel", "operator", "manager", "office" or "total"
    QString key;
    QString label;
    qint64 leads = 0;
    qint64 booked = 0;
    qint64 arrived = 0;  ///< raw arrivals
    qint64 target = 0;   ///< quality-adjusted: target arrivals only
    qint64 sales = 0;
    qint64 salesAfterFollowUp = 0;
    qint64 revenue = 0;
    Rate visitorToLead;
    Rate leadToTarget;
    Rate showUp;     ///< arrived / booked
    Rate closeRate;  ///< sales / arrived
    std::optional<double> cpl;
    std::optional<double> costPerTarget;
    std::optional<double> romi;
    std::optional<double> averageDeal;
    std::optional<double> medianMinutesToFirstCall;
};

struct KpiReport {
    Department department = Department::Marketing;
    QDate from;
    QDate to;
    std::vector<KpiRow> rows;  ///< includes the total as the last row
};

/// The median minutes from a lead's creation to its first call attempt, of the leads created in
/// [from, to): per operator (their id), "none" (no operator) and "all".
Result<QHash<QString, double>> medianMinutesToFirstCall(FactSource& source, const QString& reportTimeZone,
                                                        QDate from, QDate to);

/// Each department's KPI rows over the cohort of leads created in [from, to).
Result<KpiReport> kpiReport(FactSource& source, const QString& reportTimeZone, Department department,
                            QDate from, QDate to);

}  // namespace fd::core
