#include "test_support.h"

#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/office_desk.h"
#include "storage/content_digest.h"
#include "storage/lead_repository.h"

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

TEST_CASE("The office desk shows the day, the unmarked meetings, walk-ins, follow-ups and the cash desk",
          "[office]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow
    const Id early =
        w.bookedLead(QStringLiteral("Клиент"), QStringLiteral("+79120000101"), msk(2026, 3, 2, 10));
    const Id later =
        w.bookedLead(QStringLiteral("Клиент"), QStringLiteral("+79120000102"), msk(2026, 3, 2, 15));
    w.bookedLead(QStringLiteral("Клиент"), QStringLiteral("+79120000103"), msk(2026, 3, 3, 11));
    OfficeDesk desk(*w.db, w.clock);
    MeetingService meetings(*w.db, w.clock);

    CHECK(require(desk.today(w.moscow)) == QDate(2026, 3, 2));
    std::vector<DeskMeeting> day = require(desk.meetings(w.moscow, QDate(2026, 3, 2)));
    REQUIRE(day.size() == 2);
    CHECK(day[0].leadId == early);
    CHECK(day[0].bookedBy == QStringLiteral("Оператор А"));
    CHECK(day[1].leadId == later);
    CHECK(require(desk.meetings(w.moscow, QDate(2026, 3, 3))).size() == 1);
    CHECK(require(desk.unmarked(w.moscow)).empty());

    // Two hours later the 10:00 meeting has no mark: it is flagged.
    w.now = msk(2026, 3, 2, 12);
    std::vector<DeskMeeting> flagged = require(desk.unmarked(w.moscow));
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].leadId == early);
    require(meetings.markArrived(flagged[0].meetingId, w.managerMoscow));
    CHECK(require(desk.unmarked(w.moscow)).empty());

    // A walk-in: a new lead and an arrived meeting, now, in one step.
    NewLead walker;
    walker.name = QStringLiteral("Пришёл Сам");
    walker.phone = QStringLiteral("+79120000109");
    const Id walkMeeting = require(meetings.walkIn(walker, w.moscow, w.managerMoscow));
    day = require(desk.meetings(w.moscow, QDate(2026, 3, 2)));
    REQUIRE(day.size() == 3);
    CHECK(day[1].meetingId == walkMeeting);
    CHECK(day[1].status == MeetingStatus::Arrived);
    CHECK(day[1].client == QStringLiteral("Пришёл Сам"));
    const Lead walkLead = *LeadRepository(*w.db).lead(day[1].leadId);
    CHECK(walkLead.status == LeadStatus::Arrived);
    CHECK(walkLead.milestones.arrivedAt == w.now);
    CHECK(walkLead.milestones.bookedAt == w.now);
    // A client with a meeting ahead cannot walk in as new: their meeting is to be marked.
    NewLead again;
    again.phone = QStringLiteral("+79120000102");
    const QByteArray before = contentDigest(*w.db);
    const Result<Id> twice = meetings.walkIn(again, w.moscow, std::nullopt);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(contentDigest(*w.db) == before);

    // Thinking → follow-up; postponed; then lost with an office reason.
    OutcomeInput think;
    think.meetingId = flagged[0].meetingId;
    think.outcome = MeetingOutcome::Thinking;
    think.followUpDue = w.now + 3 * 86400;
    require(meetings.recordOutcome(think));
    std::vector<FollowUpItem> follow = require(desk.followUps(w.moscow));
    REQUIRE(follow.size() == 1);
    CHECK(follow[0].leadId == early);
    CHECK(follow[0].dueAt == w.now + 3 * 86400);
    CHECK(follow[0].manager == QStringLiteral("Менеджер М"));
    CHECK_FALSE(meetings.postponeFollowUp(follow[0].taskId, w.now - 1, std::nullopt).ok());
    require(meetings.postponeFollowUp(follow[0].taskId, w.now + 5 * 86400, std::nullopt));
    CHECK(require(desk.followUps(w.moscow))[0].dueAt == w.now + 5 * 86400);
    CHECK_FALSE(meetings.loseFollowUp(follow[0].taskId, w.reason("cc_expensive"), std::nullopt).ok());
    require(meetings.loseFollowUp(follow[0].taskId, w.reason("of_expensive"), std::nullopt));
    CHECK(require(desk.followUps(w.moscow)).empty());
    CHECK(LeadRepository(*w.db).lead(early)->status == LeadStatus::Lost);

    // The walk-in buys; two payments; the cash desk of the day.
    OutcomeInput sale;
    sale.meetingId = walkMeeting;
    sale.outcome = MeetingOutcome::Sale;
    sale.dealAmount = Money{100'000'00};
    sale.product = QStringLiteral("Банкротство под ключ");
    require(meetings.recordOutcome(sale));
    std::vector<DeskDeal> deals = require(desk.deals(w.moscow));
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].outstanding() == 100'000'00);
    DealService money(*w.db, w.clock);
    PaymentInput pay;
    pay.dealId = deals[0].dealId;
    pay.amount = Money{40'000'00};
    require(money.addPayment(pay));
    pay.amount = Money{25'000'00};
    pay.method = PaymentMethod::Card;
    require(money.addPayment(pay));
    const DeskDeal d = require(desk.deal(deals[0].dealId));
    CHECK(d.paid == 65'000'00);
    CHECK(d.outstanding() == 35'000'00);
    const std::vector<CashLine> cash = require(desk.payments(w.moscow, QDate(2026, 3, 2)));
    REQUIRE(cash.size() == 2);
    CHECK(cash[0].amount + cash[1].amount == 65'000'00);
    CHECK(cash[1].method == PaymentMethod::Card);
    CHECK(require(desk.payments(w.ekb, QDate(2026, 3, 2))).empty());
    CHECK(require(desk.payments(w.moscow, QDate(2026, 3, 3))).empty());
}
