#include "test_support.h"

#include "funnel/month_figures.h"
#include "services/catalog_service.h"
#include "services/deal_service.h"
#include "services/demo_generator.h"
#include "services/meeting_service.h"
#include "services/payroll_service.h"
#include "storage/catalog_repository.h"
#include "storage/database_fact_source.h"

#include <QSqlQuery>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

/// A World whose Moscow manager sold a contract of 100 000 ₽ on 3 March and took 40 000 ₽ that
/// day; managers earn 10 % of the money received on their contracts.
struct SoldMarch {
    World w;
    Id head = 0;
    Id deal = 0;

    SoldMarch() {
        head = require(CatalogService(*w.db, w.clock)
                           .addEmployee({0, QStringLiteral("Руководитель"), Role::Head, std::nullopt, true}));
        const Id lead =
            w.bookedLead(QStringLiteral("Клиент Март"), QStringLiteral("+79120000901"), msk(2026, 3, 3, 11));
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1").arg(lead)));
        REQUIRE(q.next());
        const Id meeting = q.value(0).toLongLong();
        w.now = msk(2026, 3, 3, 11, 10);
        REQUIRE(MeetingService(*w.db, w.clock).markArrived(meeting, w.managerMoscow));
        OutcomeInput sale;
        sale.meetingId = meeting;
        sale.actorId = w.managerMoscow;
        sale.outcome = MeetingOutcome::Sale;
        sale.qualification = Qualification::Target;
        sale.dealAmount = Money{10'000'000};
        REQUIRE(MeetingService(*w.db, w.clock).recordOutcome(sale));
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM deals WHERE lead_id = %1").arg(lead)));
        REQUIRE(q.next());
        deal = q.value(0).toLongLong();
        require(DealService(*w.db, w.clock)
                    .addPayment({deal, w.now, Money{4'000'000}, PaymentMethod::Cash, false, {}, {}}));
        BonusRule share;
        share.kind = BonusRuleKind::Percent;
        share.kpi = Kpi::MoneyReceived;
        share.percent = 10;
        w.db->setActor(Actor{head, Role::Head, std::nullopt, {}, {}});
        REQUIRE(PayrollService(*w.db, w.clock).setScheme(Role::OfficeManager, QDate(2026, 1, 1), {share}));
    }

    qint64 bonusOf(const Payroll& p, Id employee) {
        for (const PersonMonth& m : p.people) {
            if (m.employeeId == employee) {
                return m.bonus.total;
            }
        }
        return -1;
    }
};

}  // namespace

TEST_CASE("Closing a month freezes its bonuses, and a payment recorded later is next month's adjustment",
          "[payroll]") {
    SoldMarch s;
    PayrollService payroll(*s.w.db, s.w.clock);
    const QDate march(2026, 3, 1);
    CHECK(s.bonusOf(require(payroll.payroll(march)), s.w.managerMoscow) == 400'000);  // 10 % of 40 000 ₽

    const Status early = payroll.closeMonth(march);
    REQUIRE_FALSE(early.ok());  // March is still running on 3 March
    s.w.now = msk(2026, 4, 2, 10);
    REQUIRE(payroll.closeMonth(march));
    CHECK_FALSE(payroll.closeMonth(march).ok());

    // A payment dated in March but recorded in April: March stays as paid, April adjusts.
    s.w.db->setActor(std::nullopt);
    require(DealService(*s.w.db, s.w.clock)
                .addPayment(
                    {s.deal, msk(2026, 3, 31, 17), Money{2'000'000}, PaymentMethod::Card, false, {}, {}}));
    s.w.db->setActor(Actor{s.head, Role::Head, std::nullopt, {}, {}});
    const Payroll closed = require(payroll.payroll(march));
    CHECK(closed.closed);
    CHECK(s.bonusOf(closed, s.w.managerMoscow) == 400'000);
    // The frozen month keeps each rule as it was applied, to be shown as it was paid.
    for (const PersonMonth& p : closed.people) {
        if (p.employeeId == s.w.managerMoscow) {
            REQUIRE(p.bonus.parts.size() == 1);
            CHECK(p.bonus.parts[0].rule.kind == BonusRuleKind::Percent);
            CHECK(p.bonus.parts[0].rule.percent == 10);
            CHECK(p.bonus.parts[0].base == 4'000'000);
        }
    }
    const Payroll april = require(payroll.payroll(QDate(2026, 4, 1)));
    const auto manager = std::find_if(april.people.begin(), april.people.end(), [&](const PersonMonth& p) {
        return p.employeeId == s.w.managerMoscow;
    });
    REQUIRE(manager != april.people.end());
    CHECK(manager->adjustment == 200'000);
    CHECK(manager->adjustmentMonth == QStringLiteral("2026-03"));
    CHECK(manager->toPay() == manager->bonus.total + 200'000);

    // A closed month takes no new plan or scheme; reopened, it is live again, and both are audited.
    CHECK_FALSE(
        payroll.setPlan({QStringLiteral("2026-03"), Department::Sales, s.w.managerMoscow, Kpi::Sales, 5})
            .ok());
    REQUIRE(payroll.reopenMonth(march));
    CHECK_FALSE(require(payroll.payroll(march)).closed);
    CHECK(s.bonusOf(require(payroll.payroll(march)), s.w.managerMoscow) == 600'000);
    CHECK(s.w.count("audit_log") > 0);
    QSqlQuery q(s.w.db->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('close_month', 'reopen_month')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("Each person reads their own bonus, and only the head sets plans and schemes", "[payroll]") {
    SoldMarch s;
    s.w.db->setActor(Actor{s.w.managerMoscow, Role::OfficeManager, s.w.moscow, {}, {}});
    PayrollService payroll(*s.w.db, s.w.clock);
    const Payroll own = require(payroll.payroll(QDate(2026, 3, 1)));
    REQUIRE(own.people.size() == 1);
    CHECK(own.people[0].employeeId == s.w.managerMoscow);
    const Status refused =
        payroll.setPlan({QStringLiteral("2026-03"), Department::Sales, s.w.managerMoscow, Kpi::Sales, 50});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK_FALSE(payroll.closeMonth(QDate(2026, 2, 1)).ok());

    s.w.db->setActor(Actor{s.head, Role::Head, std::nullopt, {}, {}});
    REQUIRE(
        payroll.setPlan({QStringLiteral("2026-03"), Department::Sales, s.w.managerMoscow, Kpi::Sales, 2}));
    CHECK(require(payroll.copyPlans(QDate(2026, 3, 1), QDate(2026, 4, 1))) == 1);
    CHECK(require(payroll.copyPlans(QDate(2026, 3, 1), QDate(2026, 4, 1))) == 0);  // already there
    const Payroll march = require(payroll.payroll(QDate(2026, 3, 1)));
    for (const PersonMonth& p : march.people) {
        if (p.employeeId == s.w.managerMoscow) {
            CHECK(p.figures.at(Kpi::Sales).fact == 1);
            CHECK(p.figures.at(Kpi::Sales).plan == 2);
        }
    }
}

TEST_CASE("Each additive KPI of the people adds up to the company's, and the demo pays quality over volume",
          "[payroll][demo]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 8000, 3);
    DatabaseFactSource facts(*db);
    const MonthFigures m = require(monthFigures(facts, QStringLiteral("Europe/Moscow"), QDate(2026, 5, 1)));
    for (const Kpi kpi :
         {Kpi::Leads, Kpi::Booked, Kpi::Arrivals, Kpi::TargetArrivals, Kpi::Sales, Kpi::MoneyReceived}) {
        INFO(toCode(kpi).toStdString());
        double operators = 0;
        for (const KpiFigures& f : m.operators) {
            operators += f.at(kpi).fact.value_or(0);
        }
        CHECK(operators == m.company.at(kpi).fact.value_or(-1));
    }
    // Every arrival, sale and payment has an office and a channel, so their rows add up too.
    auto sum = [](const QHash<Id, KpiFigures>& groups, Kpi kpi) {
        double all = 0;
        for (const KpiFigures& f : groups) {
            const auto it = f.find(kpi);
            all += it != f.end() ? it->second.fact.value_or(0) : 0;
        }
        return all;
    };
    for (const Kpi kpi : {Kpi::Arrivals, Kpi::TargetArrivals, Kpi::Sales, Kpi::SalesAfterFollowUp,
                          Kpi::MoneyReceived, Kpi::Contracted}) {
        INFO(toCode(kpi).toStdString());
        CHECK(sum(m.offices, kpi) == m.company.at(kpi).fact.value_or(-1));
        CHECK(sum(m.managers, kpi) == m.company.at(kpi).fact.value_or(-1));
        CHECK(sum(m.channels, kpi) == m.company.at(kpi).fact.value_or(-1));
    }
    for (const Kpi kpi : {Kpi::Leads, Kpi::LeadsWorked, Kpi::Visitors, Kpi::Spend}) {
        INFO(toCode(kpi).toStdString());
        CHECK(sum(m.channels, kpi) == m.company.at(kpi).fact.value_or(-1));
    }
    // A rate carries its interval; spend-based figures exist for channels, not for people.
    const KpiFigure showUp = m.company.at(Kpi::ShowUp);
    REQUIRE((showUp.fact && showUp.low && showUp.high));
    CHECK((*showUp.low < *showUp.fact && *showUp.fact < *showUp.high));
    CHECK_FALSE(m.operators.begin()->contains(Kpi::Spend));
    CHECK(m.channels.begin()->contains(Kpi::Spend));
    // The operator with the most raw arrivals is not the best paid: a colleague with fewer
    // arrivals but more target ones earns more.
    const Payroll may = require(PayrollService(*db).payroll(QDate(2026, 5, 1)));
    const PersonMonth* volume = nullptr;
    for (const PersonMonth& p : may.people) {
        if (p.role == Role::Operator &&
            (!volume || p.figures.at(Kpi::Arrivals).fact > volume->figures.at(Kpi::Arrivals).fact)) {
            volume = &p;
        }
    }
    REQUIRE(volume);
    CHECK(volume->name == QStringLiteral("Дмитрий Козлов"));
    const bool outearned = std::any_of(may.people.begin(), may.people.end(), [&](const PersonMonth& p) {
        return p.role == Role::Operator &&
               p.figures.at(Kpi::Arrivals).fact < volume->figures.at(Kpi::Arrivals).fact &&
               p.bonus.total > volume->bonus.total;
    });
    CHECK(outearned);
}
