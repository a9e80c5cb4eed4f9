#include "test_support.h"

#include "services/demo_generator.h"
#include "storage/content_digest.h"
#include "storage/lead_repository.h"
#include "storage/milestone_verifier.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace fd::core;
using fd::test::require;

namespace {

const QDate kEnd(2026, 10, 31);

std::unique_ptr<Database> demo(const QString& path, qint64 leads, quint64 seed) {
    auto db = require(Database::open(path, OpenMode::CreateNew));
    DemoOptions o;
    o.leads = leads;
    o.seed = seed;
    o.endDate = kEnd;
    const DemoSummary s = require(DemoGenerator(*db).generate(o));
    // Exactly as many leads as asked for: a client who comes back does so past the window.
    CHECK(s.leads == leads);
    CHECK(LeadRepository(*db).leadCount() == leads);
    return db;
}

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

}  // namespace

TEST_CASE("A demo history keeps every lead's milestones equal to its raw events", "[demo][milestones]") {
    QTemporaryDir dir;
    auto db = demo(dir.filePath(QStringLiteral("demo.sqlite")), 4000, 7);

    MilestoneVerifier verifier(*db);
    const auto mismatches = verifier.verify();
    for (const auto& m : mismatches) {
        UNSCOPED_INFO("lead " << m.leadId << ' ' << m.field.toStdString() << ": stored "
                              << m.stored.toStdString() << ", events " << m.expected.toStdString());
    }
    CHECK(mismatches.empty());
    CHECK(verifier.checkedLeads() == LeadRepository(*db).leadCount());
    CHECK(db->integrityProblems().isEmpty());

    // The funnel never widens on the stored milestones.
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT count(*) FROM leads WHERE arrived_at IS NOT NULL AND booked_at IS NULL")) ==
          0);
    CHECK(scalar(*db, QStringLiteral(
                          "SELECT count(*) FROM leads WHERE target_at IS NOT NULL AND arrived_at IS NULL")) ==
          0);
}

TEST_CASE("The demo history has what a real one has", "[demo]") {
    QTemporaryDir dir;
    auto db = demo(dir.filePath(QStringLiteral("demo.sqlite")), 4000, 3);
    auto count = [&](const char* sql) { return scalar(*db, QString::fromUtf8(sql)); };

    CHECK(count("SELECT count(*) FROM offices") == 3);
    CHECK(count("SELECT count(*) FROM employees WHERE role = 'operator'") == 12);
    CHECK(count("SELECT count(*) FROM employees WHERE role = 'office_manager'") == 6);
    CHECK(count("SELECT count(*) FROM channels") == 6);
    CHECK(count("SELECT count(*) FROM lead_touches") > 50);  // duplicates became touches
    CHECK(count("SELECT count(DISTINCT lead_id) FROM meetings m WHERE EXISTS (SELECT 1 FROM meetings n "
                "WHERE n.lead_id = m.lead_id AND n.status = 'no_show' AND n.scheduled_at < m.scheduled_at)") >
          10);
    // Follow-up sales: a deal signed days after its meeting.
    CHECK(count("SELECT count(*) FROM deals d JOIN meetings m ON m.id = d.meeting_id "
                "WHERE d.signed_at > m.arrived_at + 86400") > 10);
    CHECK(count("SELECT count(*) FROM (SELECT deal_id FROM payments GROUP BY deal_id HAVING count(*) >= 2)") >
          10);
    CHECK(count("SELECT count(*) FROM leads l JOIN reasons r ON r.id = l.lost_reason_id WHERE r.gate = "
                "'call_center'") > 50);
    CHECK(count("SELECT count(*) FROM leads l JOIN reasons r ON r.id = l.lost_reason_id WHERE r.gate = "
                "'office'") > 50);
    CHECK(count("SELECT count(*) FROM meetings WHERE status IN ('scheduled', 'confirmed')") >
          0);  // the future
    CHECK(count("SELECT count(DISTINCT day) FROM ad_spend") >= 180);
    CHECK(count("SELECT count(DISTINCT day) FROM site_visitors") >= 180);

    // The operator with the most arrivals is not the one with the most target arrivals.
    const qint64 mostArrivals = count(
        "SELECT booked_by FROM (SELECT l.operator_id AS booked_by, count(*) AS n FROM leads l "
        "WHERE l.arrived_at IS NOT NULL GROUP BY 1) ORDER BY n DESC LIMIT 1");
    const qint64 mostTarget = count(
        "SELECT booked_by FROM (SELECT l.operator_id AS booked_by, count(*) AS n FROM leads l "
        "WHERE l.target_at IS NOT NULL GROUP BY 1) ORDER BY n DESC LIMIT 1");
    const qint64 bestShare = count(
        "SELECT op FROM (SELECT operator_id AS op, 1.0 * sum(target_at IS NOT NULL) / count(*) AS s FROM "
        "leads "
        "WHERE arrived_at IS NOT NULL GROUP BY 1) ORDER BY s DESC LIMIT 1");
    CHECK(mostArrivals != bestShare);
    INFO("most arrivals " << mostArrivals << ", most target " << mostTarget);

    // The cheapest channel per lead is not the cheapest per target arrival.
    const char* perChannel =
        "SELECT c.id FROM channels c "
        "JOIN (SELECT channel_id, sum(amount) AS spend FROM ad_spend GROUP BY 1) s ON s.channel_id = c.id "
        "JOIN (SELECT channel_id, count(*) AS leads, sum(target_at IS NOT NULL) AS targets FROM leads GROUP "
        "BY 1) l "
        "ON l.channel_id = c.id ORDER BY 1.0 * s.spend / %1 ASC LIMIT 1";
    const qint64 cheapestLead = scalar(*db, QString::fromLatin1(perChannel).arg(QStringLiteral("l.leads")));
    const qint64 cheapestTarget =
        scalar(*db, QString::fromLatin1(perChannel).arg(QStringLiteral("l.targets")));
    CHECK(cheapestLead != cheapestTarget);
}

TEST_CASE("The demo generator is deterministic for a seed", "[demo][determinism]") {
    QTemporaryDir dir;
    QByteArray a, b, c;
    {
        auto db = demo(dir.filePath(QStringLiteral("a.sqlite")), 1500, 42);
        a = contentDigest(*db);
    }
    {
        auto db = demo(dir.filePath(QStringLiteral("b.sqlite")), 1500, 42);
        b = contentDigest(*db);
    }
    {
        auto db = demo(dir.filePath(QStringLiteral("c.sqlite")), 1500, 43);
        c = contentDigest(*db);
    }
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("Demo data is written only into an empty database", "[demo]") {
    QTemporaryDir dir;
    auto db = demo(dir.filePath(QStringLiteral("d.sqlite")), 200, 1);
    const QByteArray before = contentDigest(*db);
    DemoOptions o;
    o.leads = 100;
    o.endDate = kEnd;
    auto again = DemoGenerator(*db).generate(o);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(contentDigest(*db) == before);
}

namespace {

/// Every row of a table as text, in id order.
QStringList rowsOf(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

}  // namespace

TEST_CASE("The demo written in memory equals the demo written through the services, row for row",
          "[demo][ledger]") {
    struct Case {
        quint64 seed;
        int batchLeads;
        QTime until;  ///< the last day stops here (Moscow time); invalid: at its end
    };
    const Case c = GENERATE(Case{3, 500, QTime()}, Case{11, 7, QTime(15, 20)});
    QTemporaryDir dir;
    std::unique_ptr<Database> made[2];
    for (const DemoWriting writing : {DemoWriting::InMemory, DemoWriting::ThroughServices}) {
        const int i = writing == DemoWriting::InMemory ? 0 : 1;
        made[i] =
            require(Database::open(dir.filePath(QStringLiteral("w%1.sqlite").arg(i)), OpenMode::CreateNew));
        DemoOptions o;
        o.leads = 2500;
        o.seed = c.seed;
        o.endDate = kEnd;
        o.batchLeads = c.batchLeads;
        o.writing = writing;
        if (c.until.isValid()) {
            o.until = QDateTime(kEnd, c.until, QTimeZone(QByteArray("Europe/Moscow"))).toSecsSinceEpoch();
        }
        require(DemoGenerator(*made[i]).generate(o));
    }
    INFO("seed " << c.seed);
    for (const char* table : {"contacts", "leads", "lead_touches", "call_attempts", "meetings", "deals",
                              "payments", "tasks", "audit_log", "ad_spend", "site_visitors", "settings"}) {
        const QStringList fast = rowsOf(*made[0], QString::fromLatin1(table));
        const QStringList services = rowsOf(*made[1], QString::fromLatin1(table));
        INFO(table << ": " << fast.size() << " rows in memory, " << services.size()
                   << " through the services");
        CHECK(fast.size() == services.size());
        for (qsizetype r = 0; r < std::min(fast.size(), services.size()); ++r) {
            if (fast[r] != services[r]) {
                FAIL_CHECK("first difference:\n  in memory: " << fast[r].toStdString() << "\n  services:  "
                                                              << services[r].toStdString());
                break;
            }
        }
    }
    // Something of every kind was made, so the comparison covers every rule the ledger keeps.
    for (const char* sql :
         {"SELECT count(*) FROM lead_touches", "SELECT count(*) FROM meetings WHERE status = 'no_show'",
          "SELECT count(*) FROM meetings WHERE status = 'rescheduled'",
          "SELECT count(*) FROM meetings WHERE status = 'cancelled'",
          "SELECT count(*) FROM tasks WHERE status = 'done'",
          "SELECT count(*) FROM tasks WHERE note = 'retry'", "SELECT count(*) FROM payments",
          "SELECT count(*) FROM leads WHERE status = 'follow_up'"}) {
        INFO(sql);
        CHECK(scalar(*made[0], QString::fromLatin1(sql)) > 0);
    }
    CHECK(contentDigest(*made[0]) == contentDigest(*made[1]));
    CHECK(MilestoneVerifier(*made[0]).verify().empty());
    // The search finds the contacts written in batches as it finds those written one by one.
    CHECK(scalar(*made[0],
                 QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'иванов*'")) ==
          scalar(*made[1],
                 QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'иванов*'")));
}
