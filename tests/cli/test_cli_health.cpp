// funneldesk-cli health: the same gaps, owners and records as the Data health view's service.

#include "cli_test_support.h"
#include "test_support.h"

#include "services/data_health.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace fd::core;
using fd::test::require;

TEST_CASE("health prints what the Data health view lists, kind by kind and owner by owner", "[cli][health]") {
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, 3000);
    {
        // A few gaps of the kinds the demo may lack: a forgotten mark, a reason left out, a
        // follow-up lost, one e-mail on two clients.
        auto db = require(Database::open(path, OpenMode::Existing));
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("UPDATE meetings SET status = 'scheduled' WHERE id IN (SELECT id FROM "
                                  "meetings WHERE status = 'no_show' "
                                  "AND scheduled_at >= strftime('%s', '2026-06-01') ORDER BY id LIMIT 3)")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE leads SET lost_reason_id = NULL WHERE id IN (SELECT id FROM leads WHERE status = 'lost' "
            "AND lost_reason_id IS NOT NULL AND created_at >= strftime('%s', '2026-06-01') ORDER BY id LIMIT "
            "2)")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE contacts SET email = 'family@mail.ru' WHERE id IN (SELECT contact_id FROM leads "
            "WHERE created_at >= strftime('%s', '2026-06-01') ORDER BY id LIMIT 2)")));
    }
    const Run r = cli({QStringLiteral("health"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                       QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-07-01"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray kinds = json.value(QStringLiteral("kinds")).toArray();
    REQUIRE(kinds.size() == kGapKindCount);

    auto db = require(Database::open(path, OpenMode::Existing));
    const HealthReport view =
        require(DataHealth(*db, systemClock()).report(QDate(2026, 5, 1), QDate(2026, 7, 1)));
    int total = 0;
    for (int k = 0; k < kGapKindCount; ++k) {
        const auto kind = static_cast<GapKind>(k);
        const QJsonObject printed = kinds[k].toObject();
        CAPTURE(toCode(kind));
        CHECK(printed.value(QStringLiteral("kind")).toString() == toCode(kind));
        CHECK(printed.value(QStringLiteral("count")).toInt() == view.count(kind));
        total += view.count(kind);
        std::vector<const GapGroup*> groups;
        for (const GapGroup& g : view.groups) {
            if (g.kind == kind) {
                groups.push_back(&g);
            }
        }
        const QJsonArray printedGroups = printed.value(QStringLiteral("groups")).toArray();
        REQUIRE(printedGroups.size() == static_cast<qsizetype>(groups.size()));
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const QJsonObject g = printedGroups[static_cast<qsizetype>(i)].toObject();
            CHECK(g.value(QStringLiteral("owner")).toString() == DataHealth::ownerText(groups[i]->owner));
            const QJsonArray records = g.value(QStringLiteral("records")).toArray();
            REQUIRE(records.size() == groups[i]->count());
            for (int j = 0; j < groups[i]->count(); ++j) {
                const GapRecord& rec = groups[i]->records[static_cast<std::size_t>(j)];
                const QJsonValue lead = records[j].toObject().value(QStringLiteral("lead"));
                CHECK((rec.leadId ? lead.toInteger() == *rec.leadId : lead.isNull()));
            }
        }
    }
    CHECK(view.count(GapKind::UnmarkedMeeting) >= 3);
    CHECK(view.count(GapKind::LostWithoutReason) >= 2);
    CHECK(view.count(GapKind::DuplicateContacts) >= 1);
    CHECK(total > 0);

    // The table names each kind with its total.
    const Run table =
        cli({QStringLiteral("health"), QStringLiteral("--db"), path, QStringLiteral("--from"),
             QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-07-01")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("unmarked_meeting")));
    CHECK(table.out.contains(QStringLiteral("(all)")));
    // A period without its end is a usage error.
    const Run bad = cli({QStringLiteral("health"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                         QStringLiteral("2026-05-01")});
    CHECK(bad.exitCode == 2);
}
