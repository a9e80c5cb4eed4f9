// Many seats on one server at the same moment: separate connections on separate threads, as a
// call center of a dozen PCs. Runs on the suite's PostgreSQL server ([server]).
#include "test_support.h"

#include "services/catalog_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/operator_queue.h"

#include <QSqlQuery>

#include <atomic>
#include <barrier>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

constexpr int kSeats = 8;

/// Creates `n` new leads nobody works yet; their ids.
std::vector<Id> newLeads(fd::test::World& w, int n, OptId operatorId) {
    std::vector<Id> ids;
    LeadService leads(*w.db, w.clock);
    for (int i = 0; i < n; ++i) {
        NewLead in;
        in.name = QStringLiteral("Клиент %1").arg(i);
        in.phone = QStringLiteral("+7 912 %1").arg(1000000 + i);
        in.channelId = w.channel;
        in.operatorId = operatorId;
        in.createdAt = w.now - 3600 + i;
        ids.push_back(require(leads.createLead(in)).leadId);
    }
    return ids;
}

}  // namespace

TEST_CASE("Eight seats booking the same few slots at once never put more clients in a slot than it seats",
          "[server][seats]") {
    fd::test::World w;
    constexpr int kAttempts = 500;
    const std::vector<Id> leads = newLeads(w, kSeats * kAttempts, w.operatorA);
    const std::vector<qint64> slotTimes{msk(2026, 3, 3, 10), msk(2026, 3, 3, 11), msk(2026, 3, 3, 12)};

    std::atomic<int> booked{0};
    std::mutex refusalsMutex;
    std::map<ErrorCode, int> refusals;
    std::vector<std::thread> seats;
    for (int s = 0; s < kSeats; ++s) {
        seats.emplace_back([&, s] {
            auto db = Database::open(w.path(), OpenMode::Existing);
            if (!db) {
                const std::lock_guard lock(refusalsMutex);
                ++refusals[db.error().code];
                return;
            }
            MeetingService meetings(*db.value(), w.clock);
            for (int i = 0; i < kAttempts; ++i) {
                const Id lead = leads[static_cast<std::size_t>(s * kAttempts + i)];
                const qint64 slot = slotTimes[static_cast<std::size_t>((s + i) % 3)];
                const Result<Id> r =
                    meetings.book(lead, BookingRequest{w.moscow, slot, std::nullopt}, w.operatorA);
                if (r.ok()) {
                    ++booked;
                } else {
                    const std::lock_guard lock(refusalsMutex);
                    ++refusals[r.error().code];
                    if (r.error().message().isEmpty()) {
                        ++refusals[ErrorCode::Storage];
                    }
                }
            }
        });
    }
    for (std::thread& t : seats) {
        t.join();
    }
    // Three slotTimes of two seats: exactly six bookings, and every other attempt told the slot is full.
    CHECK(booked.load() == 6);
    CHECK(refusals[ErrorCode::SlotFull] == kSeats * kAttempts - 6);
    CHECK(refusals.size() == 1);
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT scheduled_at, count(*) FROM meetings GROUP BY scheduled_at")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        CHECK(q.value(1).toLongLong() == 2);
    }
    CHECK(rows == 3);
}

TEST_CASE("Eight operators taking new leads from one queue at once never get the same lead",
          "[server][seats]") {
    fd::test::World w;
    constexpr int kLeads = 400;
    const std::vector<Id> leads = newLeads(w, kLeads, std::nullopt);
    std::vector<Id> operators;
    CatalogService catalog(*w.db, w.clock);
    for (int s = 0; s < kSeats; ++s) {
        operators.push_back(require(catalog.addEmployee(
            {0, QStringLiteral("Оператор %1").arg(s), Role::Operator, std::nullopt, true})));
    }

    std::mutex claimedMutex;
    std::vector<Id> claimed;
    std::map<Id, Id> owner;
    std::atomic<int> failures{0};
    std::vector<std::thread> seats;
    for (int s = 0; s < kSeats; ++s) {
        seats.emplace_back([&, s] {
            auto db = Database::open(w.path(), OpenMode::Existing);
            if (!db) {
                ++failures;
                return;
            }
            OperatorQueue queue(*db.value(), operators[static_cast<std::size_t>(s)], w.clock);
            for (;;) {
                const Result<std::optional<Id>> next = queue.claimNewLead();
                if (!next) {
                    ++failures;
                    continue;
                }
                if (!next.value()) {
                    return;  // the queue is empty
                }
                const std::lock_guard lock(claimedMutex);
                claimed.push_back(**next);
                owner[**next] = operators[static_cast<std::size_t>(s)];
            }
        });
    }
    for (std::thread& t : seats) {
        t.join();
    }
    CHECK(failures.load() == 0);
    CHECK(claimed.size() == static_cast<std::size_t>(kLeads));
    CHECK(std::set<Id>(claimed.begin(), claimed.end()).size() == claimed.size());
    // Each lead is with the operator who got it, and nobody's lead is left unclaimed.
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, operator_id FROM leads")));
    while (q.next()) {
        CHECK(owner[q.value(0).toLongLong()] == q.value(1).toLongLong());
    }
}

TEST_CASE("Two managers marking the same meeting at once: one mark holds, the other is told what happened",
          "[server][seats]") {
    fd::test::World w;
    constexpr int kMeetings = 20;
    std::vector<Id> meetings;
    for (int i = 0; i < kMeetings; ++i) {
        const qint64 slot = msk(2026, 3, 3 + i / 16, 9 + (i % 16) / 2);
        const Id lead = w.bookedLead(QStringLiteral("Клиент %1").arg(i),
                                     QStringLiteral("+7 913 %1").arg(2000000 + i), slot);
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1").arg(lead)));
        REQUIRE(q.next());
        meetings.push_back(q.value(0).toLongLong());
    }
    w.now = msk(2026, 3, 5, 19);  // every meeting's time has come

    std::barrier together(2);
    auto seat = [&](bool arrived, std::vector<Status>& results) {
        auto db = require(Database::open(w.path(), OpenMode::Existing));
        MeetingService service(*db, w.clock);
        for (const Id m : meetings) {
            together.arrive_and_wait();  // both seats start each mark at the same moment
            results.push_back(arrived ? service.markArrived(m, w.managerMoscow)
                                      : service.markNoShow(m, w.managerMoscow));
        }
    };
    std::vector<Status> arrivedResults;
    std::vector<Status> noShowResults;
    std::thread first([&] { seat(true, arrivedResults); });
    std::thread second([&] { seat(false, noShowResults); });
    first.join();
    second.join();

    REQUIRE(arrivedResults.size() == static_cast<std::size_t>(kMeetings));
    REQUIRE(noShowResults.size() == static_cast<std::size_t>(kMeetings));
    for (int i = 0; i < kMeetings; ++i) {
        const auto k = static_cast<std::size_t>(i);
        INFO("meeting " << meetings[k]);
        const bool arrivedWon = arrivedResults[k].ok();
        CHECK(arrivedWon != noShowResults[k].ok());  // exactly one mark holds
        const Status& lost = arrivedWon ? noShowResults[k] : arrivedResults[k];
        if (!lost.ok()) {
            CHECK(lost.error().code == ErrorCode::Conflict);
            CHECK_FALSE(lost.error().message().isEmpty());
        }
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT status FROM meetings WHERE id = %1").arg(meetings[k])));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == (arrivedWon ? QStringLiteral("arrived") : QStringLiteral("no_show")));
    }
}
