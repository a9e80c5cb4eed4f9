// The funnel's per-lead facts kept packed in a SQLite database (LeadFactStore): the packing keeps
// every field, damaged bytes are refused, and what a report reads always equals the rows,
// whichever service or program changed them.
#include "test_support.h"

#include "funnel/fact_chunk.h"
#include "services/catalog_reader.h"
#include "services/data_import.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/personal_data_service.h"
#include "services/report_service.h"
#include "storage/database.h"
#include "storage/funnel_repository.h"
#include "storage/lead_fact_store.h"
#include "storage/lead_list_repository.h"
#include "storage/lead_list_store.h"
#include "storage/lead_repository.h"

#include <QBuffer>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

bool sameFact(const FunnelLeadFact& a, const FunnelLeadFact& b) {
    return a.id == b.id && a.created == b.created && a.channel == b.channel && a.campaign == b.campaign &&
           a.operatorId == b.operatorId && a.office == b.office && a.manager == b.manager &&
           a.milestones() == b.milestones() && a.firstCallAt() == b.firstCallAt() &&
           a.hadNoShow == b.hadNoShow && a.hadDueMeeting == b.hadDueMeeting;
}

using MoneyRows = std::vector<std::tuple<Id, qint64, qint64>>;

MoneyRows sorted(const std::vector<FunnelMoneyEvent>& events) {
    MoneyRows out;
    for (const FunnelMoneyEvent& e : events) {
        out.emplace_back(e.leadId, e.at, e.amount);
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// What a report reads on `db` equals what the rows say, and no stored chunk differs from them.
void requireFactsMatchRows(Database& db, const char* after) {
    INFO("after " << after);
    const std::shared_ptr<const FunnelData> read = FunnelRepository(db).data();
    const std::shared_ptr<const FunnelData> rows = FunnelRepository(db).dataFromRows();
    REQUIRE(read->leads.size() == rows->leads.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < rows->leads.size(); ++i) {
        differ += sameFact(read->leads[i], rows->leads[i]) ? 0 : 1;
    }
    CHECK(differ == 0);
    CHECK(sorted(read->deals) == sorted(rows->deals));
    CHECK(sorted(read->payments) == sorted(rows->payments));
    CHECK(LeadFactStore(db).stale().empty());
    // The list's columns, kept beside the facts the same way.
    const std::shared_ptr<const LeadListIndex> list = LeadListStore(db).index();
    REQUIRE(list != nullptr);
    const LeadListIndex listRows = LeadListStore(db).fromRows();
    CHECK(LeadListStore::encode(*list, 0, list->size()) ==
          LeadListStore::encode(listRows, 0, listRows.size()));
    CHECK(LeadListStore(db).stale().empty());
}

FunnelLeadFact randomFact(QRandomGenerator& random, qint64 id) {
    FunnelLeadFact f;
    f.created = msk(2020, 1, 1, 0) + random.bounded(400'000'000);
    f.id = static_cast<std::uint32_t>(id);
    f.channel = random.bounded(3) == 0 ? 0U : random.bounded(1U, 1U << 31);
    f.campaign = random.bounded(40U);
    f.operatorId = random.bounded(2) == 0 ? 0U : random.bounded(1U, 500U);
    f.office = random.bounded(7U);
    f.manager = random.bounded(30U);
    for (std::size_t s = 1; s < FunnelLeadFact::kMilestones; ++s) {
        // Reached or not, possibly before its creation (imported histories are not tidy).
        f.set(s, random.bounded(3) == 0 ? FunnelLeadFact::kNone
                                        : f.created + random.bounded(-86400, 90'000'000));
    }
    f.setFirstCallAt(random.bounded(2) == 0 ? FunnelLeadFact::kNone : f.created + random.bounded(0, 3600));
    f.hadNoShow = random.bounded(2) == 0;
    f.hadDueMeeting = random.bounded(2) == 0;
    return f;
}

}  // namespace

TEST_CASE("Packed lead facts keep every field, and damaged bytes are refused whole", "[funnel][facts]") {
    QRandomGenerator random(7);
    FactChunk chunk;
    qint64 id = 1;
    for (int i = 0; i < 3000; ++i) {
        id += random.bounded(1, 40);
        chunk.leads.push_back(randomFact(random, id));
        if (random.bounded(5) == 0) {
            const qint64 at = chunk.leads.back().created + random.bounded(0, 9'000'000);
            chunk.deals.push_back(
                FunnelMoneyEvent{id, at, random.bounded(2) == 0 ? 0 : random.bounded(1, 1 << 30), 0});
            chunk.payments.push_back(FunnelMoneyEvent{id, at + 60, random.bounded(1, 1 << 30), 0});
        }
    }
    const std::string bytes = chunk.encode();
    CHECK(bytes.size() < chunk.leads.size() * 40);  // compact: a fraction of the 64 bytes in memory

    std::vector<FunnelLeadFact> leads;
    std::vector<FunnelMoneyEvent> deals;
    std::vector<FunnelMoneyEvent> payments;
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    REQUIRE(FactChunk::decode({data, bytes.size()}, leads, deals, payments));
    REQUIRE(leads.size() == chunk.leads.size());
    for (std::size_t i = 0; i < leads.size(); ++i) {
        INFO("lead " << i);
        REQUIRE(sameFact(leads[i], chunk.leads[i]));
    }
    CHECK(sorted(deals) == sorted(chunk.deals));
    CHECK(sorted(payments) == sorted(chunk.payments));

    // Cut short, grown, or with a byte changed in its counts: refused, nothing appended.
    const std::size_t before = leads.size();
    CHECK_FALSE(FactChunk::decode({data, bytes.size() - 1}, leads, deals, payments));
    CHECK_FALSE(FactChunk::decode({data, bytes.size() / 2}, leads, deals, payments));
    std::string longer = bytes + '\x01';
    CHECK_FALSE(FactChunk::decode({reinterpret_cast<const std::uint8_t*>(longer.data()), longer.size()},
                                  leads, deals, payments));
    std::string otherFormat = bytes;
    otherFormat[0] = static_cast<char>(FactChunk::kFormat + 1);
    CHECK_FALSE(
        FactChunk::decode({reinterpret_cast<const std::uint8_t*>(otherFormat.data()), otherFormat.size()},
                          leads, deals, payments));
    CHECK(leads.size() == before);
    CHECK(deals.size() == chunk.deals.size());
    CHECK(payments.size() == chunk.payments.size());
    // Random damage never crashes and never leaves half a chunk.
    for (int round = 0; round < 300; ++round) {
        std::string damaged = bytes;
        for (int k = 0; k < 1 + round % 5; ++k) {
            damaged[random.bounded(static_cast<quint32>(damaged.size()))] =
                static_cast<char>(random.bounded(256));
        }
        std::vector<FunnelLeadFact> l;
        std::vector<FunnelMoneyEvent> d;
        std::vector<FunnelMoneyEvent> p;
        if (!FactChunk::decode({reinterpret_cast<const std::uint8_t*>(damaged.data()), damaged.size()}, l, d,
                               p)) {
            CHECK((l.empty() && d.empty() && p.empty()));
        }
    }
}

TEST_CASE(
    "The stored lead facts equal the rows after every change, made here, on another connection or by "
    "another program",
    "[sqlite][facts]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 300, 2);
    // A lead far from the others: the leads span several chunks.
    fd::test::rawExec(
        db->path(),
        {QStringLiteral("INSERT INTO leads (id, contact_id, created_at, channel_id, updated_at) "
                        "SELECT 20000, contact_id, created_at + 60, channel_id, updated_at FROM leads "
                        "WHERE id = 1")});
    requireFactsMatchRows(*db, "the demo");
    CHECK(LeadFactStore(*db).storedChunks() >= 2);
    {
        // Another connection finds them ready: it builds nothing.
        auto other = require(Database::open(db->path(), OpenMode::Existing));
        CHECK(LeadFactStore(*other).load().built.empty());
    }

    const Office office = require(CatalogReader(*db).offices()).front();
    Id operatorId = 0;
    Id managerId = 0;
    for (const Employee& e : require(CatalogReader(*db).employees())) {
        operatorId = e.active && e.role == Role::Operator && operatorId == 0 ? e.id : operatorId;
        managerId = e.active && e.role == Role::OfficeManager && e.officeId == office.id && managerId == 0
                        ? e.id
                        : managerId;
    }
    REQUIRE(operatorId != 0);
    REQUIRE(managerId != 0);
    const QTimeZone zone(office.timeZone.toUtf8());
    const qint64 slot =
        QDateTime(QDate(2026, 7, 7), QTime(office.workStartMin / 60 + 1, 0), zone).toSecsSinceEpoch();
    qint64 now = slot - 86400;
    const Clock clock = [&now] { return now; };

    NewLead in;
    in.name = QStringLiteral("Фаина Фактова");
    in.phone = QStringLiteral("+7 915 100-20-30");
    in.operatorId = operatorId;
    const CreatedLead lead = require(LeadService(*db, clock).createLead(in));
    requireFactsMatchRows(*db, "a new lead");
    CallInput call;
    call.leadId = lead.leadId;
    call.operatorId = operatorId;
    require(LeadService(*db, clock).logCall(call));
    requireFactsMatchRows(*db, "a call");
    const Id meeting = require(
        MeetingService(*db, clock).book(lead.leadId, BookingRequest{office.id, slot, managerId}, operatorId));
    requireFactsMatchRows(*db, "a booking");
    now = slot + 600;
    REQUIRE(MeetingService(*db, clock).markArrived(meeting, managerId));
    requireFactsMatchRows(*db, "an arrival");
    OutcomeInput sale;
    sale.meetingId = meeting;
    sale.dealAmount = Money::fromRubles(120000);
    sale.actorId = managerId;
    REQUIRE(MeetingService(*db, clock).recordOutcome(sale));
    requireFactsMatchRows(*db, "a sale");
    PaymentInput payment;
    {
        QSqlQuery deal(db->connection());
        REQUIRE(deal.exec(QStringLiteral("SELECT id FROM deals ORDER BY id DESC LIMIT 1")));
        REQUIRE(deal.next());
        payment.dealId = deal.value(0).toLongLong();
    }
    payment.paidAt = now + 60;
    payment.amount = Money::fromRubles(40000);
    require(DealService(*db, clock).addPayment(payment));
    requireFactsMatchRows(*db, "a payment");

    QByteArray csv = QByteArrayLiteral(
        "external_id,created_at,name,phone,channel\n"
        "F-1,2026-07-01 10:00,Иван Импортов,+7 915 100-20-31,Сайт\n"
        "F-2,2026-07-01 11:00,Пётр Импортов,+7 915 100-20-32,Новый канал\n");
    QBuffer file(&csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(require(DataImport(*db, clock).run(file, ImportOptions{})).created == 2);
    requireFactsMatchRows(*db, "an import");
    for (const Id contact :
         require(PersonalDataService(*db, clock).contactsOf(QStringLiteral("+79151002031")))) {
        require(PersonalDataService(*db, clock).eraseContact(contact));
    }
    requireFactsMatchRows(*db, "an erasure");

    {
        auto other = require(Database::open(db->path(), OpenMode::Existing));
        NewLead second = in;
        second.phone = QStringLiteral("+7 915 100-20-40");
        require(LeadService(*other, clock).createLead(second));
        requireFactsMatchRows(*other, "a lead on another connection, there");
    }
    requireFactsMatchRows(*db, "a lead on another connection");

    // Another program changes milestones, money and leads straight in the file, one at a time.
    for (const char* change :
         {"UPDATE leads SET sold_at = created_at + 5000 WHERE id = 2",
          "DELETE FROM payments WHERE id = (SELECT min(id) FROM payments)",
          "UPDATE payments SET amount = amount + 1 WHERE id = (SELECT max(id) FROM payments)",
          "INSERT INTO payments (deal_id, paid_at, amount, method) SELECT id, signed_at + 60, 500, 'cash' "
          "FROM deals "
          "WHERE id = (SELECT min(id) FROM deals)",
          "UPDATE deals SET amount = amount + 100 WHERE id = (SELECT min(id) FROM deals)",
          "UPDATE deals SET signed_at = signed_at + 60 WHERE id = (SELECT max(id) FROM deals)",
          "UPDATE leads SET channel_id = NULL WHERE id = 20000", "DELETE FROM leads WHERE id = 20000",
          "UPDATE leads SET status = 'lost', next_meeting_at = NULL WHERE id = 3",
          "UPDATE leads SET revenue = revenue + 700, next_meeting_at = created_at + 86400 WHERE id = 4",
          "UPDATE contacts SET name = 'Переименованная Ольга' WHERE id = (SELECT contact_id FROM leads WHERE "
          "id = 5)",
          "UPDATE contacts SET phone_e164 = NULL WHERE id = (SELECT contact_id FROM leads WHERE id = 6)"}) {
        requireFactsMatchRows(*db, "a report before the change");  // every chunk stored
        fd::test::rawExec(db->path(), {QString::fromUtf8(change)});
        requireFactsMatchRows(*db, change);
    }

    // A damaged stored chunk is built again from the rows, and kept mended.
    fd::test::rawExec(db->path(), {QStringLiteral("UPDATE lead_facts SET body = x'0102' WHERE chunk = 0"),
                                   QStringLiteral("UPDATE lead_list SET body = x'0102' WHERE chunk = 0")});
    requireFactsMatchRows(*db, "a damaged chunk");
    auto fresh = require(Database::open(db->path(), OpenMode::Existing));
    CHECK(LeadFactStore(*fresh).load().built.empty());
}

TEST_CASE("A list page found by walking the sort order equals the one found by sorting every match",
          "[sqlite][list]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 600, 3);
    const Office office = require(CatalogReader(*db).offices()).front();
    const Channel channel = require(CatalogReader(*db).channels()).front();
    Id operatorId = 0;
    for (const Employee& e : require(CatalogReader(*db).employees())) {
        operatorId = operatorId == 0 && e.role == Role::Operator ? e.id : operatorId;
    }
    std::vector<LeadFilter> filters{LeadFilter{}};
    for (const LeadStatus s : {LeadStatus::New, LeadStatus::Booked, LeadStatus::Sold, LeadStatus::Lost}) {
        LeadFilter f;
        f.status = s;
        filters.push_back(f);
    }
    LeadFilter byOffice;
    byOffice.officeId = office.id;
    filters.push_back(byOffice);
    LeadFilter byChannelAndPeriod;
    byChannelAndPeriod.channelId = channel.id;
    byChannelAndPeriod.createdFrom = msk(2026, 5, 1, 0);
    filters.push_back(byChannelAndPeriod);
    LeadFilter reach;  // what an operator reads: their own leads and nobody's
    reach.reachOperatorId = operatorId;
    reach.status = LeadStatus::Lost;
    filters.push_back(reach);
    LeadFilter twoIndexed;  // two filters an index can find: the narrower one is chosen
    twoIndexed.status = LeadStatus::Lost;
    twoIndexed.officeId = office.id;
    filters.push_back(twoIndexed);
    LeadFilter text;
    text.text = QStringLiteral("ова");
    text.status = LeadStatus::Lost;
    filters.push_back(text);
    LeadListRepository repo(*db);
    int compared = 0;
    LeadFilter threeIndexed;  // counted as the ids three indexes give in common
    threeIndexed.status = LeadStatus::Lost;
    threeIndexed.channelId = channel.id;
    threeIndexed.createdFrom = msk(2026, 5, 1, 0);
    filters.push_back(threeIndexed);
    for (const LeadFilter& f : filters) {
        const qint64 matched = repo.count(f);
        // The count is the length of the whole list, found without counting.
        CHECK(static_cast<qint64>(
                  repo.pageIds(f, LeadSort{LeadColumn::Created, false}, 0, 1'000'000, false).size()) ==
              matched);
        for (int c = 0; c < kLeadColumnCount; ++c) {
            for (const bool descending : {false, true}) {
                for (const qint64 offset : {qint64{0}, qint64{7}, matched / 2}) {
                    const LeadSort sort{static_cast<LeadColumn>(c), descending};
                    INFO("column " << c << (descending ? " desc" : "") << " offset " << offset);
                    const std::vector<Id> walked = repo.pageIds(f, sort, offset, 25, true);
                    const std::vector<Id> sorted = repo.pageIds(f, sort, offset, 25, false);
                    REQUIRE(walked == sorted);
                    CHECK(repo.pageIds(f, sort, offset, 25) == sorted);  // from the index in memory
                    CHECK(static_cast<qint64>(sorted.size()) == std::clamp<qint64>(matched - offset, 0, 25));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == static_cast<int>(filters.size()) * kLeadColumnCount * 2 * 3);
}

TEST_CASE("The time indexes give the leads of a period that a look at every lead gives", "[funnel][facts]") {
    // Enough leads for the paths a big history takes: the sort by counting, and a period's many
    // leads read back from marks instead of sorted (from 65,536 of them, a quarter at most).
    QRandomGenerator random(11);
    FunnelData data;
    for (qint64 id = 1; id <= 300'000; ++id) {
        data.leads.push_back(randomFact(random, id));
        if (random.bounded(4) == 0) {
            const qint64 at = data.leads.back().created + random.bounded(0, 50'000'000);
            data.payments.push_back(FunnelMoneyEvent{id, at, 100, 0});
        }
        if (random.bounded(9) == 0) {
            data.deals.push_back(FunnelMoneyEvent{id, data.leads.back().created + 1000, 500, 0});
        }
    }
    data.index();
    std::vector<qint64> last(data.leads.size());
    for (std::size_t i = 0; i < data.leads.size(); ++i) {
        const auto times = data.leads[i].milestones();
        last[i] = *std::max_element(times.begin(), times.end());
    }
    for (const auto* events : {&data.payments, &data.deals}) {
        for (const FunnelMoneyEvent& e : *events) {
            last[e.leadIndex] = std::max(last[e.leadIndex], e.at);
        }
    }
    const FunnelData::PlaceTimes& activity = data.lastActivity();
    REQUIRE(activity.size() == data.leads.size());
    std::size_t wrong = 0;
    for (std::size_t p = 0; p < activity.size(); ++p) {
        wrong += activity.at(p) == last[p] ? 0 : 1;
    }
    CHECK(wrong == 0);
    CHECK(activity.wide.empty());  // 4 bytes a lead
    // Leads created out of id order: the creation index sorts them, ties in place order.
    {
        FunnelData shuffled;
        for (qint64 id = 1; id <= 100'000; ++id) {
            shuffled.leads.push_back(randomFact(random, id));
        }
        shuffled.index();
        const FunnelData::TimeIndex& index = shuffled.byCreation;
        REQUIRE(index.places.size() == shuffled.leads.size());
        std::size_t misplaced = 0;
        for (std::size_t i = 1; i < index.places.size(); ++i) {
            const FunnelLeadFact& a = shuffled.leads[index.place(i - 1)];
            const FunnelLeadFact& b = shuffled.leads[index.place(i)];
            misplaced +=
                a.created < b.created || (a.created == b.created && index.place(i - 1) < index.place(i)) ? 0
                                                                                                         : 1;
            misplaced += index.time(i) == b.created ? 0 : 1;
        }
        CHECK(misplaced == 0);
    }
    // A damaged date two centuries away keeps every time whole.
    {
        FunnelData damaged;
        for (qint64 id = 1; id <= 3; ++id) {
            damaged.leads.push_back(randomFact(random, id));
        }
        damaged.leads[1].created = -5'000'000'000;  // the year 1811
        damaged.index();
        CHECK(damaged.byCreation.place(0) == 1);
        CHECK(damaged.byCreation.time(0) == -5'000'000'000);
        CHECK(damaged.byCreation.range(-6'000'000'000, -4'000'000'000) ==
              std::pair<std::size_t, std::size_t>{0, 1});
        CHECK(damaged.lastActivity().size() == 3);
        CHECK(damaged.candidates(false, damaged.leads[0].created, 0).size() >= 1);
    }
    std::vector<qint64> created;
    for (const FunnelLeadFact& f : data.leads) {
        created.push_back(f.created);
    }
    std::sort(created.begin(), created.end());
    std::vector<qint64> lastSorted = last;
    std::sort(lastSorted.begin(), lastSorted.end());
    const std::size_t n = data.leads.size();
    struct Range {
        bool cohort;
        qint64 from;
        qint64 to;
    };
    // A few leads, about 70,000 (marked and read back) and more than a quarter (every lead).
    const std::vector<Range> ranges{
        {true, created[1000], created[1500]}, {true, created[5000], created[75'000]},
        {true, created[0], created[n / 2]},   {false, lastSorted[n - 700], 0},
        {false, lastSorted[n - 70'000], 0},   {false, lastSorted[n / 2], 0}};
    for (const Range& r : ranges) {
        std::vector<std::uint32_t> expected;
        for (std::uint32_t p = 0; p < n; ++p) {
            if (r.cohort ? data.leads[p].created >= r.from && data.leads[p].created < r.to
                         : last[p] >= r.from) {
                expected.push_back(p);
            }
        }
        INFO((r.cohort ? "cohort " : "period ")
             << r.from << ".." << r.to << ": " << expected.size() << " leads");
        const std::vector<std::uint32_t> found = data.candidates(r.cohort, r.from, r.to);
        if (r.cohort && expected.size() * 4 > n && !data.byCreation.places.empty()) {
            CHECK(found.size() == n);  // every lead, tested one by one
        } else {
            CHECK(found == expected);
        }
    }
}

TEST_CASE("A bulk import forgets the stored facts its new leads change and puts the per-row trigger back",
          "[sqlite][facts][import]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 300, 2);
    requireFactsMatchRows(*db, "the demo");
    const qint64 storedBefore = LeadFactStore(*db).storedChunks();
    REQUIRE(storedBefore >= 1);
    auto triggers = [&db] {
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                                  "'lead_facts_lead_insert'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    // Five thousand new leads: the demo's last chunk gets new leads and a new chunk begins.
    QByteArray csv = "external_id;created_at;name;phone;channel\n";
    for (int i = 0; i < 5000; ++i) {
        csv += QStringLiteral("BULK-%1;%2.06.2026 10:%3;Клиент %1;+7916%4;Сайт\n")
                   .arg(i)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(3000000 + i)
                   .toUtf8();
    }
    const Clock clock = [] { return fd::test::msk(2026, 7, 1, 12); };
    ImportOptions o;
    o.deferIndexes = true;  // the bulk path
    o.dryRun = true;
    {
        QBuffer file(&csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        require(DataImport(*db, clock).run(file, o));
    }
    CHECK(triggers() == 1);  // a dry run rolls the dropped trigger back
    CHECK(LeadFactStore(*db).storedChunks() == storedBefore);
    o.dryRun = false;
    {
        QBuffer file(&csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(require(DataImport(*db, clock).run(file, o)).created == 5000);
    }
    CHECK(triggers() == 1);
    requireFactsMatchRows(*db, "a bulk import");
    // The list's stored columns too: its trigger is back and no stored chunk is stale.
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'lead_list_lead_insert'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    CHECK(LeadListStore(*db).index() != nullptr);
    CHECK(LeadListStore(*db).stale().empty());
    // The trigger works again: a lead another program adds to a stored chunk forgets it.
    fd::test::rawExec(db->path(),
                      {QStringLiteral("INSERT INTO leads (contact_id, created_at, channel_id, updated_at) "
                                      "SELECT contact_id, created_at + 60, channel_id, updated_at FROM leads "
                                      "WHERE id = 1")});
    requireFactsMatchRows(*db, "a lead written by another program");
}
