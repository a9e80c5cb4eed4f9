// funneldesk-cli bonus: a month's KPIs with plans and each person's bonus, as the KPI workspace
// shows them; the head's closing and reopening of a month.

#include "command_table.h"
#include "funnel/month_figures.h"
#include "output.h"

#include "services/data_health.h"
#include "services/payroll_json.h"
#include "services/payroll_service.h"
#include "storage/database.h"

namespace fd::cli {

using namespace fd::core;

namespace {

QString ruleText(const RuleContribution& c) {
    return QStringLiteral("%1 %2: %3 = %4")
        .arg(toCode(c.rule.kind), toCode(c.rule.kpi), c.how, rubles(static_cast<double>(c.kopecks)));
}

void printPayroll(const Payroll& p, OutputFormat format) {
    if (format == OutputFormat::Json) {
        out() << QString::fromUtf8(payrollToJson(p));
        return;
    }
    std::vector<QStringList> rows{{QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("target"),
                                   QStringLiteral("sales"), QStringLiteral("money"), QStringLiteral("bonus"),
                                   QStringLiteral("adjustment"), QStringLiteral("to_pay"),
                                   QStringLiteral("rules")}};
    for (const PersonMonth& m : p.people) {
        auto fact = [&](Kpi kpi) {
            const auto it = m.figures.find(kpi);
            return it == m.figures.end() ? std::optional<double>() : it->second.fact;
        };
        QStringList parts;
        for (const RuleContribution& c : m.bonus.parts) {
            parts << ruleText(c);
        }
        rows.push_back({m.name, toCode(m.role), number(fact(Kpi::TargetArrivals), 0),
                        number(fact(Kpi::Sales), 0), rubles(fact(Kpi::MoneyReceived)),
                        rubles(static_cast<double>(m.bonus.total)),
                        m.adjustmentMonth.isEmpty() ? QString() : rubles(static_cast<double>(m.adjustment)),
                        rubles(static_cast<double>(m.toPay())), parts.join(QStringLiteral("; "))});
    }
    if (format == OutputFormat::Csv) {
        printCsv(rows);
        return;
    }
    out() << "bonuses for " << p.month << (p.closed ? " (closed: frozen figures)" : "") << ", total "
          << rubles(static_cast<double>(p.total())) << '\n';
    printTable(rows, 2);
}

int runBonus(const Args& a) {
    const QDate month = monthFromCode(*a.value("--month"));
    if (!month.isValid()) {
        return fail(QStringLiteral("--month must be a month as YYYY-MM"), kExitUsage);
    }
    int exitCode = kExitFailure;
    const std::optional<ReportTarget> target = openReport(a.value("--format"), *a.value("--db"), &exitCode);
    if (!target) {
        return exitCode;
    }
    PayrollService payroll(*target->db);
    if (a.flag("--close")) {
        // A script closes the month as asked; the marks still missing are said on stderr.
        if (const Result<HealthReport> gaps =
                DataHealth(*target->db, systemClock()).report(month, month.addMonths(1));
            gaps && DataHealth::total(*gaps) > 0) {
            QTextStream(stderr) << "funneldesk-cli: warning: " << DataHealth::total(*gaps)
                                << " marks of the month are missing (funneldesk-cli health lists them):\n"
                                << DataHealth::summary(*gaps) << '\n';
        }
    }
    if (a.flag("--close") || a.flag("--reopen")) {
        const Status done = a.flag("--close") ? payroll.closeMonth(month) : payroll.reopenMonth(month);
        if (!done) {
            return fail(done.error().message());
        }
    }
    const Result<Payroll> p = payroll.payroll(month);
    if (!p) {
        return fail(p.error().message());
    }
    printPayroll(*p, target->format);
    return kExitOk;
}

}  // namespace

std::vector<Command> bonusCommands() {
    return {
        {QStringLiteral("bonus"),
         {},
         {},
         QStringLiteral("a month's bonuses: each person's KPIs against plan and each rule's part, as the\n"
                        "KPI workspace shows them (closed months from their frozen figures)"),
         {databaseOption(),
          {QStringLiteral("--month"), QStringLiteral("YYYY-MM"), QStringLiteral("the month"), true},
          {QStringLiteral("--format"), QStringLiteral("table|csv|json"),
           QStringLiteral("how to print it (default table)")},
          {QStringLiteral("--close"), {}, QStringLiteral("close the month first: freeze its figures")},
          {QStringLiteral("--reopen"), {}, QStringLiteral("open a closed month again first")}},
         runBonus},
    };
}

}  // namespace fd::cli
