// The leads list's pages under a sort by a small table's name (channel, campaign, operator,
// office): the leads without one form a group of their own, and every page — across that
// group's end, at it, past it — is the slice of the whole list it should be.

#include "test_support.h"

#include "services/catalog_reader.h"
#include "storage/database.h"
#include "storage/lead_list_repository.h"

#include <QSqlQuery>

#include <tuple>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

TEST_CASE(
    "Pages sorted by a channel, campaign, operator or office are slices of the whole list at every "
    "group end",
    "[sqlite][list]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 600, 3);
    const Office office = require(CatalogReader(*db).offices()).front();
    std::vector<LeadFilter> filters{LeadFilter{}};
    LeadFilter lost;
    lost.status = LeadStatus::Lost;
    filters.push_back(lost);
    LeadFilter byOffice;
    byOffice.officeId = office.id;
    filters.push_back(byOffice);
    LeadFilter recent;
    recent.createdFrom = msk(2026, 5, 1, 0);
    filters.push_back(recent);
    const std::vector<std::pair<LeadColumn, const char*>> dimensions{{LeadColumn::Channel, "channel_id"},
                                                                     {LeadColumn::Campaign, "campaign_id"},
                                                                     {LeadColumn::Operator, "operator_id"},
                                                                     {LeadColumn::Office, "office_id"}};
    LeadListRepository repo(*db);
    int boundaries = 0;
    for (const LeadFilter& f : filters) {
        for (const auto& [column, key] : dimensions) {
            for (const bool descending : {false, true}) {
                for (const bool walk : {false, true}) {
                    const LeadSort sort{column, descending};
                    INFO("column " << static_cast<int>(column) << (descending ? " desc" : "") << " walk "
                                   << walk);
                    const std::vector<Id> whole = repo.pageIds(f, sort, 0, 1'000'000, walk);
                    REQUIRE(static_cast<qint64>(whole.size()) == repo.count(f));
                    // Where the leads without one begin (descending) or end (ascending).
                    std::vector<bool> none;
                    for (const Id id : whole) {
                        QSqlQuery q(db->connection());
                        REQUIRE(q.exec(QStringLiteral("SELECT %1 IS NULL FROM leads WHERE id = %2")
                                           .arg(QLatin1String(key))
                                           .arg(id)));
                        REQUIRE(q.next());
                        none.push_back(q.value(0).toBool());
                    }
                    const auto firstOther = std::find(none.begin(), none.end(), descending);
                    const auto end = static_cast<qint64>(firstOther - none.begin());
                    // The group without one comes first ascending and last descending, in one piece.
                    CHECK(std::all_of(firstOther, none.end(), [&](bool n) { return n == descending; }));
                    const auto total = static_cast<qint64>(whole.size());
                    for (const qint64 offset : {end - 3, end - 1, end, end + 1, total - 1, total}) {
                        if (offset < 0 || offset > total) {
                            continue;
                        }
                        INFO("offset " << offset << " of " << total << ", group end " << end);
                        const std::vector<Id> page = repo.pageIds(f, sort, offset, 3, walk);
                        const std::vector<Id> slice(whole.begin() + offset,
                                                    whole.begin() + std::min(total, offset + 3));
                        CHECK(page == slice);
                    }
                    boundaries += end > 0 && end < total ? 1 : 0;
                }
            }
        }
    }
    CHECK(boundaries > 10);  // the demo has leads without a campaign, an office, …: real group ends
}

TEST_CASE("A list sorted by a small table's name is the order SQL gives joining every lead to it",
          "[sqlite][list]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 600, 3);
    const Channel channel = require(CatalogReader(*db).channels()).front();
    LeadFilter byChannel;
    byChannel.channelId = channel.id;
    LeadFilter lostOfChannel = byChannel;
    lostOfChannel.status = LeadStatus::Lost;
    const std::vector<std::tuple<LeadColumn, const char*, const char*>> dimensions{
        {LeadColumn::Campaign, "campaigns", "campaign_id"},
        {LeadColumn::Channel, "channels", "channel_id"},
        {LeadColumn::Office, "offices", "office_id"}};
    LeadListRepository repo(*db);
    for (const LeadFilter& f : {byChannel, lostOfChannel}) {
        for (const auto& [column, table, key] : dimensions) {
            for (const bool descending : {false, true}) {
                // The oracle: every lead of the filter joined to the small table, sorted by SQL
                // (SQLite puts the leads without one first ascending, last descending).
                const QString order = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
                QSqlQuery q(db->connection());
                REQUIRE(q.prepare(
                    QStringLiteral("SELECT l.id FROM leads l LEFT JOIN %1 d ON d.id = l.%2 "
                                   "WHERE l.channel_id = :channel AND (:status = 'any' OR l.status = "
                                   ":status) ORDER BY d.name %3, d.id %3, l.created_at %3, l.id %3")
                        .arg(QLatin1String(table), QLatin1String(key), order)));
                q.bindValue(QStringLiteral(":channel"), QVariant::fromValue(channel.id));
                q.bindValue(QStringLiteral(":status"),
                            f.status ? QStringLiteral("lost") : QStringLiteral("any"));
                REQUIRE(q.exec());
                std::vector<Id> expected;
                while (q.next()) {
                    expected.push_back(q.value(0).toLongLong());
                }
                REQUIRE(expected.size() > 20);
                for (const bool walk : {false, true}) {
                    INFO(table << (descending ? " desc" : "") << " walk " << walk << " status "
                               << f.status.has_value());
                    const LeadSort sort{column, descending};
                    CHECK(repo.pageIds(f, sort, 0, 1'000'000, walk) == expected);
                    const std::vector<Id> page = repo.pageIds(f, sort, 10, 5, walk);
                    CHECK(page == std::vector<Id>(expected.begin() + 10, expected.begin() + 15));
                }
            }
        }
    }
}
