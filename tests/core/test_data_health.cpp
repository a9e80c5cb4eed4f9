// Data health: a history with one of each kind of gap planted by hand — every gap found once,
// owned by the right person, seen by whom it concerns.

#include "test_support.h"

#include "services/data_fixes.h"
#include "services/data_health.h"
#include "services/health_impact.h"
#include "services/lead_list_reader.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/payroll_service.h"
#include "services/report_service.h"

#include <QSqlQuery>

#include <algorithm>
#include <set>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

void sql(World& w, const QString& statement) {
    QSqlQuery q(w.db->connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

/// A lead from the searched channel's campaign, created at `at` for `operatorId`.
Id lead(World& w, qint64 at, const QString& phone, OptId operatorId, OptId channel = {}, OptId campaign = {},
        const QString& email = {}) {
    w.now = at;
    NewLead in;
    in.name = QStringLiteral("Клиент ") + phone.right(2);
    in.phone = phone;
    in.email = email;
    in.operatorId = operatorId;
    in.channelId = channel;
    in.campaignId = campaign;
    in.createdAt = at;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

Id leadFromSearch(World& w, qint64 at, const QString& phone, OptId operatorId = {}) {
    return lead(w, at, phone, operatorId ? operatorId : OptId(w.operatorA), w.channel, w.campaign);
}

/// Books `leadId` by a call of `operatorId` into `office` at `slot`; returns the meeting.
Id book(World& w, Id leadId, Id operatorId, Id office, qint64 slot, OptId manager = {}) {
    CallInput call;
    call.leadId = leadId;
    call.operatorId = operatorId;
    call.outcome = CallOutcome::Booked;
    call.booking = BookingRequest{office, slot, manager};
    require(LeadService(*w.db, w.clock).logCall(call));
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM meetings WHERE lead_id = %1").arg(leadId)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A lead booked at `slot` in Moscow with the office's manager, who marks the arrival.
Id arrived(World& w, qint64 createdAt, const QString& phone, qint64 slot) {
    const Id l = leadFromSearch(w, createdAt, phone);
    const Id m = book(w, l, w.operatorA, w.moscow, slot, w.managerMoscow);
    w.now = slot + 5 * 60;
    require(MeetingService(*w.db, w.clock).markArrived(m, w.managerMoscow));
    return m;
}

struct Planted {
    Id unmarked, noOutcome, thinkingLead, overdueLead, lost, noSource, overdueMoney, paidDayLead, duplicate,
        repeat, inactiveBooked, closedOffice;
};

/// One gap of each kind between 1 January and 2 March 2026 (a Monday, 10:00 in Moscow).
Planted plant(World& w) {
    Planted p{};
    MeetingService meetings(*w.db, w.clock);
    // The office: a meeting nobody marked, an arrival without its outcome, "thinking" whose
    // follow-up was lost, a follow-up past its date, a contract unpaid for six weeks.
    const Id l1 = leadFromSearch(w, msk(2026, 2, 16, 10), QStringLiteral("+79120001001"));
    book(w, l1, w.operatorA, w.moscow, msk(2026, 2, 17, 11));
    p.unmarked = l1;
    const Id noOutcome =
        arrived(w, msk(2026, 2, 16, 11), QStringLiteral("+79120001002"), msk(2026, 2, 17, 12));
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT lead_id FROM meetings WHERE id = %1").arg(noOutcome)));
    REQUIRE(q.next());
    p.noOutcome = q.value(0).toLongLong();

    OutcomeInput think;
    think.meetingId = arrived(w, msk(2026, 2, 17, 9), QStringLiteral("+79120001003"), msk(2026, 2, 18, 11));
    think.outcome = MeetingOutcome::Thinking;
    think.followUpDue = msk(2026, 3, 10, 12);
    think.actorId = w.managerMoscow;
    require(meetings.recordOutcome(think));
    REQUIRE(q.exec(QStringLiteral("SELECT lead_id FROM meetings WHERE id = %1").arg(think.meetingId)));
    REQUIRE(q.next());
    p.thinkingLead = q.value(0).toLongLong();
    sql(w, QStringLiteral("UPDATE tasks SET status = 'cancelled' WHERE lead_id = %1").arg(p.thinkingLead));

    think.meetingId =
        arrived(w, msk(2026, 2, 17, 9, 30), QStringLiteral("+79120001004"), msk(2026, 2, 18, 12));
    think.followUpDue = msk(2026, 2, 25, 12);
    require(meetings.recordOutcome(think));
    REQUIRE(q.exec(QStringLiteral("SELECT lead_id FROM meetings WHERE id = %1").arg(think.meetingId)));
    REQUIRE(q.next());
    p.overdueLead = q.value(0).toLongLong();

    OutcomeInput sale;
    sale.meetingId = arrived(w, msk(2026, 1, 19, 10), QStringLiteral("+79120001005"), msk(2026, 1, 20, 11));
    sale.outcome = MeetingOutcome::Sale;
    sale.dealAmount = Money{100'000'00};
    sale.actorId = w.managerMoscow;
    require(meetings.recordOutcome(sale));
    REQUIRE(q.exec(QStringLiteral("SELECT lead_id FROM meetings WHERE id = %1").arg(sale.meetingId)));
    REQUIRE(q.next());
    p.overdueMoney = q.value(0).toLongLong();

    // The call center: a lead lost with no reason (as an old CRM's file brings them), a lead
    // with no channel, and a second lead of one client three minutes after the first.
    p.lost = leadFromSearch(w, msk(2026, 2, 19, 10), QStringLiteral("+79120001006"), w.operatorB);
    sql(w, QStringLiteral("UPDATE leads SET status = 'lost' WHERE id = %1").arg(p.lost));
    p.noSource = lead(w, msk(2026, 2, 19, 11), QStringLiteral("+79120001007"), w.operatorA);
    const Id first = leadFromSearch(w, msk(2026, 2, 22, 10), QStringLiteral("+79120001008"), w.operatorB);
    sql(w, QStringLiteral(
               "INSERT INTO leads (contact_id, created_at, channel_id, campaign_id, operator_id, "
               "updated_at) SELECT contact_id, created_at + 180, channel_id, campaign_id, operator_id, "
               "created_at + 180 FROM leads WHERE id = %1")
               .arg(first));
    REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM leads")));
    REQUIRE(q.next());
    p.repeat = q.value(0).toLongLong();

    // Marketing: VK's site counts visitors (9 February); it has spend on the 10th with no
    // visitors entered, and brings a lead on the 11th, when no spend was entered.
    sql(w, QStringLiteral("INSERT INTO ad_spend (day, channel_id, amount) VALUES ('2026-02-09', %1, 400000), "
                          "('2026-02-10', %1, 500000)")
               .arg(w.otherChannel));
    sql(w,
        QStringLiteral("INSERT INTO site_visitors (day, channel_id, visitors) VALUES ('2026-02-09', %1, 350)")
            .arg(w.otherChannel));
    p.paidDayLead =
        lead(w, msk(2026, 2, 11, 15), QStringLiteral("+79120001009"), w.operatorA, w.otherChannel);

    // Two contacts with one e-mail.
    leadFromSearch(w, msk(2026, 2, 20, 10), QStringLiteral("+79120001010"));
    p.duplicate = lead(w, msk(2026, 2, 21, 10), QStringLiteral("+79120001011"), w.operatorA, w.channel,
                       w.campaign, QStringLiteral("same@mail.ru"));
    sql(w, QStringLiteral("UPDATE contacts SET email = 'same@mail.ru' WHERE phone_e164 = '+79120001010'"));

    // Operator B books a meeting for Wednesday and leaves; a meeting in Yekaterinburg on
    // Thursday, and the office closes.
    p.inactiveBooked = leadFromSearch(w, msk(2026, 3, 2, 9), QStringLiteral("+79120001012"), w.operatorB);
    book(w, p.inactiveBooked, w.operatorB, w.moscow, msk(2026, 3, 4, 11));
    sql(w, QStringLiteral("UPDATE employees SET active = 0 WHERE id = %1").arg(w.operatorB));
    p.closedOffice = leadFromSearch(w, msk(2026, 3, 2, 9, 30), QStringLiteral("+79120001013"));
    book(w, p.closedOffice, w.operatorA, w.ekb, msk(2026, 3, 5, 9));  // 11:00 in Yekaterinburg
    sql(w, QStringLiteral("UPDATE offices SET active = 0 WHERE id = %1").arg(w.ekb));

    w.now = msk(2026, 3, 2, 10);
    return p;
}

const GapGroup& only(const HealthReport& r, GapKind kind) {
    const GapGroup* found = nullptr;
    for (const GapGroup& g : r.groups) {
        if (g.kind == kind) {
            INFO(toCode(kind).toStdString());
            REQUIRE(found == nullptr);
            found = &g;
        }
    }
    INFO(toCode(kind).toStdString());
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

TEST_CASE("Data health finds each planted gap exactly once and gives it to whom must fix it", "[health]") {
    World w;
    const Planted p = plant(w);
    const HealthReport r = require(DataHealth(*w.db, w.clock).report(QDate(2026, 1, 1), QDate(2026, 3, 3)));
    for (int k = 0; k < kGapKindCount; ++k) {
        CAPTURE(toCode(static_cast<GapKind>(k)));
        CHECK(r.count(static_cast<GapKind>(k)) == 1);
    }
    auto check = [&](GapKind kind, OptId lead, GapOwnerKind ownerKind, OptId ownerId) {
        CAPTURE(toCode(kind));
        const GapGroup& g = only(r, kind);
        REQUIRE(g.count() == 1);
        if (lead) {
            CHECK(g.records[0].leadId == lead);
        }
        CHECK(g.owner.kind == ownerKind);
        CHECK(g.owner.id == ownerId);
    };
    check(GapKind::UnmarkedMeeting, p.unmarked, GapOwnerKind::Office, w.moscow);
    check(GapKind::ArrivalWithoutOutcome, p.noOutcome, GapOwnerKind::Employee, w.managerMoscow);
    check(GapKind::ThinkingWithoutFollowUp, p.thinkingLead, GapOwnerKind::Employee, w.managerMoscow);
    check(GapKind::FollowUpOverdue, p.overdueLead, GapOwnerKind::Employee, w.managerMoscow);
    check(GapKind::LostWithoutReason, p.lost, GapOwnerKind::Employee, w.operatorB);
    check(GapKind::LeadWithoutSource, p.noSource, GapOwnerKind::Company, std::nullopt);
    check(GapKind::MoneyOverdue, p.overdueMoney, GapOwnerKind::Employee, w.managerMoscow);
    check(GapKind::PaidDayWithoutSpend, std::nullopt, GapOwnerKind::Channel, w.otherChannel);
    CHECK(only(r, GapKind::PaidDayWithoutSpend).records[0].day == QStringLiteral("2026-02-11"));
    check(GapKind::SpendWithoutVisitors, std::nullopt, GapOwnerKind::Channel, w.otherChannel);
    CHECK(only(r, GapKind::SpendWithoutVisitors).records[0].day == QStringLiteral("2026-02-10"));
    check(GapKind::DuplicateContacts, p.duplicate, GapOwnerKind::Company, std::nullopt);
    check(GapKind::RepeatLeads, p.repeat, GapOwnerKind::Employee, w.operatorB);
    check(GapKind::InactiveBooker, p.inactiveBooked, GapOwnerKind::Office, w.moscow);
    check(GapKind::ClosedOfficeRecords, p.closedOffice, GapOwnerKind::Company, std::nullopt);
    CHECK(only(r, GapKind::ClosedOfficeRecords).owner.officeId == w.ekb);

    // A period before the history has no gaps but the state ones (people who left, closed offices).
    const HealthReport before =
        require(DataHealth(*w.db, w.clock).report(QDate(2025, 1, 1), QDate(2025, 2, 1)));
    CHECK(before.groups.size() == 2);
    CHECK(before.count(GapKind::InactiveBooker) == 1);
    CHECK(before.count(GapKind::ClosedOfficeRecords) == 1);
}

TEST_CASE("Each person sees the gaps they must fix", "[health]") {
    World w;
    plant(w);
    auto kindsSeenBy = [&](const std::optional<Actor>& actor) {
        w.db->setActor(actor);
        const HealthReport r =
            require(DataHealth(*w.db, w.clock).report(QDate(2026, 1, 1), QDate(2026, 3, 3)));
        w.db->setActor(std::nullopt);
        std::set<GapKind> kinds;
        for (const GapGroup& g : r.groups) {
            kinds.insert(g.kind);
        }
        return kinds;
    };
    const std::set<GapKind> manager = kindsSeenBy(
        Actor{w.managerMoscow, Role::OfficeManager, w.moscow, QStringLiteral("М"), QStringLiteral("m")});
    CHECK(manager == std::set<GapKind>{GapKind::UnmarkedMeeting, GapKind::ArrivalWithoutOutcome,
                                       GapKind::ThinkingWithoutFollowUp, GapKind::FollowUpOverdue,
                                       GapKind::MoneyOverdue, GapKind::InactiveBooker});
    const std::set<GapKind> operatorB = kindsSeenBy(
        Actor{w.operatorB, Role::Operator, std::nullopt, QStringLiteral("B"), QStringLiteral("b")});
    CHECK(operatorB == std::set<GapKind>{GapKind::LostWithoutReason, GapKind::RepeatLeads});
    const std::set<GapKind> marketer = kindsSeenBy(
        Actor{w.operatorA, Role::Marketer, std::nullopt, QStringLiteral("Mk"), QStringLiteral("mk")});
    CHECK(marketer == std::set<GapKind>{GapKind::LeadWithoutSource, GapKind::PaidDayWithoutSpend,
                                        GapKind::SpendWithoutVisitors});
    CHECK(kindsSeenBy(Actor{w.operatorA, Role::Head, std::nullopt, QStringLiteral("H"), QStringLiteral("h")})
              .size() == static_cast<std::size_t>(kGapKindCount));
}

TEST_CASE("The gaps of a month give each KPI its range and flag a bonus a step of which they decide",
          "[health]") {
    World w;
    // February: operator A's leads — two target arrivals, one arrival without its outcome, one
    // meeting nobody marked. The plan is 4 target arrivals; the scheme pays 500 ₽ each, nothing
    // below 80 % of the plan and ×1.2 from 100 %.
    MeetingService meetings(*w.db, w.clock);
    for (int i = 0; i < 2; ++i) {
        OutcomeInput refused;
        refused.meetingId = arrived(w, msk(2026, 2, 2 + i, 9), QStringLiteral("+7912000200%1").arg(i),
                                    msk(2026, 2, 3 + i, 11));
        refused.outcome = MeetingOutcome::Refused;
        refused.qualification = Qualification::Target;
        refused.reasonId = w.reason("of_expensive");
        require(meetings.recordOutcome(refused));
    }
    arrived(w, msk(2026, 2, 9, 9), QStringLiteral("+79120002003"), msk(2026, 2, 10, 11));
    const Id unmarked = leadFromSearch(w, msk(2026, 2, 9, 10), QStringLiteral("+79120002004"));
    book(w, unmarked, w.operatorA, w.moscow, msk(2026, 2, 11, 11));
    w.now = msk(2026, 3, 2, 10);
    PayrollService payroll(*w.db, w.clock);
    require(payroll.setPlan(
        {QStringLiteral("2026-02"), Department::CallCenter, w.operatorA, Kpi::TargetArrivals, 4}));
    BonusRule perArrival;
    perArrival.kind = BonusRuleKind::PerUnit;
    perArrival.kpi = Kpi::TargetArrivals;
    perArrival.amount = 500'00;
    BonusRule steps;
    steps.kind = BonusRuleKind::Steps;
    steps.kpi = Kpi::TargetArrivals;
    steps.position = 1;
    steps.steps = {{0, 0}, {0.8, 1}, {1.0, 1.2}};
    require(payroll.setScheme(Role::Operator, QDate(2026, 2, 1), {perArrival, steps}));

    const HealthImpact impact = require(healthImpact(*w.db, w.clock, QDate(2026, 2, 1)));
    CHECK(impact.month == QStringLiteral("2026-02"));
    auto range = [&](Kpi kpi) -> const KpiRange& {
        const auto it = std::find_if(impact.kpis.begin(), impact.kpis.end(), [&](const KpiRange& r) {
            return r.employeeId == w.operatorA && r.kpi == kpi;
        });
        CAPTURE(toCode(kpi));
        REQUIRE(it != impact.kpis.end());
        return *it;
    };
    // Arrivals: 3 marked, the unmarked meeting may be a fourth. Target arrivals: 2, and both the
    // arrival without its qualification and the unmarked meeting may be target.
    CHECK(range(Kpi::Arrivals).low == 3);
    CHECK(range(Kpi::Arrivals).high == 4);
    CHECK(range(Kpi::TargetArrivals).low == 2);
    CHECK(range(Kpi::TargetArrivals).high == 4);
    CHECK(range(Kpi::TargetArrivals).gaps == 2);
    CHECK(range(Kpi::TargetArrivals).plan == 4);
    // At 2 of 4 (50 %) the steps pay nothing; at 4 of 4, 4 × 500 ₽ × 1.2 = 2,400 ₽.
    REQUIRE(impact.bonuses.size() == 1);
    const BonusRange& b = impact.bonuses.front();
    CHECK(b.employeeId == w.operatorA);
    CHECK(b.low == 0);
    CHECK(b.high == 2400'00);
    CHECK(b.crossesStep);
    CHECK(b.stepKpi == Kpi::TargetArrivals);

    // The rule behind the flag: a step or a gate strictly inside the range.
    CHECK(crossesStep(steps, 2, 4, 4.0));
    CHECK_FALSE(crossesStep(steps, 4, 5, 4.0));  // already at 100 %, the last step
    CHECK_FALSE(crossesStep(steps, 1, 1, 4.0));  // no gap, no range
    BonusRule gate;
    gate.kind = BonusRuleKind::Gate;
    gate.threshold = 3;
    CHECK(crossesStep(gate, 2, 4, std::nullopt));
    CHECK_FALSE(crossesStep(gate, 3.5, 4, std::nullopt));
}

TEST_CASE(
    "Fixing in bulk: duplicates merged keeping every record, past meetings marked, leads given a source",
    "[health]") {
    World w;
    const Planted p = plant(w);
    DataHealth health(*w.db, w.clock);
    const QDate from(2026, 1, 1);
    const QDate to(2026, 3, 3);
    auto funnelByChannel = [&] {
        FunnelSpec spec;
        spec.from = from;
        spec.to = to;
        spec.by = Breakdown::Channel;
        const FunnelReport r = require(ReportService(*w.db).funnel(spec));
        std::vector<std::array<qint64, kStageCount>> stages{r.total.stages};
        for (const FunnelGroup& g : r.groups) {
            stages.push_back(g.stages);
        }
        return stages;
    };
    auto leadsOfContacts = [&] {
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT contact_id) FROM leads")));
        REQUIRE(q.next());
        return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
    };
    const auto funnelBefore = funnelByChannel();
    const auto [leadsBefore, contactsBefore] = leadsOfContacts();
    const qint64 touchesBefore = w.count("lead_touches");
    const qint64 callsBefore = w.count("call_attempts");

    // The duplicate client: merged into the older contact, audited, found by both addresses.
    const HealthReport r = require(health.report(from, to));
    const GapRecord duplicate = only(r, GapKind::DuplicateContacts).records.front();
    REQUIRE(duplicate.contactId);
    w.db->setActor(
        Actor{w.operatorA, Role::Operator, std::nullopt, QStringLiteral("A"), QStringLiteral("a")});
    CHECK_FALSE(DataFixes(*w.db, w.clock).mergeDuplicates({*duplicate.contactId}).ok());  // not an operator's
    w.db->setActor(std::nullopt);
    CHECK(require(DataFixes(*w.db, w.clock).mergeDuplicates({*duplicate.contactId})) == 1);
    CHECK(funnelByChannel() == funnelBefore);
    const auto [leadsAfter, contactsAfter] = leadsOfContacts();
    CHECK(leadsAfter == leadsBefore);
    CHECK(contactsAfter == contactsBefore - 1);
    CHECK(w.count("lead_touches") == touchesBefore);
    CHECK(w.count("call_attempts") == callsBefore);
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge' AND entity = 'contact'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // The merged lead now belongs to the kept contact, which the search finds by the old number too.
    REQUIRE(
        q.exec(QStringLiteral("SELECT c.phone_e164 FROM leads l JOIN contacts c ON c.id = l.contact_id WHERE "
                              "l.id = %1")
                   .arg(p.duplicate)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("+79120001010"));
    LeadFilter found;
    found.text = QStringLiteral("+79120001011");
    CHECK(require(LeadListReader(*w.db).count(found)) == 2);

    // The meeting nobody marked: a no-show now, with one confirmation.
    const GapRecord unmarked = only(r, GapKind::UnmarkedMeeting).records.front();
    REQUIRE(unmarked.meetingId);
    CHECK(require(DataFixes(*w.db, w.clock).markNoShows({*unmarked.meetingId}, w.managerMoscow)) == 1);
    // The lead without a channel: the search channel and its campaign.
    CHECK(require(DataFixes(*w.db, w.clock).assignSource({p.noSource}, w.channel, w.campaign)) == 1);
    CHECK_FALSE(DataFixes(*w.db, w.clock).assignSource({p.noSource}, w.otherChannel, w.campaign).ok());

    const HealthReport after = require(health.report(from, to));
    CHECK(after.count(GapKind::DuplicateContacts) == 0);
    CHECK(after.count(GapKind::UnmarkedMeeting) == 0);
    CHECK(after.count(GapKind::LeadWithoutSource) == 0);
    CHECK(after.count(GapKind::RepeatLeads) == 1);  // the rest stay as they were
}
