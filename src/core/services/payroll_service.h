#pragma once

#include "domain/motivation.h"
#include "funnel/kpi_report.h"
#include "services/service_context.h"
#include "storage/motivation_repository.h"

#include <QDate>

#include <vector>

namespace fd::core {

/// One person's month: their KPIs with plans, their bonus rule by rule, and what a closed
/// earlier month owes them or takes back because of events recorded after it was closed.
struct PersonMonth {
    Id employeeId = 0;
    QString name;
    Role role = Role::Operator;
    KpiFigures figures;
    BonusResult bonus;
    std::optional<qint64> bonusForecast;  ///< an open month: the bonus if it ends as forecast
    qint64 adjustment = 0;                ///< kopecks: the previous month's bonus now less as it was closed
    QString adjustmentMonth;              ///< "YYYY-MM" the adjustment is for; empty: none
    qint64 toPay() const { return bonus.total + adjustment; }
};

/// An office's or a channel's month: a row of the office's or the marketing tab.
struct GroupMonth {
    Id id = 0;
    QString name;
    KpiFigures figures;
};

/// A month's KPIs and bonuses of everyone the person signed in may see.
struct Payroll {
    QString month;  ///< "YYYY-MM"
    bool closed = false;
    qint64 closedAt = 0;
    KpiFigures company;  ///< the whole company's facts: each department's totals
    std::vector<PersonMonth> people;
    std::vector<GroupMonth> offices;   ///< for the office managers and those who see every department
    std::vector<GroupMonth> channels;  ///< for the marketers and those who see every department
    qint64 total() const;
};

/// Plans, bonuses and the closing of months: the motivation of each department computed from the
/// funnel's own numbers. Plans and schemes are the head's; each person reads their own bonus.
class PayrollService final {
public:
    explicit PayrollService(Database& db, Clock clock = systemClock())
        : m_db(db), m_clock(std::move(clock)) {}

    /// The month's payroll: frozen figures when the month is closed, else as they stand now (with
    /// the adjustments of the previous month, when that one is closed).
    Result<Payroll> payroll(QDate month);
    /// A head freezes the month's figures and bonuses as they stand.
    Status closeMonth(QDate month);
    /// A head opens a closed month again (audited): its figures are live again.
    Status reopenMonth(QDate month);

    Result<std::vector<PlanEntry>> plans(QDate month);
    Status setPlan(const PlanEntry& plan);
    /// Many plans at once (a grid saved), all or nothing; an error's detail is the index refused.
    Status setPlans(const std::vector<PlanEntry>& plans);
    /// Every person's and department's plans of `from` copied into `to` (existing ones kept).
    Result<int> copyPlans(QDate from, QDate to);
    Result<std::vector<BonusRule>> scheme(Role role, QDate month);
    /// The rules of `role`'s scheme from `month` on; a closed month keeps what it was paid by.
    Status setScheme(Role role, QDate month, const std::vector<BonusRule>& rules);

private:
    Result<Payroll> livePayroll(QDate month);

    Database& m_db;
    Clock m_clock;
};

/// The department whose KPIs a role's plans and bonuses follow (none for the head and admin).
std::optional<Department> departmentOf(Role role);

}  // namespace fd::core
