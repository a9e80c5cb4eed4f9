#pragma once

#include "domain/data_health.h"
#include "domain/motivation.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QDate>

#include <vector>

namespace fd::core {

class Database;

/// A person's KPI of a month that the month's gaps leave open: the fact, and what it would be
/// with every gap filled the other way (an unmarked meeting an arrival, an arrival without a
/// qualification a target one, an arrival without an outcome a sale).
struct KpiRange {
    Id employeeId = 0;
    QString name;
    Role role = Role::Operator;
    Kpi kpi = Kpi::TargetArrivals;
    double low = 0;   ///< the fact: the gaps filled as "no"
    double high = 0;  ///< every gap filled as "yes"
    std::optional<double> plan;
    int gaps = 0;  ///< the records behind the difference
};

/// A bonus the gaps leave open, and whether a step of its scheme lies inside a KPI's range (the
/// marks missing decide which side of the step the person is paid on).
struct BonusRange {
    Id employeeId = 0;
    QString name;
    qint64 low = 0;  ///< kopecks: the bonus as the marks stand
    qint64 high = 0;
    bool crossesStep = false;
    std::optional<Kpi> stepKpi;  ///< the KPI whose range crosses a step or a gate
};

struct HealthImpact {
    QString month;  ///< "YYYY-MM"
    std::vector<KpiRange> kpis;
    std::vector<BonusRange> bonuses;
};

/// What the gaps of `month` do to its KPIs and bonuses, for the people the person signed in may
/// read the bonuses of.
Result<HealthImpact> healthImpact(Database& db, const Clock& clock, QDate month);

/// Whether a rule's step or gate lies within [low, high] of its KPI (plan-relative for steps).
bool crossesStep(const BonusRule& rule, double low, double high, std::optional<double> plan);

}  // namespace fd::core
