#include "test_support.h"

#include "domain/call_retry.h"
#include "services/demo_generator.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/operator_queue.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

Id lead(World& w, const QString& phone, OptId op, qint64 createdAt) {
    NewLead in;
    in.name = QStringLiteral("Клиент ") + phone.right(2);
    in.phone = phone;
    in.operatorId = op;
    in.createdAt = createdAt;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

std::vector<Id> leadsOf(OperatorQueue& q, QueueTab tab) {
    std::vector<Id> ids;
    for (const QueueItem& item : require(q.items(tab))) {
        ids.push_back(item.leadId);
    }
    return ids;
}

/// The counts agree with the lists for every tab.
void checkCounts(OperatorQueue& q) {
    const QueueCounts counts = require(q.counts());
    for (int t = 0; t < kQueueTabCount; ++t) {
        CHECK(counts.tab[t] == static_cast<qint64>(require(q.items(static_cast<QueueTab>(t))).size()));
    }
}

}  // namespace

TEST_CASE("The operator queue lists new leads, due callbacks, meetings to confirm and no-shows", "[queue]") {
    World w;
    const qint64 t0 = w.now;
    const Id old = lead(w, QStringLiteral("+79120000001"), std::nullopt, t0 - 30 * 60);
    const Id fresh = lead(w, QStringLiteral("+79120000002"), w.operatorA, t0 - 5 * 60);
    const Id others = lead(w, QStringLiteral("+79120000003"), w.operatorB, t0 - 60 * 60);
    const Id later = lead(w, QStringLiteral("+79120000004"), std::nullopt, t0 - 2 * 60);

    OperatorQueue a(*w.db, w.operatorA, w.clock);
    CHECK(a.slaMinutes() == 15);
    CHECK(leadsOf(a, QueueTab::NewLeads) == std::vector<Id>{old, fresh, later});
    CHECK(require(a.counts()).overSla == 1);
    OperatorQueue b(*w.db, w.operatorB, w.clock);
    CHECK(leadsOf(b, QueueTab::NewLeads) == std::vector<Id>{others, old, later});
    checkCounts(a);

    LeadService leads(*w.db, w.clock);
    // No answer: out of the new leads, and now the operator's own.
    CallInput call;
    call.leadId = old;
    call.operatorId = w.operatorA;
    require(leads.logCall(call));
    a.refreshScope();
    CHECK(leadsOf(a, QueueTab::NewLeads) == std::vector<Id>{fresh, later});
    CHECK(leadsOf(b, QueueTab::NewLeads) == std::vector<Id>{others, later});

    // A callback in an hour is not due yet; once it is, only its operator sees it. A new
    // callback time replaces the old one.
    call.leadId = fresh;
    call.outcome = CallOutcome::Callback;
    call.callbackAt = t0 + 3600;
    require(leads.logCall(call));
    CHECK(leadsOf(a, QueueTab::Callbacks).empty());
    w.now = t0 + 3700;
    a.refreshScope();
    b.refreshScope();
    // The unanswered lead's automatic retry is due an hour after the call, too.
    REQUIRE(leadsOf(a, QueueTab::Callbacks) == std::vector<Id>{old, fresh});
    CHECK(require(a.items(QueueTab::Callbacks)).back().at == t0 + 3600);
    CHECK(leadsOf(b, QueueTab::Callbacks).empty());
    call.callbackAt = w.now + 600;
    require(leads.logCall(call));
    CHECK(leadsOf(a, QueueTab::Callbacks) == std::vector<Id>{old});
    CHECK(w.count(
              qPrintable(QStringLiteral("tasks WHERE status = 'open' AND kind = 'callback' AND lead_id = %1")
                             .arg(fresh))) == 1);

    // Booked for tomorrow: a meeting to confirm until it is confirmed.
    call.leadId = old;
    call.outcome = CallOutcome::Booked;
    call.callbackAt.reset();
    call.booking = BookingRequest{w.moscow, msk(2026, 3, 3, 11), std::nullopt};
    require(leads.logCall(call));
    const std::vector<QueueItem> confirm = require(a.items(QueueTab::Confirmations));
    REQUIRE(confirm.size() == 1);
    CHECK(confirm.front().leadId == old);
    CHECK(confirm.front().at == msk(2026, 3, 3, 11));
    CHECK(confirm.front().office == QStringLiteral("Москва"));
    CHECK(confirm.front().calls == 2);
    MeetingService meetings(*w.db, w.clock);
    checkCounts(a);
    require(meetings.confirm(*confirm.front().meetingId, w.operatorA));
    CHECK(leadsOf(a, QueueTab::Confirmations).empty());

    // A no-show comes back to be rebooked; rebooking takes it out of the list.
    w.now = msk(2026, 3, 3, 12, 30);
    a.refreshScope();
    require(meetings.markNoShow(*confirm.front().meetingId, w.managerMoscow));
    const std::vector<QueueItem> missed = require(a.items(QueueTab::NoShows));
    REQUIRE(missed.size() == 1);
    CHECK(missed.front().leadId == old);
    CHECK(missed.front().meetingId == confirm.front().meetingId);
    CHECK(leadsOf(b, QueueTab::NoShows).empty());
    checkCounts(a);
    call.booking = BookingRequest{w.moscow, msk(2026, 3, 4, 11), std::nullopt};
    require(leads.logCall(call));
    CHECK(leadsOf(a, QueueTab::NoShows).empty());
    // Two weeks later a no-show is no longer offered.
    w.now = msk(2026, 3, 20, 12);
    a.refreshScope();
    CHECK(leadsOf(a, QueueTab::Confirmations).empty());
}

TEST_CASE("The slot grid shows each slot's seats, full and past slots and closed days", "[queue][booking]") {
    World w;  // Monday 2 March 2026, 10:00 in Moscow; the office works Mon–Fri 09–18 with 2 seats
    MeetingService meetings(*w.db, w.clock);
    auto book = [&](const char* phone, qint64 at) {
        const Id l = lead(w, QString::fromLatin1(phone), std::nullopt, w.now);
        return require(meetings.book(l, {w.moscow, at, std::nullopt}, w.operatorA));
    };
    book("+79120000011", msk(2026, 3, 2, 11));
    const Id cancelled = book("+79120000012", msk(2026, 3, 2, 11));
    book("+79120000013", msk(2026, 3, 2, 12));
    require(meetings.cancel(cancelled, w.operatorA));
    book("+79120000014", msk(2026, 3, 2, 11));

    const SlotGrid grid = require(meetings.slotGrid(w.moscow, QDate(2026, 3, 2), 7));
    REQUIRE(grid.days.size() == 7);
    REQUIRE(grid.rowMinutes.size() == 9);
    CHECK(grid.rowMinutes.front() == 9 * 60);
    CHECK(grid.rowMinutes.back() == 17 * 60);
    CHECK(grid.cell(0, 0).state == SlotCell::State::Past);
    CHECK(grid.cell(0, 1).state == SlotCell::State::Free);  // 10:00, under way
    CHECK(grid.cell(0, 2).state == SlotCell::State::Full);
    CHECK(grid.cell(0, 2).taken == 2);
    CHECK(grid.cell(0, 2).start == msk(2026, 3, 2, 11));
    CHECK(grid.cell(0, 3).taken == 1);
    CHECK(grid.cell(0, 3).capacity == 2);
    CHECK(grid.cell(0, 3).state == SlotCell::State::Free);
    CHECK(grid.cell(1, 2).taken == 0);
    CHECK(grid.cell(5, 0).state == SlotCell::State::Closed);
    CHECK(grid.cell(6, 8).state == SlotCell::State::Closed);

    // The grid and the service agree: the full slot is refused.
    const Id extra = lead(w, QStringLiteral("+79120000015"), std::nullopt, w.now);
    const Result<Id> refused =
        meetings.book(extra, {w.moscow, grid.cell(0, 2).start, std::nullopt}, w.operatorA);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::SlotFull);
    CHECK_FALSE(meetings.slotGrid(9999, QDate(2026, 3, 2), 1).ok());
}

TEST_CASE("An inbound call's phone finds the client's newest lead", "[queue][lead]") {
    World w;
    LeadService leads(*w.db, w.clock);
    const Id first = lead(w, QStringLiteral("8 912 000-00-21"), std::nullopt, w.now - 90 * 86400);
    CHECK(require(leads.leadWithPhone(QStringLiteral("+7 (912) 000 00 21"))) == first);
    const Id second = lead(w, QStringLiteral("+79120000021"), std::nullopt, w.now);
    CHECK(second != first);
    CHECK(require(leads.leadWithPhone(QStringLiteral("89120000021"))) == second);
    CHECK_FALSE(require(leads.leadWithPhone(QStringLiteral("+79120000099"))).has_value());
    const Result<OptId> bad = leads.leadWithPhone(QStringLiteral("12-34"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("phone"));
}

TEST_CASE("An unanswered lead comes back as a callback until the attempts run out", "[queue][lead]") {
    World w;
    LeadService leads(*w.db, w.clock);
    const Id l = lead(w, QStringLiteral("+79120000031"), std::nullopt, w.now);
    auto open = [&] { return LeadRepository(*w.db).openTasks(l); };
    CallInput call;
    call.leadId = l;
    call.operatorId = w.operatorA;
    call.outcome = CallOutcome::Busy;
    require(leads.logCall(call));
    REQUIRE(open().size() == 1);
    CHECK(open().front().dueAt == w.now + 15 * 60);
    CHECK(open().front().assigneeId == w.operatorA);
    const qint64 delays[] = {3 * 3600, 24 * 3600, 24 * 3600};
    call.outcome = CallOutcome::NoAnswer;
    for (const qint64 delay : delays) {
        w.now += 3600;
        require(leads.logCall(call));
        REQUIRE(open().size() == 1);  // the retry replaces the previous one
        CHECK(open().front().dueAt == w.now + delay);
    }
    // The fifth unanswered call in a row: no more automatic retries.
    w.now += 3600;
    require(leads.logCall(call));
    CHECK(open().empty());
    CHECK(retryDelaySeconds(CallOutcome::NoAnswer, 1, 5) == 3600);
    CHECK_FALSE(retryDelaySeconds(CallOutcome::Refused, 1, 5).has_value());

    // Reaching the person starts the count again; a lead that is no longer being worked gets none.
    call.outcome = CallOutcome::Callback;
    call.callbackAt = w.now + 600;
    require(leads.logCall(call));
    call.callbackAt.reset();
    call.outcome = CallOutcome::NoAnswer;
    w.now += 700;
    require(leads.logCall(call));
    REQUIRE(open().size() == 1);
    CHECK(open().front().dueAt == w.now + 3600);
    call.outcome = CallOutcome::Refused;
    call.reasonId = w.reason("cc_expensive");
    require(leads.logCall(call));
    CHECK(open().empty());
    call.outcome = CallOutcome::NoAnswer;
    call.reasonId.reset();
    require(leads.logCall(call));
    CHECK(open().empty());
}

TEST_CASE("The queue of every operator equals a recomputation from the raw tables on a demo history",
          "[queue][demo]") {
    QTemporaryDir dir;
    auto db = require(Database::open(dir.filePath(QStringLiteral("demo.sqlite")), OpenMode::CreateNew));
    DemoOptions o;
    o.leads = 4000;
    o.endDate = QDate(2026, 6, 17);      // a Wednesday
    o.until = msk(2026, 6, 17, 21, 40);  // after the call center closed: new requests wait
    require(DemoGenerator(*db).generate(o));
    const qint64 now = o.until;

    // The raw rows, read once.
    struct LeadRow {
        LeadStatus status;
        OptId op;
    };
    std::map<Id, LeadRow> leadRows;
    std::map<Id, std::vector<Meeting>> meetingsOf;
    std::vector<Task> tasks;
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, status, operator_id FROM leads")));
    while (q.next()) {
        leadRows[q.value(0).toLongLong()] = {*fromCode<LeadStatus>(q.value(1).toString()),
                                             q.value(2).isNull() ? OptId() : OptId(q.value(2).toLongLong())};
    }
    REQUIRE(q.exec(QStringLiteral("SELECT id, lead_id, scheduled_at, status FROM meetings")));
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toLongLong();
        m.leadId = q.value(1).toLongLong();
        m.scheduledAt = q.value(2).toLongLong();
        m.status = *fromCode<MeetingStatus>(q.value(3).toString());
        meetingsOf[m.leadId].push_back(m);
    }
    REQUIRE(q.exec(QStringLiteral(
        "SELECT lead_id, assignee_id, due_at FROM tasks WHERE status = 'open' AND kind = 'callback'")));
    while (q.next()) {
        Task t;
        t.leadId = q.value(0).toLongLong();
        t.assigneeId = q.value(1).isNull() ? OptId() : OptId(q.value(1).toLongLong());
        t.dueAt = q.value(2).toLongLong();
        tasks.push_back(t);
    }

    std::map<QueueTab, qint64> seen;
    for (const Employee& e : CatalogRepository(*db).employees()) {
        if (e.role != Role::Operator) {
            continue;
        }
        OperatorQueue queue(*db, e.id, [now] { return now; });
        const QueueScope s = queue.scope();
        auto own = [&](Id lead) { return !leadRows[lead].op || leadRows[lead].op == e.id; };
        std::map<QueueTab, std::multiset<Id>> expected;
        for (const auto& [id, row] : leadRows) {
            if (row.status == LeadStatus::New && own(id)) {
                expected[QueueTab::NewLeads].insert(id);
            }
            std::vector<Meeting> ms = meetingsOf[id];
            std::sort(ms.begin(), ms.end(), [](const Meeting& a, const Meeting& b) {
                return a.scheduledAt != b.scheduledAt ? a.scheduledAt < b.scheduledAt : a.id < b.id;
            });
            const bool ahead = std::any_of(ms.begin(), ms.end(), [](const Meeting& m) {
                return m.status == MeetingStatus::Scheduled || m.status == MeetingStatus::Confirmed;
            });
            if (row.status == LeadStatus::InProgress && !ahead && !ms.empty() &&
                ms.back().status == MeetingStatus::NoShow && ms.back().scheduledAt >= now - 14 * 86400 &&
                own(id)) {
                expected[QueueTab::NoShows].insert(id);
            }
            for (const Meeting& m : ms) {
                if (m.status == MeetingStatus::Scheduled && m.scheduledAt >= now &&
                    m.scheduledAt < s.confirmUntil && own(id)) {
                    expected[QueueTab::Confirmations].insert(id);
                }
            }
        }
        for (const Task& t : tasks) {
            if (t.dueAt <= now && (!t.assigneeId || t.assigneeId == e.id)) {
                expected[QueueTab::Callbacks].insert(t.leadId);
            }
        }
        const QueueCounts counts = require(queue.counts());
        for (int i = 0; i < kQueueTabCount; ++i) {
            const auto tab = static_cast<QueueTab>(i);
            std::multiset<Id> got;
            for (const QueueItem& item : require(queue.items(tab))) {
                got.insert(item.leadId);
                if (tab == QueueTab::NoShows || tab == QueueTab::Confirmations) {
                    CHECK(item.meetingId.has_value());
                }
            }
            INFO("operator " << e.id << ", list " << i);
            CHECK(got == expected[tab]);
            CHECK(counts.tab[i] == static_cast<qint64>(expected[tab].size()));
            seen[tab] += counts.tab[i];
        }
    }
    // The demo's afternoon has something in every list.
    for (int i = 0; i < kQueueTabCount; ++i) {
        INFO("list " << i);
        CHECK(seen[static_cast<QueueTab>(i)] > 0);
    }
}
