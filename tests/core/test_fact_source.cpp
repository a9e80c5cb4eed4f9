#include "test_support.h"

#include "funnel/fact_source.h"
#include "funnel/funnel_engine.h"
#include "funnel/funnel_json.h"
#include "services/demo_generator.h"
#include "services/report_service.h"
#include "storage/database.h"
#include "storage/database_fact_source.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace fd::core;
using namespace fd::test;

namespace {

qint64 moscow(int day, int hour) {
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone("Europe/Moscow")).toSecsSinceEpoch();
}

/// A lead of channel `channel` created on March `day` that reached the given stages one hour apart.
FunnelLeadFact lead(Id id, Id channel, int day, std::initializer_list<Stage> reached) {
    FunnelLeadFact f;
    f.id = id;
    f.channel = channel;
    f.created = moscow(day, 10);
    int hour = 11;
    for (const Stage s : reached) {
        f.set(static_cast<std::size_t>(s), moscow(day, hour++));
    }
    return f;
}

class BrokenSource final : public FactSource {
public:
    Result<std::shared_ptr<const FunnelData>> facts() override {
        return Error::make(ErrorCode::Storage, "The database cannot be read: %1",
                           {QStringLiteral("disk I/O error")});
    }
    Result<std::vector<DailyFigure>> daily(DailyFigureKind, QDate, QDate) override {
        return std::vector<DailyFigure>{};
    }
    Result<QHash<Id, QString>> groupNames(Breakdown) override { return QHash<Id, QString>{}; }
};

}  // namespace

TEST_CASE("The funnel engine counts facts held in memory, with no database", "[funnel][facts]") {
    FunnelData data;
    data.leads.push_back(lead(3, 2, 5, {Stage::Arrived}));  // an arrival implies contact and booking
    data.leads.push_back(lead(
        1, 1, 2, {Stage::Contacted, Stage::Booked, Stage::Arrived, Stage::Target, Stage::Sale, Stage::Paid}));
    data.leads.push_back(lead(2, 1, 3, {Stage::Contacted}));
    data.payments.push_back(FunnelMoneyEvent{1, moscow(2, 17), 1'000'000, 0});
    data.deals.push_back(FunnelMoneyEvent{1, moscow(2, 16), 3'000'000, 0});
    data.eventRange = std::pair{moscow(2, 10), moscow(5, 12)};
    MemoryFactSource source(std::move(data));
    source.spend.push_back(DailyFigure{QDate(2026, 3, 2), 1, std::nullopt, 500'000});
    source.spend.push_back(DailyFigure{QDate(2026, 4, 2), 1, std::nullopt, 999'999});  // outside the period
    source.visitors.push_back(DailyFigure{QDate(2026, 3, 2), 1, std::nullopt, 40});
    source.names[Breakdown::Channel] = {{1, QStringLiteral("Сайт")}, {2, QStringLiteral("Авито")}};

    FunnelSpec spec;
    spec.from = QDate(2026, 3, 1);
    spec.to = QDate(2026, 4, 1);
    spec.by = Breakdown::Channel;
    const FunnelReport r = require(FunnelEngine(source, QStringLiteral("Europe/Moscow")).run(spec));
    CHECK(r.timeZone == QStringLiteral("Europe/Moscow"));
    CHECK(r.dataFirst == QDate(2026, 3, 2));
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].label == QStringLiteral("Авито"));  // by name
    CHECK(r.groups[0].stages == std::array<qint64, 7>{1, 1, 1, 1, 0, 0, 0});
    const FunnelGroup& site = r.groups[1];
    CHECK(site.label == QStringLiteral("Сайт"));
    CHECK(site.stages == std::array<qint64, 7>{2, 2, 1, 1, 1, 1, 1});
    CHECK(site.money.revenue == 1'000'000);
    CHECK(site.money.contracted == 3'000'000);
    CHECK(site.money.spend == 500'000);
    CHECK(site.money.cpl == 250'000.0);
    CHECK(site.money.visitors == 40);
    CHECK(r.total.stages[0] == 3);
    CHECK(r.total.money.spend == 500'000);

    const std::vector<Id> arrived = require(FunnelEngine(source, QStringLiteral("Europe/Moscow"))
                                                .leadsIn(spec, {QStringLiteral("all"), Stage::Arrived}));
    CHECK(arrived == std::vector<Id>{1, 3});
}

TEST_CASE("A fact source's failure is the report's error, not a crash", "[funnel][facts]") {
    BrokenSource source;
    FunnelSpec spec;
    spec.from = QDate(2026, 3, 1);
    spec.to = QDate(2026, 4, 1);
    const Result<FunnelReport> r = FunnelEngine(source, QStringLiteral("Europe/Moscow")).run(spec);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Storage);
    CHECK(r.error().message().contains(QStringLiteral("disk I/O error")));
}

TEST_CASE("The same facts copied into memory give the database's report, figure for figure",
          "[funnel][facts]") {
    QTemporaryDir dir;
    DemoOptions o;
    o.leads = 800;
    o.endDate = QDate(2026, 6, 30);
    auto db = fd::test::demoDatabase(dir, o);
    DatabaseFactSource stored(*db);
    MemoryFactSource copy(*require(stored.facts()));
    for (const Breakdown by :
         {Breakdown::Channel, Breakdown::Campaign, Breakdown::Operator, Breakdown::Week}) {
        copy.names[by] = require(stored.groupNames(by));
    }
    copy.spend = require(stored.daily(DailyFigureKind::Spend, QDate(2000, 1, 1), QDate(2100, 1, 1)));
    copy.visitors = require(stored.daily(DailyFigureKind::Visitors, QDate(2000, 1, 1), QDate(2100, 1, 1)));
    for (const Breakdown by :
         {Breakdown::Channel, Breakdown::Campaign, Breakdown::Operator, Breakdown::Week}) {
        for (const FunnelMode mode : {FunnelMode::Cohort, FunnelMode::Period}) {
            FunnelSpec spec;
            spec.from = QDate(2026, 4, 1);
            spec.to = QDate(2026, 6, 1);
            spec.mode = mode;
            spec.by = by;
            INFO(breakdownCode(by).toStdString());
            const FunnelReport fromDatabase = require(ReportService(*db).funnel(spec));
            const FunnelReport fromMemory = require(FunnelEngine(copy, fromDatabase.timeZone).run(spec));
            CHECK(fromDatabase.total.stages[0] > 0);
            CHECK(QJsonDocument(funnelReportToJson(fromMemory)).toJson() ==
                  QJsonDocument(funnelReportToJson(fromDatabase)).toJson());
        }
    }
}

TEST_CASE("Several breakdowns counted in one pass give the reports of one run each",
          "[funnel][fact_source]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 2500, 3);
    DatabaseFactSource facts(*db);
    FunnelEngine engine(facts, QStringLiteral("Europe/Moscow"));
    const std::vector<Breakdown> breakdowns{Breakdown::Operator, Breakdown::Manager, Breakdown::Office,
                                            Breakdown::Channel,  Breakdown::None,    Breakdown::Week};
    for (const FunnelMode mode : {FunnelMode::Cohort, FunnelMode::Period}) {
        FunnelSpec spec;
        spec.from = QDate(2026, 5, 1);
        spec.to = QDate(2026, 6, 1);
        spec.mode = mode;
        const std::vector<FunnelReport> together = require(engine.runMany(spec, breakdowns));
        REQUIRE(together.size() == breakdowns.size());
        for (std::size_t i = 0; i < breakdowns.size(); ++i) {
            spec.by = breakdowns[i];
            const FunnelReport alone = require(engine.run(spec));
            INFO(breakdownCode(breakdowns[i]).toStdString());
            CHECK(together[i].spec.by == breakdowns[i]);
            CHECK(together[i].groups == alone.groups);
            CHECK(together[i].total == alone.total);
            CHECK(together[i].maturityDays == alone.maturityDays);
        }
    }
}
