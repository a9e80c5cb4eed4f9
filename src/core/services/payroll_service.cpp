#include "services/payroll_service.h"

#include "funnel/month_figures.h"
#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/month_outlook.h"
#include "services/payroll_json.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/database_fact_source.h"

#include <QDateTime>
#include <QTimeZone>

namespace fd::core {

std::optional<Department> departmentOf(Role role) {
    switch (role) {
        case Role::Operator:
            return Department::CallCenter;
        case Role::OfficeManager:
            return Department::Sales;
        case Role::Marketer:
            return Department::Marketing;
        case Role::Head:
        case Role::Admin:
            return std::nullopt;
    }
    return std::nullopt;
}

qint64 Payroll::total() const {
    qint64 sum = 0;
    for (const PersonMonth& p : people) {
        sum += p.toPay();
    }
    return sum;
}

namespace {

bool anyActivity(const KpiFigures& f) {
    for (const auto& [kpi, figure] : f) {
        if (isAdditive(kpi) && figure.fact && *figure.fact != 0) {
            return true;
        }
    }
    return false;
}

/// A person's plans: their own, else (a marketer) their department's.
void addPlans(KpiFigures& figures, const std::vector<PlanEntry>& plans, const Employee& e) {
    const std::optional<Department> department = departmentOf(e.role);
    for (const PlanEntry& p : plans) {
        if (p.employeeId == e.id || (!p.employeeId && e.role == Role::Marketer &&
                                     department == p.department && !figures[p.kpi].plan)) {
            figures[p.kpi].plan = p.value;
        }
    }
}

/// What each person's bonus of a closed month is now (`now`) less what it was closed at (`paid`),
/// added to `month`'s payroll — for a person with nothing else this month too.
void addAdjustments(Payroll& month, const Payroll& paid, const Payroll& now) {
    QHash<Id, qint64> difference;
    QHash<Id, const PersonMonth*> who;
    for (const PersonMonth& p : now.people) {
        difference[p.employeeId] += p.bonus.total;
        who.insert(p.employeeId, &p);
    }
    for (const PersonMonth& p : paid.people) {
        difference[p.employeeId] -= p.bonus.total;
        who.insert(p.employeeId, &p);
    }
    for (auto it = difference.cbegin(); it != difference.cend(); ++it) {
        if (it.value() == 0) {
            continue;
        }
        auto person = std::find_if(month.people.begin(), month.people.end(),
                                   [&](const PersonMonth& p) { return p.employeeId == it.key(); });
        if (person == month.people.end()) {
            PersonMonth absent;
            absent.employeeId = it.key();
            absent.name = who.value(it.key())->name;
            absent.role = who.value(it.key())->role;
            month.people.push_back(absent);
            person = month.people.end() - 1;
        }
        person->adjustment = it.value();
        person->adjustmentMonth = paid.month;
    }
}

/// The bonus if the month ends as forecast: each count and amount at its forecast.
std::optional<qint64> forecastBonus(const std::vector<BonusRule>& rules, const KpiFigures& figures) {
    KpiFigures ahead = figures;
    bool any = false;
    for (auto& [kpi, f] : ahead) {
        if (f.forecast) {
            f.fact = f.forecast->value;
            any = true;
        }
    }
    return any ? std::optional<qint64>(computeBonus(rules, ahead).total) : std::nullopt;
}

Error closedMonthError(const QString& month) {
    return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "%1 is closed: reopen it first."),
                   QStringLiteral("month"), {month});
}

}  // namespace

Result<Payroll> PayrollService::livePayroll(QDate month) {
    return whileReading([&]() -> Result<Payroll> {
        DatabaseFactSource facts(m_db);
        const QString zoneName = CatalogService(m_db, m_clock).reportTimeZone();
        Result<MonthFigures> figures = monthFigures(facts, zoneName, month);
        if (!figures) {
            return figures.error();
        }
        // A month under way: where it is heading.
        const QTimeZone zone(zoneName.toUtf8());
        const qint64 now = m_clock();
        if (QDateTime(figures->first, QTime(0, 0), zone).toSecsSinceEpoch() <= now &&
            now < QDateTime(figures->end, QTime(0, 0), zone).toSecsSinceEpoch()) {
            addForecasts(figures.value(), forecastInput(m_db, zone, month, now));
        }
        MotivationRepository motivation(m_db);
        const QString code = monthCode(month);
        const std::vector<PlanEntry> plans = motivation.plans(code);
        Payroll payroll;
        payroll.month = code;
        payroll.company = figures->company;
        CatalogRepository catalog(m_db);
        for (const Office& o : catalog.offices()) {
            if (figures->offices.contains(o.id)) {
                payroll.offices.push_back({o.id, o.name, figures->offices.value(o.id)});
            }
        }
        for (const Channel& c : catalog.channels()) {
            if (figures->channels.contains(c.id)) {
                payroll.channels.push_back({c.id, c.name, figures->channels.value(c.id)});
            }
        }
        for (const Employee& e : catalog.employees()) {
            PersonMonth p;
            p.employeeId = e.id;
            p.name = e.name;
            p.role = e.role;
            p.figures = e.role == Role::Operator        ? figures->operators.value(e.id)
                        : e.role == Role::OfficeManager ? figures->managers.value(e.id)
                                                        : figures->company;
            addPlans(p.figures, plans, e);
            const std::vector<BonusRule> rules = motivation.rules(e.role, code);
            if (rules.empty() && e.role != Role::Operator && e.role != Role::OfficeManager) {
                continue;  // no scheme for this role and no department of their own to show
            }
            p.bonus = computeBonus(rules, p.figures);
            p.bonusForecast = forecastBonus(rules, p.figures);
            const bool worked =
                e.role == Role::Operator || e.role == Role::OfficeManager ? anyActivity(p.figures) : e.active;
            if (worked || p.bonus.total != 0) {
                payroll.people.push_back(std::move(p));
            }
        }
        return payroll;
    });
}

Result<Payroll> PayrollService::payroll(QDate month) {
    if (Status allowed = permit(m_db, Action::ReadBonuses); !allowed) {
        return allowed.error();
    }
    Result<Payroll> result = [&]() -> Result<Payroll> {
        const Result<std::optional<ClosedMonth>> closed =
            whileReading([&]() -> Result<std::optional<ClosedMonth>> {
                return MotivationRepository(m_db).closedMonth(monthCode(month));
            });
        if (!closed) {
            return closed.error();
        }
        if (*closed) {
            Result<Payroll> frozen = payrollFromJson((*closed)->payroll);
            if (frozen) {
                frozen.value().closed = true;
                frozen.value().closedAt = (*closed)->closedAt;
            }
            return frozen;
        }
        Result<Payroll> live = livePayroll(month);
        if (!live) {
            return live;
        }
        // Events recorded after the previous month was closed: what its bonus is now, less what was paid.
        const QDate previous = month.addMonths(-1);
        const Result<std::optional<ClosedMonth>> before =
            whileReading([&]() -> Result<std::optional<ClosedMonth>> {
                return MotivationRepository(m_db).closedMonth(monthCode(previous));
            });
        if (before && *before) {
            const Result<Payroll> paid = payrollFromJson((*before)->payroll);
            const Result<Payroll> now = livePayroll(previous);
            if (paid && now) {
                addAdjustments(live.value(), *paid, *now);
            }
        }
        return live;
    }();
    if (!result) {
        return result;
    }
    // Each person sees their own; the head and the administrator everyone's.
    if (const std::optional<Actor>& actor = m_db.actor();
        actor && reachOf(actor->role, Action::ReadBonuses) != Reach::All) {
        Payroll& own = result.value();
        std::erase_if(own.people, [&](const PersonMonth& p) { return p.employeeId != actor->employeeId; });
        // The department's totals stay; the rows of other departments go.
        if (actor->role != Role::OfficeManager) {
            own.offices.clear();
        }
        if (actor->role != Role::Marketer) {
            own.channels.clear();
        }
    }
    return result;
}

Status PayrollService::closeMonth(QDate month) {
    if (Status allowed = permit(m_db, Action::ManageMotivation); !allowed) {
        return allowed;
    }
    const qint64 now = m_clock();
    const QTimeZone zone(CatalogService(m_db, m_clock).reportTimeZone().toUtf8());
    const QDate first(month.year(), month.month(), 1);
    if (QDateTime(first.addMonths(1), QTime(0, 0), zone).toSecsSinceEpoch() > now) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error", "%1 is not over yet: a month is closed after its last day."),
            QStringLiteral("month"), {monthCode(month)});
    }
    Result<Payroll> figures = payroll(month);
    if (!figures) {
        return figures.error();
    }
    if (figures->closed) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "%1 is closed already."), QStringLiteral("month"),
                       {monthCode(month)});
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        MotivationRepository(m_db).close(
            {figures->month, now, actingEmployee(m_db, std::nullopt), payrollToJson(*figures)});
        AuditRepository(m_db).appendChange(
            now, actingEmployee(m_db, std::nullopt), QStringLiteral("close_month"), QStringLiteral("month"),
            std::nullopt, QString(),
            QStringLiteral("month=%1; bonuses=%2").arg(figures->month).arg(figures->total()));
        return Ok{};
    });
}

Status PayrollService::reopenMonth(QDate month) {
    if (Status allowed = permit(m_db, Action::ManageMotivation); !allowed) {
        return allowed;
    }
    const QString code = monthCode(month);
    return inWriteTransaction(m_db, [&]() -> Status {
        MotivationRepository repo(m_db);
        if (!repo.closedMonth(code)) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "%1 is not closed."), QStringLiteral("month"),
                           {code});
        }
        repo.reopen(code);
        AuditRepository(m_db).appendChange(m_clock(), actingEmployee(m_db, std::nullopt),
                                           QStringLiteral("reopen_month"), QStringLiteral("month"),
                                           std::nullopt, QStringLiteral("month=") + code, QString());
        return Ok{};
    });
}

Result<std::vector<PlanEntry>> PayrollService::plans(QDate month) {
    if (Status allowed = permit(m_db, Action::ReadBonuses); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<std::vector<PlanEntry>> {
        return MotivationRepository(m_db).plans(monthCode(month));
    });
}

Status PayrollService::setPlan(const PlanEntry& plan) {
    if (Status allowed = permit(m_db, Action::ManageMotivation); !allowed) {
        return allowed;
    }
    if (!monthFromCode(plan.month).isValid()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The month must be written as YYYY-MM."),
                       QStringLiteral("month"));
    }
    if (plan.value < 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "A plan cannot be negative."),
                       QStringLiteral("value"));
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        MotivationRepository repo(m_db);
        if (repo.closedMonth(plan.month)) {
            return closedMonthError(plan.month);
        }
        repo.setPlan(plan);
        AuditRepository(m_db).appendChange(m_clock(), actingEmployee(m_db, std::nullopt),
                                           QStringLiteral("plan"), QStringLiteral("plan"), plan.employeeId,
                                           QString(),
                                           QStringLiteral("month=%1; department=%2; kpi=%3; value=%4")
                                               .arg(plan.month, departmentCode(plan.department),
                                                    toCode(plan.kpi), QString::number(plan.value)));
        return Ok{};
    });
}

Status PayrollService::setPlans(const std::vector<PlanEntry>& plans) {
    return inWriteTransaction(m_db, [&]() -> Status {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (Status done = setPlan(plans[i]); !done) {
                Error e = done.error();
                e.detail = QString::number(i);
                return e;
            }
        }
        return Ok{};
    });
}

Result<int> PayrollService::copyPlans(QDate from, QDate to) {
    if (Status allowed = permit(m_db, Action::ManageMotivation); !allowed) {
        return allowed.error();
    }
    return inWriteTransaction(m_db, [&]() -> Result<int> {
        MotivationRepository repo(m_db);
        if (repo.closedMonth(monthCode(to))) {
            return closedMonthError(monthCode(to));
        }
        const std::vector<PlanEntry> existing = repo.plans(monthCode(to));
        int copied = 0;
        for (PlanEntry p : repo.plans(monthCode(from))) {
            p.month = monthCode(to);
            const bool taken = std::any_of(existing.begin(), existing.end(), [&](const PlanEntry& e) {
                return e.department == p.department && e.employeeId == p.employeeId && e.kpi == p.kpi;
            });
            if (!taken) {
                repo.setPlan(p);
                ++copied;
            }
        }
        AuditRepository(m_db).appendChange(
            m_clock(), actingEmployee(m_db, std::nullopt), QStringLiteral("copy_plans"),
            QStringLiteral("plan"), std::nullopt, QStringLiteral("month=") + monthCode(from),
            QStringLiteral("month=%1; plans=%2").arg(monthCode(to)).arg(copied));
        return copied;
    });
}

Result<std::vector<BonusRule>> PayrollService::scheme(Role role, QDate month) {
    if (Status allowed = permit(m_db, Action::ReadBonuses); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<std::vector<BonusRule>> {
        return MotivationRepository(m_db).rules(role, monthCode(month));
    });
}

Status PayrollService::setScheme(Role role, QDate month, const std::vector<BonusRule>& rules) {
    if (Status allowed = permit(m_db, Action::ManageMotivation); !allowed) {
        return allowed;
    }
    std::vector<BonusRule> ordered = rules;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        ordered[i].position = static_cast<int>(i) + 1;
    }
    if (Status good = checkRules(ordered); !good) {
        return good;
    }
    const QString code = monthCode(month);
    return inWriteTransaction(m_db, [&]() -> Status {
        MotivationRepository repo(m_db);
        if (repo.closedMonth(code)) {
            return closedMonthError(code);
        }
        repo.replaceRules(role, code, ordered);
        AuditRepository(m_db).appendChange(
            m_clock(), actingEmployee(m_db, std::nullopt), QStringLiteral("scheme"), QStringLiteral("scheme"),
            std::nullopt, QString(),
            QStringLiteral("role=%1; from=%2; rules=%3").arg(toCode(role), code).arg(ordered.size()));
        return Ok{};
    });
}

}  // namespace fd::core
