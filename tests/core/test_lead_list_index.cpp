// The leads list from its index in memory (LeadListStore, lead_list_memory.cpp): every page and
// count is the one SQL gives over the rows, names and phones that share a long beginning
// included; and the keys it sorts names and phones by order as SQLite orders the texts.

#include "test_support.h"

#include "services/catalog_reader.h"
#include "storage/contact_keys.h"
#include "storage/database.h"
#include "storage/lead_list_repository.h"
#include "storage/lead_list_store.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <string>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

/// A random text of letters a name or phone may hold, and some it may not.
std::string randomText(QRandomGenerator& random, bool phone) {
    static const QStringList kNamePieces = {QStringLiteral("А"), QStringLiteral("Ан"), QStringLiteral("Ё"),
                                            QStringLiteral("ё"), QStringLiteral("я"),  QStringLiteral(" "),
                                            QStringLiteral("-"), QStringLiteral("Z"),  QStringLiteral("a"),
                                            QStringLiteral("7"), QStringLiteral("."),  QStringLiteral("é"),
                                            QStringLiteral("Ω"), QStringLiteral("ѐ"),  QStringLiteral("\t")};
    static const QStringList kPhonePieces = {QStringLiteral("+"), QStringLiteral("7"), QStringLiteral("9"),
                                             QStringLiteral("0"), QStringLiteral("1"), QStringLiteral(" "),
                                             QStringLiteral("("), QStringLiteral("x")};
    const QStringList& pieces = phone ? kPhonePieces : kNamePieces;
    QString out;
    const int n = static_cast<int>(random.bounded(phone ? 20 : 26));
    for (int i = 0; i < n; ++i) {
        // Mostly the first few, so that long common beginnings are frequent.
        const int k = random.bounded(4) == 0 ? static_cast<int>(random.bounded(pieces.size()))
                                             : static_cast<int>(random.bounded(3));
        out += pieces[k];
    }
    return out.toStdString();
}

}  // namespace

TEST_CASE("Name and phone keys order as the texts do and tell equal texts from exact keys", "[list]") {
    QRandomGenerator random(5);
    int ordered = 0;
    for (int i = 0; i < 40000; ++i) {
        const bool phone = i % 2 == 1;
        const std::string a = randomText(random, phone);
        const std::string b =
            random.bounded(5) == 0 ? a + randomText(random, phone) : randomText(random, phone);
        INFO("\"" << a << "\" and \"" << b << "\"");
        int keys = 0;
        bool bothExact = false;
        if (phone) {
            const std::uint64_t x = contactkeys::phoneKey(a.data(), a.size());
            const std::uint64_t y = contactkeys::phoneKey(b.data(), b.size());
            const std::uint64_t ox = contactkeys::phoneOrder(x);
            const std::uint64_t oy = contactkeys::phoneOrder(y);
            keys = ox == oy ? 0 : (ox < oy ? -1 : 1);
            bothExact = contactkeys::phoneExact(x) && contactkeys::phoneExact(y);
        } else {
            const contactkeys::NameKey x = contactkeys::nameKey(a);
            const contactkeys::NameKey y = contactkeys::nameKey(b);
            keys = contactkeys::compare(x, y);
            bothExact = contactkeys::exact(x) && contactkeys::exact(y);
        }
        const int texts = a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);  // bytes, as SQLite's BINARY
        if (keys != 0) {
            REQUIRE(keys == texts);
            ++ordered;
        } else if (bothExact) {
            REQUIRE(texts == 0);
        }
    }
    CHECK(ordered > 20000);
    // No phone at all comes before any phone, even an empty one.
    CHECK(contactkeys::phoneOrder(contactkeys::phoneKey(nullptr, 0)) <
          contactkeys::phoneOrder(contactkeys::phoneKey("", 0)));
}

TEST_CASE("The list from its index in memory gives every page and count SQL gives over the rows",
          "[sqlite][list]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 1500, 3);
    // Names that share their first 18 characters and more, names outside the key's alphabet,
    // no phone and odd phones: orders the keys alone cannot settle.
    fd::test::rawExec(
        db->path(),
        {QStringLiteral("UPDATE contacts SET name = 'Александрова Анастасия Викторовна' WHERE id % 9 = 0"),
         QStringLiteral("UPDATE contacts SET name = 'Александрова Анастасия Владимировна' WHERE id % 9 = 1"),
         QStringLiteral("UPDATE contacts SET name = 'Ёлкина Ёлка' WHERE id % 17 = 2"),
         QStringLiteral("UPDATE contacts SET name = '' WHERE id % 23 = 3"),
         QStringLiteral("UPDATE contacts SET name = 'Smith-Jones 2nd' WHERE id % 29 = 4"),
         QStringLiteral("UPDATE contacts SET phone_e164 = NULL WHERE id % 13 = 5"),
         QStringLiteral("UPDATE contacts SET phone_e164 = '+7916000000000001234' WHERE id % 31 = 6")});
    const Office office = require(CatalogReader(*db).offices()).front();
    const Channel channel = require(CatalogReader(*db).channels()).front();
    Id operatorId = 0;
    for (const Employee& e : require(CatalogReader(*db).employees())) {
        operatorId = operatorId == 0 && e.role == Role::Operator ? e.id : operatorId;
    }
    std::vector<LeadFilter> filters{LeadFilter{}};
    for (int s = 0; s < 9; ++s) {
        LeadFilter f;
        f.status = static_cast<LeadStatus>(s);
        filters.push_back(f);
    }
    auto add = [&](auto&& set) {
        LeadFilter f;
        set(f);
        filters.push_back(f);
    };
    add([&](LeadFilter& f) { f.channelId = channel.id; });
    add([&](LeadFilter& f) { f.officeId = office.id; });
    add([&](LeadFilter& f) { f.operatorId = operatorId; });
    add([&](LeadFilter& f) {
        f.createdFrom = msk(2026, 5, 1, 0);
        f.createdTo = msk(2026, 6, 1, 0);
    });
    add([&](LeadFilter& f) { f.text = QStringLiteral("александрова"); });
    add([&](LeadFilter& f) { f.text = QStringLiteral("ова"); });
    add([&](LeadFilter& f) { f.text = QStringLiteral("8 (916) 0"); });
    add([&](LeadFilter& f) {
        f.text = QStringLiteral("ова");
        f.status = LeadStatus::Lost;
    });
    add([&](LeadFilter& f) {
        f.reachOperatorId = operatorId;
        f.status = LeadStatus::Lost;
    });
    add([&](LeadFilter& f) { f.reachOfficeId = office.id; });
    add([&](LeadFilter& f) { f.reachOfficeId = -1; });
    add([&](LeadFilter& f) { f.reachOperatorId = -1; });
    add([&](LeadFilter& f) {
        f.channelId = channel.id;
        f.officeId = office.id;
        f.operatorId = operatorId;
    });
    add([&](LeadFilter& f) { f.channelId = 999999; });
    LeadListRepository memory(*db);
    LeadListRepository rows(*db);
    rows.setAccess(ListAccess::Rows);
    REQUIRE(LeadListStore(*db).index() != nullptr);
    int compared = 0;
    for (const LeadFilter& f : filters) {
        INFO("filter: status " << (f.status ? static_cast<int>(*f.status) : -1) << ", text \""
                               << f.text.toStdString() << "\"");
        const qint64 matched = rows.count(f);
        REQUIRE(memory.count(f) == matched);
        for (int c = 0; c < kLeadColumnCount; ++c) {
            for (const bool descending : {false, true}) {
                const LeadSort sort{static_cast<LeadColumn>(c), descending};
                INFO("column " << c << (descending ? " desc" : ""));
                const std::vector<Id> whole = rows.pageIds(f, sort, 0, 1'000'000, false);
                REQUIRE(static_cast<qint64>(whole.size()) == matched);
                CHECK(memory.pageIds(f, sort, 0, 1'000'000) == whole);
                for (const qint64 offset : {qint64{0}, qint64{5}, qint64{37}, matched / 2, matched - 3}) {
                    if (offset < 0 || offset > matched) {
                        continue;
                    }
                    INFO("offset " << offset);
                    const std::vector<Id> page = memory.pageIds(f, sort, offset, 10);
                    CHECK(page == std::vector<Id>(whole.begin() + offset,
                                                  whole.begin() + std::min(matched, offset + 10)));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared > 1000);
}

TEST_CASE("Leads whose ids span more than the list keeps in memory are listed through SQL alike",
          "[sqlite][list]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 300, 2);
    REQUIRE(LeadListStore(*db).index() != nullptr);
    // One lead given an id past the limit, as another program might.
    fd::test::rawExec(
        db->path(),
        {QStringLiteral("INSERT INTO leads (id, contact_id, created_at, channel_id, updated_at) "
                        "SELECT %1, contact_id, created_at + 60, channel_id, updated_at FROM leads "
                        "WHERE id = 1")
             .arg(LeadListStore::kMaxLeads + 100)});
    CHECK(LeadListStore(*db).index() == nullptr);
    LeadListRepository repo(*db);
    LeadListRepository rows(*db);
    rows.setAccess(ListAccess::Rows);
    LeadFilter lost;
    lost.status = LeadStatus::Lost;
    for (const LeadFilter& f : {LeadFilter{}, lost}) {
        CHECK(repo.count(f) == rows.count(f));
        const LeadSort byName{LeadColumn::Name, false};
        CHECK(repo.pageIds(f, byName, 0, 50) == rows.pageIds(f, byName, 0, 50));
    }
    CHECK(repo.count({}) == 301);
}
