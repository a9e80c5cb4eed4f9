#include "test_support.h"

#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "storage/content_digest.h"
#include "storage/deal_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"
#include "storage/milestone_verifier.h"

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

constexpr qint64 kDay = 86400;

Id newLead(World& w, const QString& phone, OptId channel = std::nullopt) {
    NewLead in;
    in.name = QStringLiteral("Иван Петров");
    in.phone = phone;
    in.channelId = channel;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

/// Books through the call center: a "booked" call with the slot.
Result<Id> bookByCall(World& w, Id lead, Id office, qint64 slot, OptId manager = std::nullopt) {
    CallInput call;
    call.leadId = lead;
    call.operatorId = w.operatorA;
    call.outcome = CallOutcome::Booked;
    call.booking = BookingRequest{office, slot, manager};
    return LeadService(*w.db, w.clock).logCall(call);
}

Lead leadRow(World& w, Id id) {
    return LeadRepository(*w.db).lead(id).value();
}

void expectMilestonesMatchEvents(World& w) {
    MilestoneVerifier v(*w.db);
    const auto mismatches = v.verify();
    for (const auto& m : mismatches) {
        UNSCOPED_INFO("lead " << m.leadId << ' ' << m.field.toStdString() << " stored "
                              << m.stored.toStdString() << " events " << m.expected.toStdString());
    }
    CHECK(mismatches.empty());
}

}  // namespace

TEST_CASE("A lead needs a phone, an email or an external id", "[services][lead]") {
    World w;
    LeadService leads(*w.db, w.clock);
    const QByteArray before = contentDigest(*w.db);

    auto none =
        leads.createLead(NewLead{QStringLiteral("Без контактов"), {}, {}, {}, {}, {}, {}, {}, {}, {}});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QStringLiteral("phone"));

    NewLead badPhone;
    badPhone.phone = QStringLiteral("8 912 12");
    auto bp = leads.createLead(badPhone);
    REQUIRE_FALSE(bp.ok());
    CHECK(bp.error().field == QStringLiteral("phone"));

    NewLead badEmail;
    badEmail.email = QStringLiteral("ivan@");
    auto be = leads.createLead(badEmail);
    REQUIRE_FALSE(be.ok());
    CHECK(be.error().field == QStringLiteral("email"));
    CHECK(contentDigest(*w.db) == before);

    NewLead byEmail;
    byEmail.email = QStringLiteral("Ivan@Example.RU");
    const CreatedLead ok = require(leads.createLead(byEmail));
    const Contact c = LeadRepository(*w.db).contact(leadRow(w, ok.leadId).contactId).value();
    CHECK(c.email == QStringLiteral("ivan@example.ru"));

    NewLead byExternal;
    byExternal.externalId = QStringLiteral("B24-1001");
    require(leads.createLead(byExternal));
    auto again = leads.createLead(byExternal);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("A repeat request within the attribution window becomes a touch and keeps the first source",
          "[services][lead][dedupe]") {
    World w;
    LeadService leads(*w.db, w.clock);
    NewLead first;
    first.name = QStringLiteral("Мария Сидорова");
    first.phone = QStringLiteral("8 (912) 345-67-89");
    first.campaignId = w.campaign;
    const CreatedLead a = require(leads.createLead(first));
    CHECK_FALSE(a.repeatTouch);

    w.now += 10 * kDay;
    NewLead second;
    second.name = QStringLiteral("Мария");
    second.phone = QStringLiteral("+7 912 345 67 89");
    second.channelId = w.otherChannel;
    const CreatedLead b = require(leads.createLead(second));
    CHECK(b.repeatTouch);
    CHECK(b.leadId == a.leadId);
    CHECK(b.touchId.has_value());
    CHECK(w.count("leads") == 1);
    CHECK(LeadRepository(*w.db).touchCount(a.leadId) == 1);
    const Lead lead = leadRow(w, a.leadId);
    CHECK(lead.channelId == w.channel);  // first source kept
    CHECK(lead.campaignId == w.campaign);

    // After the window a new request is a new lead of the same contact.
    w.now += 31 * kDay;
    const CreatedLead c = require(leads.createLead(second));
    CHECK_FALSE(c.repeatTouch);
    CHECK(c.leadId != a.leadId);
    CHECK(leadRow(w, c.leadId).contactId == lead.contactId);
    CHECK(leadRow(w, c.leadId).channelId == w.otherChannel);
    CHECK(w.count("contacts") == 1);
}

TEST_CASE("Booking refuses times outside the office's slot grid", "[services][booking]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    const QByteArray before = contentDigest(*w.db);
    struct Bad {
        qint64 at;
        const char* why;
    };
    const Bad bad[] = {
        {msk(2026, 3, 3, 8), "before opening"}, {msk(2026, 3, 3, 17, 30), "not a slot start"},
        {msk(2026, 3, 3, 18), "at closing"},    {msk(2026, 3, 3, 9, 30), "half past"},
        {msk(2026, 3, 7, 12), "Saturday"},      {msk(2026, 3, 8, 12), "Sunday"},
        {msk(2026, 3, 2, 9), "already over"},
    };
    for (const Bad& b : bad) {
        INFO(b.why);
        auto r = bookByCall(w, lead, w.moscow, b.at);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("slot"));
        CHECK_FALSE(r.error().message().isEmpty());
    }
    CHECK(contentDigest(*w.db) == before);  // not even the call attempt was written

    // 09:00 in Yekaterinburg is 07:00 in Moscow: the office's own time zone decides.
    require(bookByCall(w, lead, w.ekb, msk(2026, 3, 3, 7)));
}

TEST_CASE("A full slot is refused and nothing is written", "[services][booking]") {
    World w;
    const qint64 slot = msk(2026, 3, 3, 11);
    require(bookByCall(w, newLead(w, QStringLiteral("+79120000001")), w.moscow, slot));
    require(bookByCall(w, newLead(w, QStringLiteral("+79120000002")), w.moscow, slot));
    const Id third = newLead(w, QStringLiteral("+79120000003"));
    const QByteArray before = contentDigest(*w.db);
    auto r = bookByCall(w, third, w.moscow, slot);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::SlotFull);
    CHECK(r.error().message().contains(QStringLiteral("2 of 2")));
    CHECK(contentDigest(*w.db) == before);
    CHECK(leadRow(w, third).status == LeadStatus::New);

    // Another office or another hour is fine; a cancelled meeting frees its seat.
    require(bookByCall(w, third, w.moscow, slot + 3600));
    const Meeting first = MeetingRepository(*w.db).forLead(1).front();
    require(MeetingService(*w.db, w.clock).cancel(first.id, w.operatorA));
    require(MeetingService(*w.db, w.clock)
                .reschedule(MeetingRepository(*w.db).pendingForLead(third)->id,
                            BookingRequest{w.moscow, slot, std::nullopt}, w.operatorA));
    CHECK(MeetingRepository(*w.db).seatsTaken(w.moscow, slot, slot + 3600) == 2);
}

TEST_CASE("A manager from another office is refused", "[services][booking]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    auto r = bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 12), w.managerEkb);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("manager"));
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 12), w.managerMoscow));
}

TEST_CASE("Call outcomes validate their inputs and set status and tasks", "[services][calls]") {
    World w;
    LeadService leads(*w.db, w.clock);
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    CallInput call;
    call.leadId = lead;
    call.operatorId = w.operatorA;

    call.outcome = CallOutcome::Callback;
    call.callbackAt = w.now - 60;
    auto past = leads.logCall(call);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().field == QStringLiteral("callback_at"));

    call.outcome = CallOutcome::Refused;
    call.callbackAt.reset();
    auto noReason = leads.logCall(call);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    call.reasonId = w.reason("of_insolvent");  // an office reason at the call-center gate
    auto wrongGate = leads.logCall(call);
    REQUIRE_FALSE(wrongGate.ok());
    CHECK(wrongGate.error().field == QStringLiteral("reason"));
    CHECK(w.count("call_attempts") == 0);

    call.outcome = CallOutcome::NoAnswer;
    call.reasonId.reset();
    require(leads.logCall(call));
    CHECK(leadRow(w, lead).status == LeadStatus::InProgress);
    CHECK(leadRow(w, lead).operatorId == w.operatorA);
    CHECK_FALSE(leadRow(w, lead).milestones.firstContactAt.has_value());  // nobody was reached

    w.now += 600;
    call.outcome = CallOutcome::Callback;
    call.callbackAt = w.now + kDay;
    require(leads.logCall(call));
    CHECK(leadRow(w, lead).status == LeadStatus::Callback);
    CHECK(leadRow(w, lead).milestones.firstContactAt == w.now);
    REQUIRE(LeadRepository(*w.db).openTasks(lead).size() == 1);
    CHECK(LeadRepository(*w.db).openTasks(lead).front().dueAt == w.now + kDay);

    w.now += kDay;
    call.outcome = CallOutcome::NonTarget;
    call.callbackAt.reset();
    call.reasonId = w.reason("cc_other_region");
    require(leads.logCall(call));
    CHECK(leadRow(w, lead).status == LeadStatus::NonTarget);
    CHECK(leadRow(w, lead).lostReasonId == w.reason("cc_other_region"));
    CHECK(LeadRepository(*w.db).openTasks(lead).empty());
    expectMilestonesMatchEvents(w);
}

TEST_CASE("The funnel milestones follow the meeting, outcome, deal and payments", "[services][milestones]") {
    World w;
    MeetingService meetings(*w.db, w.clock);
    DealService deals(*w.db, w.clock);
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    const qint64 bookedAt = w.now;
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 11), w.managerMoscow));
    const Id first = MeetingRepository(*w.db).pendingForLead(lead)->id;
    CHECK(leadRow(w, lead).milestones.bookedAt == bookedAt);
    CHECK(leadRow(w, lead).milestones.firstContactAt == bookedAt);
    CHECK(leadRow(w, lead).status == LeadStatus::Booked);

    // A no-show can only be marked after the meeting's time; then the lead is rebooked.
    auto early = meetings.markNoShow(first, w.managerMoscow);
    REQUIRE_FALSE(early.ok());
    w.now = msk(2026, 3, 3, 13);
    require(meetings.markNoShow(first, w.managerMoscow));
    CHECK(leadRow(w, lead).status == LeadStatus::InProgress);
    w.now = msk(2026, 3, 4, 10);
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 5, 15)));
    const Id second = MeetingRepository(*w.db).pendingForLead(lead)->id;
    CHECK(leadRow(w, lead).milestones.bookedAt == bookedAt);  // a rebooked lead counts once

    // Recording an outcome before arrival is refused.
    OutcomeInput outcome;
    outcome.meetingId = second;
    outcome.outcome = MeetingOutcome::Sale;
    outcome.dealAmount = Money::fromRubles(150000);
    outcome.actorId = w.managerMoscow;
    auto notYet = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(notYet.ok());
    CHECK(notYet.error().code == ErrorCode::Conflict);

    w.now = msk(2026, 3, 5, 14, 55);
    require(meetings.markArrived(second, w.managerMoscow));
    CHECK(leadRow(w, lead).milestones.arrivedAt == w.now);
    CHECK_FALSE(leadRow(w, lead).milestones.isTarget.has_value());
    CHECK(MeetingRepository(*w.db).meeting(second)->managerId == w.managerMoscow);

    w.now += 3600;
    require(meetings.recordOutcome(outcome));
    const Lead sold = leadRow(w, lead);
    CHECK(sold.status == LeadStatus::Sold);
    CHECK(sold.milestones.isTarget == true);
    CHECK(sold.milestones.targetAt == msk(2026, 3, 5, 14, 55));
    CHECK(sold.milestones.soldAt == w.now);
    CHECK(sold.milestones.contractAmount == 15000000);
    CHECK(sold.milestones.revenue == 0);

    const Id deal = DealRepository(*w.db).forLead(lead).front().id;
    CHECK(DealRepository(*w.db).deal(deal)->meetingId == second);
    w.now += 600;
    require(deals.addPayment(
        PaymentInput{deal, w.now, Money::fromRubles(50000), PaymentMethod::Card, false, {}, {}}));
    const qint64 firstPaid = w.now;
    w.now += 30 * kDay;
    require(deals.addPayment(
        PaymentInput{deal, w.now, Money::fromRubles(60000), PaymentMethod::Transfer, false, {}, {}}));
    CHECK(leadRow(w, lead).milestones.firstPaidAt == firstPaid);
    CHECK(leadRow(w, lead).milestones.revenue == 11000000);

    // More than is outstanding needs an explicit overpayment; zero is never a payment.
    const QByteArray before = contentDigest(*w.db);
    auto over = deals.addPayment(
        PaymentInput{deal, w.now, Money::fromRubles(40001), PaymentMethod::Cash, false, {}, {}});
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().field == QStringLiteral("amount"));
    CHECK(over.error().message().contains(QStringLiteral("40000.00")));
    auto zero = deals.addPayment(PaymentInput{deal, w.now, Money{0}, PaymentMethod::Cash, false, {}, {}});
    REQUIRE_FALSE(zero.ok());
    CHECK(contentDigest(*w.db) == before);
    require(deals.addPayment(
        PaymentInput{deal, w.now, Money::fromRubles(40001), PaymentMethod::Cash, true, {}, {}}));
    CHECK(leadRow(w, lead).milestones.revenue == 15000100);
    expectMilestonesMatchEvents(w);
}

TEST_CASE("A non-target arrival counts as arrived but not as target", "[services][milestones]") {
    World w;
    MeetingService meetings(*w.db, w.clock);
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 11)));
    const Id m = MeetingRepository(*w.db).pendingForLead(lead)->id;
    w.now = msk(2026, 3, 3, 11);
    require(meetings.markArrived(m, w.managerMoscow));

    OutcomeInput outcome;
    outcome.meetingId = m;
    outcome.outcome = MeetingOutcome::NonTarget;
    outcome.qualification = Qualification::Target;
    const QByteArray before = contentDigest(*w.db);
    auto noReason = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    outcome.reasonId = w.reason("of_insolvent");
    auto contradictory = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(contradictory.ok());
    CHECK(contradictory.error().field == QStringLiteral("qualification"));
    outcome.reasonId = w.reason("cc_expensive");  // a call-center reason at the office gate
    outcome.qualification = Qualification::Insolvent;
    auto wrongGate = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(wrongGate.ok());
    CHECK(contentDigest(*w.db) == before);

    outcome.reasonId = w.reason("of_insolvent");
    require(meetings.recordOutcome(outcome));
    const Lead l = leadRow(w, lead);
    CHECK(l.status == LeadStatus::NonTarget);
    CHECK(l.milestones.arrivedAt.has_value());
    CHECK(l.milestones.isTarget == false);
    CHECK_FALSE(l.milestones.targetAt.has_value());
    auto twice = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    expectMilestonesMatchEvents(w);
}

TEST_CASE("Thinking creates a follow-up, a later sale closes it on the original meeting",
          "[services][followup]") {
    World w;
    MeetingService meetings(*w.db, w.clock);
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 11)));
    const Id m = MeetingRepository(*w.db).pendingForLead(lead)->id;
    w.now = msk(2026, 3, 3, 11, 5);
    require(meetings.markArrived(m, w.managerMoscow));
    w.now += 3600;
    OutcomeInput outcome;
    outcome.meetingId = m;
    outcome.outcome = MeetingOutcome::Thinking;
    outcome.actorId = w.managerMoscow;
    auto noDue = meetings.recordOutcome(outcome);
    REQUIRE_FALSE(noDue.ok());
    CHECK(noDue.error().field == QStringLiteral("follow_up_due"));
    outcome.followUpDue = w.now + 3 * kDay;
    require(meetings.recordOutcome(outcome));
    CHECK(leadRow(w, lead).status == LeadStatus::FollowUp);
    REQUIRE(LeadRepository(*w.db).openTasks(lead).size() == 1);
    CHECK(LeadRepository(*w.db).openTasks(lead).front().kind == TaskKind::FollowUp);
    CHECK(LeadRepository(*w.db).openTasks(lead).front().assigneeId == w.managerMoscow);

    w.now += 3 * kDay;
    DealInput deal;
    deal.leadId = lead;
    deal.managerId = w.managerMoscow;
    deal.amount = Money::fromRubles(120000);
    require(DealService(*w.db, w.clock).addDeal(deal));
    CHECK(leadRow(w, lead).status == LeadStatus::Sold);
    CHECK(leadRow(w, lead).milestones.soldAt == w.now);
    CHECK(DealRepository(*w.db).forLead(lead).front().meetingId == m);  // the original meeting
    CHECK(LeadRepository(*w.db).openTasks(lead).empty());
    expectMilestonesMatchEvents(w);
}

TEST_CASE("A deal of unknown amount is a sale, a negative amount is refused", "[services][deals]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    DealService deals(*w.db, w.clock);
    DealInput bad;
    bad.leadId = lead;
    bad.amount = Money{-100};
    auto r = deals.addDeal(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("amount"));
    DealInput unknown;
    unknown.leadId = lead;
    const Id deal = require(deals.addDeal(unknown));
    CHECK(leadRow(w, lead).milestones.soldAt == w.now);
    CHECK(leadRow(w, lead).milestones.contractAmount == 0);
    // Any payment fits a deal whose amount is unknown.
    require(deals.addPayment(
        PaymentInput{deal, w.now, Money::fromRubles(1000), PaymentMethod::Cash, false, {}, {}}));
    expectMilestonesMatchEvents(w);
}

TEST_CASE("Rescheduling keeps the booking operator and the first booked time", "[services][booking]") {
    World w;
    MeetingService meetings(*w.db, w.clock);
    const Id lead = newLead(w, QStringLiteral("+79120000001"));
    require(bookByCall(w, lead, w.moscow, msk(2026, 3, 3, 11)));
    const Meeting original = *MeetingRepository(*w.db).pendingForLead(lead);
    w.now += 3600;
    auto full =
        meetings.reschedule(original.id, BookingRequest{w.moscow, msk(2026, 3, 7, 11), std::nullopt}, {});
    REQUIRE_FALSE(full.ok());  // Saturday
    CHECK(MeetingRepository(*w.db).meeting(original.id)->status == MeetingStatus::Scheduled);
    const Id moved = require(
        meetings.reschedule(original.id, BookingRequest{w.moscow, msk(2026, 3, 4, 12), std::nullopt}, {}));
    const Meeting m = MeetingRepository(*w.db).meeting(moved).value();
    CHECK(m.bookedById == w.operatorA);
    CHECK(m.rescheduledFromId == original.id);
    CHECK(MeetingRepository(*w.db).meeting(original.id)->status == MeetingStatus::Rescheduled);
    CHECK(leadRow(w, lead).milestones.bookedAt == original.bookedAt);
    require(meetings.confirm(moved, w.operatorA));
    CHECK(MeetingRepository(*w.db).meeting(moved)->status == MeetingStatus::Confirmed);
    expectMilestonesMatchEvents(w);
}
