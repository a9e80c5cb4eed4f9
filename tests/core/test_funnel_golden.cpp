#include "test_support.h"

#include "funnel/funnel_engine.h"
#include "funnel_oracle.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/report_service.h"
#include "storage/deal_repository.h"
#include "storage/meeting_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

Id lead(World& w, qint64 at) {
    w.now = at;
    NewLead in;
    in.phone = QStringLiteral("+79120000001");
    in.campaignId = w.campaign;
    in.operatorId = w.operatorA;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

Id bookAt(World& w, Id leadId, qint64 at, qint64 slot) {
    w.now = at;
    CallInput call;
    call.leadId = leadId;
    call.operatorId = w.operatorA;
    call.outcome = CallOutcome::Booked;
    call.booking = BookingRequest{w.moscow, slot, w.managerMoscow};
    require(LeadService(*w.db, w.clock).logCall(call));
    return MeetingRepository(*w.db).pendingForLead(leadId)->id;
}

void arrive(World& w, Id meeting, qint64 at) {
    w.now = at;
    require(MeetingService(*w.db, w.clock).markArrived(meeting, w.managerMoscow));
}

void outcome(World& w, Id meeting, qint64 at, MeetingOutcome o, Qualification q, const char* reason,
             std::optional<Money> amount = std::nullopt) {
    w.now = at;
    OutcomeInput in;
    in.meetingId = meeting;
    in.outcome = o;
    in.qualification = q;
    if (reason) {
        in.reasonId = w.reason(reason);
    }
    in.dealAmount = amount;
    in.actorId = w.managerMoscow;
    require(MeetingService(*w.db, w.clock).recordOutcome(in));
}

void pay(World& w, Id deal, qint64 at, qint64 rubles) {
    w.now = at;
    require(DealService(*w.db, w.clock)
                .addPayment(
                    PaymentInput{deal, at, Money::fromRubles(rubles), PaymentMethod::Card, false, {}, {}}));
}

/// The scripts of tests/data/funnel_golden/README.md.
void build(World& w, const QString& name) {
    if (name == QLatin1String("sale_without_meeting")) {
        const Id l = lead(w, msk(2026, 3, 2, 10));
        w.now = msk(2026, 3, 4, 12);
        DealInput d;
        d.leadId = l;
        d.signedAt = w.now;
        d.amount = Money::fromRubles(100000);
        pay(w, require(DealService(*w.db, w.clock).addDeal(d)), msk(2026, 3, 4, 13), 100000);
    } else if (name == QLatin1String("no_show_rebooked")) {
        const Id l = lead(w, msk(2026, 3, 2, 10));
        const Id first = bookAt(w, l, msk(2026, 3, 2, 10, 30), msk(2026, 3, 3, 11));
        w.now = msk(2026, 3, 3, 13);
        require(MeetingService(*w.db, w.clock).markNoShow(first, w.managerMoscow));
        const Id second = bookAt(w, l, msk(2026, 3, 4, 10), msk(2026, 3, 5, 15));
        arrive(w, second, msk(2026, 3, 5, 14, 55));
        outcome(w, second, msk(2026, 3, 5, 16), MeetingOutcome::Refused, Qualification::Target,
                "of_expensive");
    } else if (name == QLatin1String("arrived_non_target")) {
        const Id l = lead(w, msk(2026, 3, 2, 10));
        const Id m = bookAt(w, l, msk(2026, 3, 2, 11), msk(2026, 3, 3, 12));
        arrive(w, m, msk(2026, 3, 3, 12));
        outcome(w, m, msk(2026, 3, 3, 13), MeetingOutcome::NonTarget, Qualification::Insolvent,
                "of_insolvent");
    } else if (name == QLatin1String("payment_later_period")) {
        const Id l = lead(w, msk(2026, 3, 10, 10));
        const Id m = bookAt(w, l, msk(2026, 3, 10, 10, 30), msk(2026, 3, 11, 10));
        arrive(w, m, msk(2026, 3, 11, 10));
        outcome(w, m, msk(2026, 3, 11, 11), MeetingOutcome::Sale, Qualification::Target, nullptr,
                Money::fromRubles(120000));
        const Id deal = DealRepository(*w.db).forLead(l).front().id;
        pay(w, deal, msk(2026, 3, 11, 11, 30), 40000);
        pay(w, deal, msk(2026, 4, 10, 12), 80000);
    } else if (name == QLatin1String("cohort_maturing")) {
        const Id l = lead(w, msk(2026, 3, 25, 10));
        w.now = msk(2026, 4, 5, 10);
        CallInput call;
        call.leadId = l;
        call.operatorId = w.operatorA;
        call.outcome = CallOutcome::NoAnswer;
        require(LeadService(*w.db, w.clock).logCall(call));
    } else {
        FAIL("unknown golden case " << name.toStdString());
    }
}

}  // namespace

TEST_CASE("Funnel golden cases match their hand-computed numbers", "[funnel][golden]") {
    QFile file(QStringLiteral(FD_TEST_DATA "/funnel_golden/expected.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject cases = QJsonDocument::fromJson(file.readAll()).object();
    REQUIRE(cases.size() == 5);
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        INFO("case " << it.key().toStdString());
        World w;
        build(w, it.key());
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject e = v.toObject();
            FunnelSpec spec;
            spec.from = QDate::fromString(e[QStringLiteral("from")].toString(), Qt::ISODate);
            spec.to = QDate::fromString(e[QStringLiteral("to")].toString(), Qt::ISODate);
            spec.mode = e[QStringLiteral("mode")].toString() == QLatin1String("period") ? FunnelMode::Period
                                                                                        : FunnelMode::Cohort;
            if (e.contains(QStringLiteral("window_days"))) {
                spec.windowDays = e[QStringLiteral("window_days")].toInt();
            }
            INFO(QJsonDocument(e).toJson(QJsonDocument::Compact).toStdString());
            const FunnelReport r = require(ReportService(*w.db).funnel(spec));
            const FunnelGroup& t = r.total;
            const QJsonArray stages = e[QStringLiteral("stages")].toArray();
            for (int s = 0; s < kStageCount; ++s) {
                INFO("stage " << kStageCodes[static_cast<std::size_t>(s)]);
                CHECK(t.stages[static_cast<std::size_t>(s)] == stages[s].toInteger());
            }
            auto expect = [&](const char* key, qint64 actual) {
                if (e.contains(QLatin1String(key))) {
                    INFO(key);
                    CHECK(actual == e[QLatin1String(key)].toInteger());
                }
            };
            expect("revenue", t.money.revenue);
            expect("contracted", t.money.contracted);
            expect("sales_first_meeting", t.salesFirstMeeting);
            expect("sales_after_follow_up", t.salesAfterFollowUp);
            auto expectRate = [&](const char* key, const Rate& rate) {
                if (e.contains(QLatin1String(key))) {
                    INFO(key);
                    CHECK(rate.num == e[QLatin1String(key)].toArray()[0].toInteger());
                    CHECK(rate.den == e[QLatin1String(key)].toArray()[1].toInteger());
                }
            };
            expectRate("no_show", t.noShow);
            expectRate("non_target", t.nonTargetShare);
            if (e.contains(QStringLiteral("days_to_booked"))) {
                CHECK(*t.daysToBooked.median ==
                      Approx(e[QStringLiteral("days_to_booked")].toVariant().value<double>()));
            }
            if (e.contains(QStringLiteral("days_to_arrived"))) {
                CHECK(*t.daysToArrived.median ==
                      Approx(e[QStringLiteral("days_to_arrived")].toVariant().value<double>()));
            }
            if (e.contains(QStringLiteral("no_data"))) {
                CHECK(r.noData == e[QStringLiteral("no_data")].toBool());
            }
            if (e.contains(QStringLiteral("immature_share"))) {
                REQUIRE(t.immatureShare.has_value());
                CHECK(*t.immatureShare ==
                      Approx(e[QStringLiteral("immature_share")].toVariant().value<double>()));
                CHECK(t.maturing == e[QStringLiteral("maturing")].toBool());
            }
            if (e.contains(QStringLiteral("data_last"))) {
                CHECK(r.dataLast ==
                      QDate::fromString(e[QStringLiteral("data_last")].toString(), Qt::ISODate));
            }
            // The oracle agrees on the golden cases too.
            CHECK(fd::test::oracleFunnel(*w.db, spec).total.stages == t.stages);
        }
    }
}
