#include "test_support.h"

#include "funnel/funnel_engine.h"
#include "funnel/kpi_report.h"
#include "funnel_oracle.h"
#include "services/catalog_service.h"
#include "services/deal_service.h"
#include "services/demo_generator.h"
#include "services/demo_random.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/report_service.h"
#include "storage/database_fact_source.h"
#include "storage/deal_repository.h"
#include "storage/meeting_repository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>
#include <map>
#include <set>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

void checkSame(const std::optional<double>& a, const std::optional<double>& b, const char* what) {
    INFO(what);
    REQUIRE(a.has_value() == b.has_value());
    if (a) {
        CHECK(*a == Approx(*b).epsilon(1e-12).margin(1e-12));
    }
}

void checkRate(const Rate& a, const Rate& b, const char* what) {
    INFO(what << ": " << a.num << '/' << a.den << " vs " << b.num << '/' << b.den);
    REQUIRE(a.num == b.num);
    REQUIRE(a.den == b.den);
    checkSame(a.rate, b.rate, what);
    checkSame(a.ciLow, b.ciLow, what);
    checkSame(a.ciHigh, b.ciHigh, what);
}

void checkGroup(const FunnelGroup& e, const FunnelGroup& o) {
    INFO("group " << e.key.toStdString());
    REQUIRE(e.stages == o.stages);
    for (std::size_t i = 0; i < e.step.size(); ++i) {
        checkRate(e.step[i], o.step[i], "step");
        checkRate(e.cumulative[i], o.cumulative[i], "cumulative");
    }
    checkRate(e.noShow, o.noShow, "no-show");
    checkRate(e.nonTargetShare, o.nonTargetShare, "non-target share");
    CHECK(e.salesFirstMeeting == o.salesFirstMeeting);
    CHECK(e.salesAfterFollowUp == o.salesAfterFollowUp);
    for (const auto& [a, b, what] : {std::tuple{e.daysToBooked, o.daysToBooked, "to booked"},
                                     std::tuple{e.daysToArrived, o.daysToArrived, "to arrived"},
                                     std::tuple{e.daysToSale, o.daysToSale, "to sale"}}) {
        checkSame(a.median, b.median, what);
        checkSame(a.p75, b.p75, what);
    }
    const FunnelMoney& m = e.money;
    const FunnelMoney& n = o.money;
    CHECK(m.spendApplicable == n.spendApplicable);
    CHECK(m.spend == n.spend);
    CHECK(m.visitors == n.visitors);
    CHECK(m.revenue == n.revenue);
    CHECK(m.contracted == n.contracted);
    checkSame(m.cpl, n.cpl, "cpl");
    checkSame(m.costPerBooked, n.costPerBooked, "cost per booked");
    checkSame(m.costPerArrival, n.costPerArrival, "cost per arrival");
    checkSame(m.costPerTarget, n.costPerTarget, "cost per target");
    checkSame(m.cac, n.cac, "cac");
    checkSame(m.averageDeal, n.averageDeal, "average deal");
    checkSame(m.romi, n.romi, "romi");
    if (m.spendApplicable) {
        checkRate(m.visitorToLead, n.visitorToLead, "visitor to lead");
    }
    checkSame(e.immatureShare, o.immatureShare, "immature share");
    CHECK(e.maturing == o.maturing);
}

/// Invariants every report keeps.
void checkInvariants(const FunnelReport& r) {
    auto one = [&](const FunnelGroup& g) {
        if (r.spec.mode == FunnelMode::Cohort) {
            for (std::size_t s = 1; s < g.stages.size(); ++s) {
                CHECK(g.stages[s] <= g.stages[s - 1]);  // the funnel never widens
            }
        }
        for (const Rate& rate : g.cumulative) {
            if (rate.rate && rate.ciLow) {
                CHECK(*rate.ciLow <= *rate.rate);
                CHECK(*rate.rate <= *rate.ciHigh);
            }
        }
        for (const Rate& rate : g.step) {
            if (rate.rate && rate.ciLow) {
                CHECK(*rate.ciLow <= *rate.rate);
                CHECK(*rate.rate <= *rate.ciHigh);
            }
        }
        if (!g.money.spendApplicable) {
            CHECK_FALSE(g.money.spend.has_value());
            CHECK_FALSE(g.money.cpl.has_value());
        }
    };
    for (const FunnelGroup& g : r.groups) {
        one(g);
    }
    one(r.total);
}

void compare(const FunnelSpec& spec, const FunnelReport& engine, const FunnelReport& oracle);

void compare(Database& db, const FunnelSpec& spec) {
    const FunnelReport oracle = fd::test::oracleFunnel(db, spec);
    compare(spec, require(ReportService(db).funnel(spec)), oracle);
    // The same counted in two halves on two threads, as a large selection is.
    DatabaseFactSource source(db);
    FunnelEngine halves(source, CatalogService(db).reportTimeZone());
    halves.setParallelFrom(2);
    INFO("counted in two halves");
    compare(spec, require(halves.run(spec)), oracle);
}

void compare(const FunnelSpec& spec, const FunnelReport& engine, const FunnelReport& oracle) {
    INFO("spec " << spec.from.toString(Qt::ISODate).toStdString() << ".."
                 << spec.to.toString(Qt::ISODate).toStdString() << " mode " << int(spec.mode) << " window "
                 << spec.windowDays.value_or(0) << " by " << breakdownCode(spec.by).toStdString());
    CHECK(engine.maturityDays == oracle.maturityDays);
    CHECK(engine.dataFirst == oracle.dataFirst);
    CHECK(engine.dataLast == oracle.dataLast);
    CHECK(engine.noData == oracle.noData);
    std::map<QString, const FunnelGroup*> byKey;
    for (const FunnelGroup& g : oracle.groups) {
        byKey[g.key] = &g;
    }
    REQUIRE(engine.groups.size() == oracle.groups.size());
    for (const FunnelGroup& g : engine.groups) {
        INFO("key " << g.key.toStdString());
        REQUIRE(byKey.count(g.key) == 1);
        checkGroup(g, *byKey[g.key]);
    }
    checkGroup(engine.total, oracle.total);
    checkInvariants(engine);
}

/// A small random company history written through the services.
struct History {
    fd::test::World w;
    DemoRandom rng;
    explicit History(quint64 seed) : rng(seed) {}

    void addLead(qint64 created) {
        w.now = created;
        NewLead in;
        in.phone = QStringLiteral("+7912%1").arg(rng.range(1000000, 9999999));
        in.campaignId = rng.chance(0.8) ? OptId(w.campaign) : std::nullopt;
        in.channelId =
            in.campaignId ? OptId(w.channel) : (rng.chance(0.5) ? OptId(w.otherChannel) : std::nullopt);
        in.operatorId = rng.chance(0.9) ? OptId(rng.chance(0.5) ? w.operatorA : w.operatorB) : std::nullopt;
        const Result<CreatedLead> made = LeadService(*w.db, w.clock).createLead(in);
        if (!made || made->repeatTouch) {
            return;
        }
        work(made->leadId, created);
    }

    std::optional<Id> book(Id lead, qint64 at) {
        for (int attempt = 0; attempt < 12; ++attempt) {
            const bool ekb = rng.chance(0.4);
            const QTimeZone zone(ekb ? QByteArray("Asia/Yekaterinburg") : QByteArray("Europe/Moscow"));
            const QDate day = QDateTime::fromSecsSinceEpoch(at, zone).date().addDays(rng.range(1, 6));
            const qint64 slot =
                QDateTime(day, QTime(static_cast<int>(rng.range(9, 17)), 0), zone).toSecsSinceEpoch();
            CallInput call;
            call.leadId = lead;
            call.operatorId = rng.chance(0.5) ? w.operatorA : w.operatorB;
            call.outcome = CallOutcome::Booked;
            call.booking =
                BookingRequest{ekb ? w.ekb : w.moscow, slot,
                               rng.chance(0.5) ? OptId(ekb ? w.managerEkb : w.managerMoscow) : std::nullopt};
            w.now = at;
            if (LeadService(*w.db, w.clock).logCall(call)) {
                return MeetingRepository(*w.db).pendingForLead(lead)->id;
            }
        }
        return std::nullopt;
    }

    void pay(Id deal, qint64 at, qint64 amount) {
        const int parts = static_cast<int>(rng.range(0, 3));
        for (int i = 0; i < parts; ++i) {
            w.now = at + rng.range(0, 40 * kDay);
            (void)DealService(*w.db, w.clock)
                .addPayment(PaymentInput{deal, w.now, Money{amount / 4}, PaymentMethod::Cash, false, {}, {}});
        }
    }

    void work(Id lead, qint64 created) {
        qint64 t = created + rng.range(60, 2 * kDay);
        LeadService leads(*w.db, w.clock);
        const int calls = static_cast<int>(rng.range(0, 3));
        for (int i = 0; i < calls; ++i) {
            CallInput call;
            call.leadId = lead;
            call.operatorId = w.operatorA;
            const double u = rng.unit();
            call.outcome =
                u < 0.5 ? CallOutcome::NoAnswer : (u < 0.8 ? CallOutcome::Callback : CallOutcome::Busy);
            call.callbackAt = t + kDay;
            w.now = t;
            (void)leads.logCall(call);
            t += rng.range(kHour, 2 * kDay);
        }
        if (rng.chance(0.06)) {
            // A sale with no recorded meeting (an imported deal, say).
            w.now = t;
            DealInput d;
            d.leadId = lead;
            d.signedAt = t;
            d.amount = rng.chance(0.8) ? std::optional<Money>(Money::fromRubles(rng.range(10, 200) * 1000))
                                       : std::nullopt;
            if (const Result<Id> deal = DealService(*w.db, w.clock).addDeal(d)) {
                pay(*deal, t, d.amount ? d.amount->kopecks : 100000);
            }
            return;
        }
        if (!rng.chance(0.6)) {
            return;
        }
        auto meeting = book(lead, t);
        for (int round = 0; meeting && round < 3; ++round) {
            MeetingService meetings(*w.db, w.clock);
            const Meeting m = *MeetingRepository(*w.db).meeting(*meeting);
            const double fate = rng.unit();
            if (fate < 0.08) {
                w.now = m.scheduledAt - kHour;
                (void)meetings.cancel(*meeting, std::nullopt);
                return;
            }
            if (fate < 0.35) {
                w.now = m.scheduledAt + kHour;
                (void)meetings.markNoShow(*meeting, std::nullopt);
                if (!rng.chance(0.6)) {
                    return;
                }
                meeting = book(lead, m.scheduledAt + kDay);
                continue;
            }
            w.now = m.scheduledAt + rng.range(-600, 900);
            const Id manager = m.officeId == w.moscow ? w.managerMoscow : w.managerEkb;
            if (!meetings.markArrived(*meeting, manager)) {
                return;
            }
            w.now += rng.range(1800, 5400);
            OutcomeInput o;
            o.meetingId = *meeting;
            o.actorId = manager;
            const double q = rng.unit();
            o.qualification = q < 0.65 ? Qualification::Target
                                       : (q < 0.8 ? Qualification::Insolvent : Qualification::Problematic);
            const double u = rng.unit();
            if (o.qualification != Qualification::Target) {
                o.outcome = MeetingOutcome::NonTarget;
                o.reasonId = w.reason("of_insolvent");
            } else if (u < 0.4) {
                o.outcome = MeetingOutcome::Sale;
                o.dealAmount = Money::fromRubles(rng.range(30, 200) * 1000);
            } else if (u < 0.75) {
                o.outcome = MeetingOutcome::Thinking;
                o.followUpDue = w.now + rng.range(1, 6) * kDay;
            } else {
                o.outcome = MeetingOutcome::Refused;
                o.reasonId = w.reason("of_expensive");
            }
            if (!meetings.recordOutcome(o)) {
                return;
            }
            const qint64 decided = w.now;
            if (o.outcome == MeetingOutcome::Sale) {
                pay(DealRepository(*w.db).forLead(lead).back().id, decided, o.dealAmount->kopecks);
            } else if (o.outcome == MeetingOutcome::Thinking && rng.chance(0.5)) {
                w.now = *o.followUpDue + rng.range(0, 3 * kDay);
                DealInput d;
                d.leadId = lead;
                d.meetingId = *meeting;
                d.signedAt = w.now;
                d.amount = Money::fromRubles(90000);
                if (const Result<Id> deal = DealService(*w.db, w.clock).addDeal(d)) {
                    pay(*deal, w.now, d.amount->kopecks);
                }
            }
            return;
        }
    }

    void build() {
        // Plenty of seats: the history is about the funnel, not about full slots.
        fd::test::rawExec(w.path(),
                          {QStringLiteral("UPDATE offices SET seats_per_slot = 50, work_days = 127")});
        const qint64 start = msk(2026, 3, 2, 0);
        const int n = static_cast<int>(rng.range(3, 22));
        std::vector<qint64> times;
        for (int i = 0; i < n; ++i) {
            times.push_back(start + rng.range(0, 70 * kDay));
        }
        std::sort(times.begin(), times.end());
        for (const qint64 t : times) {
            addLead(t);
        }
        CatalogService catalog(*w.db, w.clock);
        for (int d = 0; d < 80; d += static_cast<int>(rng.range(1, 4))) {
            const QDate day = QDate(2026, 3, 2).addDays(d);
            require(catalog.setSpend(day, w.channel, rng.chance(0.7) ? OptId(w.campaign) : std::nullopt,
                                     Money::fromRubles(rng.range(0, 5000))));
            require(catalog.setVisitors(day, w.channel, w.campaign, rng.range(0, 300)));
        }
    }

    FunnelSpec randomSpec() {
        FunnelSpec s;
        s.from = QDate(2026, 2, 25).addDays(rng.range(0, 70));
        s.to = s.from.addDays(rng.range(1, 90));
        s.mode = rng.chance(0.5) ? FunnelMode::Cohort : FunnelMode::Period;
        if (s.mode == FunnelMode::Cohort && rng.chance(0.5)) {
            s.windowDays = static_cast<int>(rng.range(1, 30));
        }
        s.by = static_cast<Breakdown>(rng.range(0, 8));
        const double f = rng.unit();
        if (f < 0.1) {
            s.offices = {w.moscow};
        } else if (f < 0.2) {
            s.channels = {w.channel};
        } else if (f < 0.25) {
            s.campaigns = {w.campaign};
        } else if (f < 0.32) {
            s.operators = {w.operatorA, w.operatorB};
        } else if (f < 0.38) {
            s.managers = {w.managerEkb};
        }
        return s;
    }
};

void propertyRun(quint64 firstSeed, int histories) {
    for (quint64 seed = firstSeed; seed < firstSeed + static_cast<quint64>(histories); ++seed) {
        INFO("seed " << seed);
        History h(seed);
        h.w.now = msk(2026, 3, 1, 12);
        h.build();
        for (int i = 0; i < 3; ++i) {
            compare(*h.w.db, h.randomSpec());
        }
    }
}

}  // namespace

TEST_CASE("Funnel engine equals the brute-force oracle on random histories, seeds 1-250",
          "[funnel][property]") {
    propertyRun(1, 250);
}
TEST_CASE("Funnel engine equals the brute-force oracle on random histories, seeds 251-500",
          "[funnel][property]") {
    propertyRun(251, 250);
}
TEST_CASE("Funnel engine equals the brute-force oracle on random histories, seeds 501-750",
          "[funnel][property]") {
    propertyRun(501, 250);
}
TEST_CASE("Funnel engine equals the brute-force oracle on random histories, seeds 751-1000",
          "[funnel][property]") {
    propertyRun(751, 250);
}

TEST_CASE("Funnel engine equals the oracle on a demo history in every mode and breakdown", "[funnel]") {
    QTemporaryDir dir;
    DemoOptions o;
    o.leads = 1500;
    o.endDate = QDate(2026, 6, 30);
    auto db = fd::test::demoDatabase(dir, o);
    for (int by = 0; by <= static_cast<int>(Breakdown::Month); ++by) {
        for (const FunnelMode mode : {FunnelMode::Cohort, FunnelMode::Period}) {
            FunnelSpec s;
            s.from = QDate(2026, 2, 1);
            s.to = QDate(2026, 6, 1);
            s.mode = mode;
            s.by = static_cast<Breakdown>(by);
            compare(*db, s);
            s.windowDays = 14;
            if (mode == FunnelMode::Cohort) {
                compare(*db, s);
            }
        }
    }
}

TEST_CASE("Wilson intervals are right at the edges and contain the rate", "[funnel]") {
    const Rate none = wilsonRate(0, 0);
    CHECK_FALSE(none.rate.has_value());
    CHECK(*none.ciLow == 0.0);
    CHECK(*none.ciHigh == 1.0);
    const Rate zero = wilsonRate(0, 10);
    CHECK(*zero.rate == 0.0);
    CHECK(*zero.ciLow == 0.0);
    CHECK(*zero.ciHigh == Approx(0.2775).margin(1e-4));
    const Rate all = wilsonRate(10, 10);
    CHECK(*all.ciHigh == 1.0);
    CHECK(*all.ciLow == Approx(0.7225).margin(1e-4));
    const Rate half = wilsonRate(50, 100);
    CHECK(*half.ciLow == Approx(0.4038).margin(1e-4));
    CHECK(*half.ciHigh == Approx(0.5962).margin(1e-4));
    const Rate over = wilsonRate(12, 10);  // activity counts in period mode
    CHECK(*over.rate == Approx(1.2));
    CHECK_FALSE(over.ciLow.has_value());
}

TEST_CASE("Department KPIs agree with the funnel and tell the demo's story", "[funnel][kpi]") {
    QTemporaryDir dir;
    DemoOptions o;
    o.leads = 6000;
    o.endDate = QDate(2026, 6, 30);
    auto db = fd::test::demoDatabase(dir, o);
    const QDate from(2026, 1, 1);
    const QDate to(2026, 6, 1);

    const KpiReport cc = require(ReportService(*db).kpi(Department::CallCenter, from, to));
    FunnelSpec spec;
    spec.from = from;
    spec.to = to;
    spec.by = Breakdown::Operator;
    const FunnelReport byOperator = require(ReportService(*db).funnel(spec));
    std::map<QString, const FunnelGroup*> groups;
    for (const FunnelGroup& g : byOperator.groups) {
        groups[g.key] = &g;
    }
    const KpiRow* mostArrivals = nullptr;
    const KpiRow* mostTarget = nullptr;
    for (const KpiRow& r : cc.rows) {
        if (r.kind != QLatin1String("operator")) {
            continue;
        }
        REQUIRE(groups.count(r.key) == 1);
        const FunnelGroup& g = *groups[r.key];
        CHECK(r.leads == g.stages[0]);
        CHECK(r.booked == g.stages[2]);
        CHECK(r.arrived == g.stages[3]);
        CHECK(r.target == g.stages[4]);
        CHECK(r.showUp.num == r.arrived);
        CHECK(r.showUp.den == r.booked);
        if (!mostArrivals || r.arrived > mostArrivals->arrived) {
            mostArrivals = &r;
        }
        if (!mostTarget || r.target > mostTarget->target) {
            mostTarget = &r;
        }
    }
    REQUIRE(mostArrivals != nullptr);
    CHECK(mostArrivals->label == QStringLiteral("Дмитрий Козлов"));
    CHECK(mostTarget->label != mostArrivals->label);  // raw and quality-adjusted rankings differ

    // Minutes to the first call, computed here from the raw calls.
    const KpiRow& total = cc.rows.back();
    REQUIRE(total.kind == QStringLiteral("total"));
    QSqlQuery q(db->connection());
    REQUIRE(
        q.prepare(QStringLiteral("SELECT (min(c.called_at) - l.created_at) / 60.0 FROM leads l JOIN "
                                 "call_attempts c ON c.lead_id = l.id "
                                 "WHERE l.created_at >= ? AND l.created_at < ? GROUP BY l.id")));
    q.addBindValue(msk(2026, 1, 1, 0));
    q.addBindValue(msk(2026, 6, 1, 0));
    REQUIRE(q.exec());
    std::vector<double> minutes;
    while (q.next()) {
        minutes.push_back(q.value(0).value<double>());
    }
    std::sort(minutes.begin(), minutes.end());
    const double h = (static_cast<double>(minutes.size()) - 1) * 0.5;
    const auto i = static_cast<std::size_t>(h);
    const double median = minutes[i] + (h - static_cast<double>(i)) *
                                           (minutes[std::min(i + 1, minutes.size() - 1)] - minutes[i]);
    REQUIRE(total.medianMinutesToFirstCall.has_value());
    CHECK(*total.medianMinutesToFirstCall == Approx(median));

    // Marketing: the lead generator is the cheapest per lead and the dearest per target arrival.
    const KpiReport mk = require(ReportService(*db).kpi(Department::Marketing, from, to));
    const KpiRow* cheapestLead = nullptr;
    const KpiRow* dearestTarget = nullptr;
    for (const KpiRow& r : mk.rows) {
        if (r.kind != QLatin1String("channel") || !r.cpl || *r.cpl == 0) {
            continue;  // free channels have no cost per lead to compare
        }
        if (!cheapestLead || *r.cpl < *cheapestLead->cpl) {
            cheapestLead = &r;
        }
        if (!dearestTarget || *r.costPerTarget > *dearestTarget->costPerTarget) {
            dearestTarget = &r;
        }
    }
    REQUIRE(cheapestLead != nullptr);
    CHECK(cheapestLead->label.startsWith(QStringLiteral("Лидогенератор")));
    CHECK(dearestTarget == cheapestLead);

    // Sales: close rate is sales over meetings held; raw arrivals, not only target ones.
    const KpiReport sales = require(ReportService(*db).kpi(Department::Sales, from, to));
    bool sawManager = false;
    for (const KpiRow& r : sales.rows) {
        CHECK(r.closeRate.num == r.sales);
        CHECK(r.closeRate.den == r.arrived);
        sawManager = sawManager || r.kind == QLatin1String("manager");
    }
    CHECK(sawManager);
}

TEST_CASE("Reports see new data written here and by other connections", "[funnel][cache]") {
    fd::test::World w;
    auto addLead = [&](Database& db, const char* phone) {
        NewLead in;
        in.phone = QString::fromLatin1(phone);
        require(LeadService(db, w.clock).createLead(in));
    };
    FunnelSpec spec;
    spec.from = QDate(2026, 3, 1);
    spec.to = QDate(2026, 4, 1);
    auto leads = [&] { return require(ReportService(*w.db).funnel(spec)).total.stages[0]; };
    addLead(*w.db, "+79120000001");
    CHECK(leads() == 1);
    CHECK(leads() == 1);  // the second report reuses what the first read
    addLead(*w.db, "+79120000002");
    CHECK(leads() == 2);  // a write on this connection
    {
        auto other = require(Database::open(w.path(), OpenMode::Existing));
        addLead(*other, "+79120000003");
    }
    CHECK(leads() == 3);  // a commit by another connection
    fd::test::rawExec(w.path(), {QStringLiteral("UPDATE leads SET channel_id = 1 WHERE id = 1")});
    spec.channels = {1};
    CHECK(leads() == 1);  // even a raw change by another program
}

TEST_CASE("A drill-down lists exactly the leads behind each number, and a cancelled report stops",
          "[funnel]") {
    QTemporaryDir dir;
    DemoOptions o;
    o.leads = 1200;
    o.endDate = QDate(2026, 6, 30);
    auto db = fd::test::demoDatabase(dir, o);
    ReportService engine(*db);
    for (const Breakdown by : {Breakdown::None, Breakdown::Channel, Breakdown::Operator, Breakdown::Week}) {
        for (const FunnelMode mode : {FunnelMode::Cohort, FunnelMode::Period}) {
            FunnelSpec s;
            s.from = QDate(2026, 4, 1);
            s.to = QDate(2026, 6, 1);
            s.mode = mode;
            s.by = by;
            const FunnelReport report = require(engine.funnel(s));
            std::vector<FunnelGroup> groups = report.groups;
            groups.push_back(report.total);
            for (const FunnelGroup& g : groups) {
                std::set<Id> before;  // a later stage's leads are among the earlier stage's (cohort)
                for (int stage = 0; stage < kStageCount; ++stage) {
                    const std::vector<Id> ids =
                        require(engine.leadsIn(s, {g.key, static_cast<Stage>(stage)}));
                    INFO(breakdownCode(by).toStdString() << " " << g.key.toStdString() << " stage " << stage);
                    CHECK(static_cast<qint64>(ids.size()) == g.stages[static_cast<std::size_t>(stage)]);
                    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
                    if (mode == FunnelMode::Cohort && stage > 0) {
                        CHECK(std::all_of(ids.begin(), ids.end(),
                                          [&](Id id) { return before.count(id) == 1; }));
                    }
                    before = std::set<Id>(ids.begin(), ids.end());
                }
            }
        }
    }
    std::atomic<bool> cancel{true};
    FunnelSpec s;
    s.from = QDate(2026, 1, 1);
    s.to = QDate(2026, 7, 1);
    const Result<FunnelReport> stopped = engine.funnel(s, &cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
}
