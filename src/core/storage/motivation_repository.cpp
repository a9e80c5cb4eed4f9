#include "storage/motivation_repository.h"

#include "storage/query.h"

namespace fd::core {

QString stepsText(const std::vector<BonusStep>& steps) {
    QStringList parts;
    for (const BonusStep& s : steps) {
        parts << QString::number(s.completion, 'g', 10) + QLatin1Char(':') +
                     QString::number(s.multiplier, 'g', 10);
    }
    return parts.join(QLatin1Char(';'));
}

std::vector<BonusStep> stepsFromText(const QString& text) {
    std::vector<BonusStep> steps;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() == 2) {
            steps.push_back({pair[0].toDouble(), pair[1].toDouble()});
        }
    }
    return steps;
}

std::vector<PlanEntry> MotivationRepository::plans(const QString& month) {
    Query q(m_db,
            "SELECT month, department, employee_id, kpi, value FROM kpi_plans WHERE month = :month "
            "ORDER BY department, coalesce(employee_id, 0), kpi");
    q.bind(":month", month);
    std::vector<PlanEntry> all;
    for (PlanEntry& p : q.all([](const Query& r) {
             PlanEntry p;
             p.month = r.text(0);
             p.department = departmentFromCode(r.text(1)).value_or(Department::CallCenter);
             p.employeeId = r.optI64(2);
             p.kpi = fromCode<Kpi>(r.text(3)).value_or(Kpi::TargetArrivals);
             p.value = r.value(4).toDouble();
             return p;
         })) {
        all.push_back(std::move(p));
    }
    return all;
}

void MotivationRepository::setPlan(const PlanEntry& p) {
    removePlan(p);
    Query q(m_db,
            "INSERT INTO kpi_plans(month, department, employee_id, kpi, value) "
            "VALUES (:month, :department, :employee, :kpi, :value)");
    q.bind(":month", p.month)
        .bind(":department", departmentCode(p.department))
        .bind(":employee", p.employeeId);
    q.bind(":kpi", toCode(p.kpi)).bindDouble(":value", p.value).exec();
}

void MotivationRepository::removePlan(const PlanEntry& p) {
    Query q(m_db,
            "DELETE FROM kpi_plans WHERE month = :month AND department = :department "
            "AND coalesce(employee_id, 0) = coalesce(:employee, 0) AND kpi = :kpi");
    q.bind(":month", p.month)
        .bind(":department", departmentCode(p.department))
        .bind(":employee", p.employeeId);
    q.bind(":kpi", toCode(p.kpi)).exec();
}

std::vector<BonusRule> MotivationRepository::rules(Role role, const QString& month) {
    Query q(m_db,
            "SELECT id, role, month_from, position, kind, kpi, amount, percent, steps, cap, comparison, "
            "threshold, "
            "multiplier FROM bonus_rules WHERE role = :role AND month_from = (SELECT max(month_from) FROM "
            "bonus_rules WHERE role = :role AND month_from <= :month) ORDER BY position, id");
    q.bind(":role", toCode(role)).bind(":month", month);
    return q.all([](const Query& r) {
        BonusRule b;
        b.id = r.i64(0);
        b.role = fromCode<Role>(r.text(1)).value_or(Role::Operator);
        b.monthFrom = r.text(2);
        b.position = static_cast<int>(r.i64(3));
        b.kind = fromCode<BonusRuleKind>(r.text(4)).value_or(BonusRuleKind::PerUnit);
        b.kpi = fromCode<Kpi>(r.text(5)).value_or(Kpi::TargetArrivals);
        b.amount = r.i64(6);
        b.percent = r.value(7).toDouble();
        b.steps = stepsFromText(r.text(8));
        b.cap = r.optI64(9);
        b.comparison = fromCode<Comparison>(r.text(10)).value_or(Comparison::Above);
        if (!r.isNull(11)) {
            b.threshold = r.value(11).toDouble();
        }
        b.multiplier = r.value(12).toDouble();
        return b;
    });
}

void MotivationRepository::replaceRules(Role role, const QString& monthFrom,
                                        const std::vector<BonusRule>& rules) {
    Query del(m_db, "DELETE FROM bonus_rules WHERE role = :role AND month_from = :month");
    del.bind(":role", toCode(role)).bind(":month", monthFrom).exec();
    int position = 0;
    for (const BonusRule& b : rules) {
        Query q(m_db,
                "INSERT INTO bonus_rules(role, month_from, position, kind, kpi, amount, percent, steps, cap, "
                "comparison, threshold, multiplier) VALUES (:role, :month, :position, :kind, :kpi, :amount, "
                ":percent, :steps, :cap, :comparison, :threshold, :multiplier)");
        q.bind(":role", toCode(role)).bind(":month", monthFrom).bind(":position", ++position);
        q.bind(":kind", toCode(b.kind)).bind(":kpi", toCode(b.kpi)).bind(":amount", b.amount);
        q.bindDouble(":percent", b.percent).bind(":steps", stepsText(b.steps)).bind(":cap", b.cap);
        q.bind(":comparison", toCode(b.comparison)).bindOptDouble(":threshold", b.threshold);
        q.bindDouble(":multiplier", b.multiplier).exec();
    }
}

std::optional<ClosedMonth> MotivationRepository::closedMonth(const QString& month) {
    Query q(m_db, "SELECT month, closed_at, closed_by, payroll FROM closed_months WHERE month = :month");
    q.bind(":month", month);
    return q.one([](const Query& r) {
        return ClosedMonth{r.text(0), r.i64(1), r.optI64(2), r.text(3).toUtf8()};
    });
}

std::vector<QString> MotivationRepository::closedMonths() {
    Query q(m_db, "SELECT month FROM closed_months ORDER BY month");
    return q.all([](const Query& r) { return r.text(0); });
}

void MotivationRepository::close(const ClosedMonth& m) {
    Query q(m_db,
            "INSERT INTO closed_months(month, closed_at, closed_by, payroll) VALUES (:month, :at, :by, "
            ":payroll)");
    q.bind(":month", m.month).bind(":at", m.closedAt).bind(":by", m.closedBy);
    q.bind(":payroll", QString::fromUtf8(m.payroll)).exec();
}

void MotivationRepository::reopen(const QString& month) {
    Query q(m_db, "DELETE FROM closed_months WHERE month = :month");
    q.bind(":month", month).exec();
}

}  // namespace fd::core
