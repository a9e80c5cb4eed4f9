#pragma once

#include "domain/motivation.h"
#include "funnel/kpi_report.h"

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// A month's plan for one KPI of a department (no employee) or of one person.
struct PlanEntry {
    QString month;  ///< "YYYY-MM"
    Department department = Department::CallCenter;
    OptId employeeId;
    Kpi kpi = Kpi::TargetArrivals;
    double value = 0;

    bool operator==(const PlanEntry&) const = default;
};

/// A closed month: when, by whom, and its payroll as it stood (JSON).
struct ClosedMonth {
    QString month;
    qint64 closedAt = 0;
    OptId closedBy;
    QByteArray payroll;
};

/// Plans, bonus rules and closed months.
class MotivationRepository final {
public:
    explicit MotivationRepository(Database& db) : m_db(db) {}

    std::vector<PlanEntry> plans(const QString& month);
    /// Sets a plan (replacing the one of the same month, department, person and KPI).
    void setPlan(const PlanEntry& plan);
    void removePlan(const PlanEntry& plan);

    /// The rules of `role`'s scheme holding in `month`: those of the latest month they start from
    /// that is not after it, in their order.
    std::vector<BonusRule> rules(Role role, const QString& month);
    /// Replaces the rules starting in `monthFrom` for `role`.
    void replaceRules(Role role, const QString& monthFrom, const std::vector<BonusRule>& rules);

    std::optional<ClosedMonth> closedMonth(const QString& month);
    std::vector<QString> closedMonths();
    void close(const ClosedMonth& month);
    void reopen(const QString& month);

private:
    Database& m_db;
};

/// Steps as stored: "completion:multiplier;…".
QString stepsText(const std::vector<BonusStep>& steps);
std::vector<BonusStep> stepsFromText(const QString& text);

}  // namespace fd::core
