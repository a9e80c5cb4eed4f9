#include "test_support.h"

#include "domain/slot_grid.h"
#include "services/catalog_service.h"
#include "services/company_settings.h"
#include "services/data_export.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/sign_in.h"
#include "services/staff_service.h"
#include "storage/catalog_repository.h"
#include "storage/content_digest.h"

#include <QSqlQuery>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

/// A World with an administrator signed in.
struct Admin {
    World w;
    Id admin = 0;

    Admin() {
        admin = require(CatalogService(*w.db, w.clock)
                            .addEmployee({0, QStringLiteral("Админ"), Role::Admin, std::nullopt, true}));
        w.db->setActor(
            Actor{admin, Role::Admin, std::nullopt, QStringLiteral("Админ"), QStringLiteral("admin")});
    }

    /// A lead booked by operator A (a tool acting for them), the administrator still signed in.
    Id booked(const QString& name, const QString& phone, qint64 slot) {
        const std::optional<Actor> signedIn = w.db->actor();
        w.db->setActor(std::nullopt);
        const Id lead = w.bookedLead(name, phone, slot);
        w.db->setActor(signedIn);
        return lead;
    }

    Office office(Id id) { return *CatalogRepository(*w.db).office(id); }

    /// The last audit line: action, before, after, who.
    QStringList lastAudit() {
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT action, entity, before_values, after_values, employee_id FROM audit_log "
                           "ORDER BY id DESC LIMIT 1")));
        REQUIRE(q.next());
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString()};
    }

    QString text(const QString& sql) {
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QString();
    }
};

}  // namespace

TEST_CASE("Each office field is checked where it is typed, and a refusal changes nothing", "[settings]") {
    Admin a;
    CompanySettings settings(*a.w.db, a.w.clock);
    const QByteArray before = contentDigest(*a.w.db);
    struct Case {
        const char* field;
        std::function<void(Office&)> spoil;
    };
    const std::vector<Case> cases = {
        {"working_hours", [](Office& o) { o.workEndMin = o.workStartMin - 60; }},
        {"slot_minutes", [](Office& o) { o.slotMinutes = 0; }},
        {"seats_per_slot", [](Office& o) { o.seatsPerSlot = 0; }},
        {"time_zone", [](Office& o) { o.timeZone = QStringLiteral("Europe/Atlantis"); }},
        {"name", [](Office& o) { o.name = QStringLiteral("  екатеринбург "); }},
        {"name", [](Office& o) { o.name = QStringLiteral("   "); }},
        {"work_days", [](Office& o) { o.workDays = 0; }},
    };
    for (const Case& c : cases) {
        Office o = a.office(a.w.moscow);
        c.spoil(o);
        const Status s = settings.updateOffice(o);
        INFO(c.field);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QLatin1String(c.field));
        CHECK_FALSE(s.error().message().isEmpty());
    }
    CHECK(contentDigest(*a.w.db) == before);
}

TEST_CASE("Renaming an office keeps its history and the audit keeps the values before and after",
          "[settings]") {
    Admin a;
    const Id lead = a.booked(QStringLiteral("Клиент"), QStringLiteral("+79120000401"), msk(2026, 3, 3, 11));
    Office o = a.office(a.w.moscow);
    o.name = QStringLiteral("Москва, Тверская");
    o.seatsPerSlot = 3;
    REQUIRE(CompanySettings(*a.w.db, a.w.clock).updateOffice(o).ok());
    CHECK(a.office(a.w.moscow).name == QStringLiteral("Москва, Тверская"));
    CHECK(a.text(QStringLiteral("SELECT office_id FROM meetings WHERE lead_id = %1").arg(lead)) ==
          QString::number(a.w.moscow));
    const QStringList audit = a.lastAudit();
    CHECK(audit[0] == QStringLiteral("update"));
    CHECK(audit[1] == QStringLiteral("office"));
    CHECK(audit[2] == QStringLiteral("name=Москва; seats_per_slot=2"));
    CHECK(audit[3] == QStringLiteral("name=Москва, Тверская; seats_per_slot=3"));
    CHECK(audit[4] == QString::number(a.admin));
}

TEST_CASE("A closed day takes no bookings, and a day with meetings cannot be closed", "[settings]") {
    Admin a;
    CompanySettings settings(*a.w.db, a.w.clock);
    const QDate holiday(2026, 3, 9);  // a Monday
    REQUIRE(settings.setClosedDay(a.w.moscow, holiday, DayState::Closed).ok());
    CHECK(a.office(a.w.moscow).closedDays == std::vector<QDate>{holiday});
    CHECK_FALSE(isWorkingDay(a.office(a.w.moscow), holiday));

    const SlotGrid grid = require(MeetingService(*a.w.db, a.w.clock).slotGrid(a.w.moscow, holiday, 1));
    CHECK(grid.cell(0, 0).state == SlotCell::State::Closed);

    a.w.db->setActor(std::nullopt);  // the booking is the operator's, made by a tool
    NewLead in;
    in.name = QStringLiteral("Клиент Праздник");
    in.phone = QStringLiteral("+79120000402");
    in.operatorId = a.w.operatorA;
    in.channelId = a.w.channel;
    const Id lead = require(LeadService(*a.w.db, a.w.clock).createLead(in)).leadId;
    const Result<Id> refused =
        MeetingService(*a.w.db, a.w.clock)
            .book(lead, {a.w.moscow, msk(2026, 3, 9, 11), std::nullopt}, a.w.operatorA);
    CHECK_FALSE(refused.ok());

    a.booked(QStringLiteral("Клиент Вторник"), QStringLiteral("+79120000403"), msk(2026, 3, 10, 11));
    a.w.db->setActor(Actor{a.admin, Role::Admin, std::nullopt, {}, {}});
    const Status busy = settings.setClosedDay(a.w.moscow, QDate(2026, 3, 10), DayState::Closed);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message().contains(QStringLiteral("2026-03-10")));
    CHECK(a.office(a.w.moscow).closedDays.size() == 1);

    REQUIRE(settings.setClosedDay(a.w.moscow, holiday, DayState::Open).ok());
    CHECK(a.office(a.w.moscow).closedDays.empty());
    CHECK(a.lastAudit()[0] == QStringLiteral("open_day"));
}

TEST_CASE("A longer slot or fewer seats keep the meetings already booked on the grid", "[settings]") {
    Admin a;
    a.booked(QStringLiteral("Клиент Один"), QStringLiteral("+79120000404"), msk(2026, 3, 3, 10));
    a.booked(QStringLiteral("Клиент Два"), QStringLiteral("+79120000405"), msk(2026, 3, 3, 10));
    Office o = a.office(a.w.moscow);
    o.slotMinutes = 90;
    o.seatsPerSlot = 1;
    REQUIRE(CompanySettings(*a.w.db, a.w.clock).updateOffice(o).ok());
    const SlotGrid grid =
        require(MeetingService(*a.w.db, a.w.clock).slotGrid(a.w.moscow, QDate(2026, 3, 3), 1));
    // 09:00–10:30 holds both meetings at 10:00: the slot shows them and is full.
    CHECK(grid.cell(0, 0).taken == 2);
    CHECK(grid.cell(0, 0).state == SlotCell::State::Full);
    CHECK(a.w.count("meetings") == 2);
}

TEST_CASE("An office with meetings to come is not closed for good", "[settings]") {
    Admin a;
    a.booked(QStringLiteral("Клиент"), QStringLiteral("+79120000406"), msk(2026, 3, 3, 11));
    Office o = a.office(a.w.moscow);
    o.active = false;
    const Status s = CompanySettings(*a.w.db, a.w.clock).updateOffice(o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("active"));
    CHECK(a.office(a.w.moscow).active);
    Office ekb = a.office(a.w.ekb);
    ekb.active = false;
    REQUIRE(CompanySettings(*a.w.db, a.w.clock).updateOffice(ekb).ok());
    CHECK_FALSE(a.office(a.w.ekb).active);
}

TEST_CASE("A new person signs in with the login the administrator gave, and a taken login writes nothing",
          "[settings][staff]") {
    Admin a;
    StaffService staff(*a.w.db, a.w.clock);
    const Id anna =
        require(staff.addPerson({0, QStringLiteral("Анна Оператор"), Role::Operator, std::nullopt, true},
                                QStringLiteral("anna"), QStringLiteral("секретный-пароль")));
    const qint64 people = a.w.count("employees");
    const Result<Id> again =
        staff.addPerson({0, QStringLiteral("Другая Анна"), Role::Operator, std::nullopt, true},
                        QStringLiteral("anna"), QStringLiteral("другой-пароль"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("login"));
    CHECK(again.error().message().contains(QStringLiteral("Анна Оператор")));
    CHECK(a.w.count("employees") == people);
    const Result<Id> shortPassword =
        staff.addPerson({0, QStringLiteral("Борис"), Role::Operator, std::nullopt, true},
                        QStringLiteral("boris"), QStringLiteral("123"));
    CHECK_FALSE(shortPassword.ok());
    CHECK(a.w.count("employees") == people);

    const Actor signedIn = require(fd::test::signInLikeTheApp(*a.w.db, QStringLiteral("anna"),
                                                              QStringLiteral("секретный-пароль"), a.w.clock));
    CHECK(signedIn.employeeId == anna);
    CHECK(signedIn.role == Role::Operator);
}

TEST_CASE("An operator who leaves hands open leads and callbacks to a colleague and can no longer sign in",
          "[settings][staff]") {
    Admin a;
    StaffService staff(*a.w.db, a.w.clock);
    const Id leaving =
        require(staff.addPerson({0, QStringLiteral("Уходящий"), Role::Operator, std::nullopt, true},
                                QStringLiteral("leaving"), QStringLiteral("пароль-уходящего")));
    a.w.db->setActor(std::nullopt);
    NewLead in;
    in.name = QStringLiteral("Клиент Перезвон");
    in.phone = QStringLiteral("+79120000407");
    in.operatorId = leaving;
    in.channelId = a.w.channel;
    const Id lead = require(LeadService(*a.w.db, a.w.clock).createLead(in)).leadId;
    CallInput call;
    call.leadId = lead;
    call.operatorId = leaving;
    call.outcome = CallOutcome::Callback;
    call.callbackAt = a.w.now + 3600;
    require(LeadService(*a.w.db, a.w.clock).logCall(call));
    a.w.db->setActor(Actor{a.admin, Role::Admin, std::nullopt, {}, {}});

    const OpenWork work = require(staff.openWork(leaving));
    CHECK(work.leads == 1);
    CHECK(work.callbacks == 1);

    const Status wrongHeir = staff.deactivate(leaving, a.w.managerMoscow);
    REQUIRE_FALSE(wrongHeir.ok());
    CHECK(wrongHeir.error().field == QStringLiteral("hand_to"));

    REQUIRE(staff.deactivate(leaving, a.w.operatorB).ok());
    CHECK(a.text(QStringLiteral("SELECT operator_id FROM leads WHERE id = %1").arg(lead)) ==
          QString::number(a.w.operatorB));
    CHECK(a.text(QStringLiteral("SELECT assignee_id FROM tasks WHERE lead_id = %1 AND status = 'open'")
                     .arg(lead)) == QString::number(a.w.operatorB));
    CHECK(require(staff.openWork(leaving)).empty());
    CHECK(a.lastAudit()[0] == QStringLiteral("deactivate"));
    CHECK(a.lastAudit()[3].contains(QStringLiteral("handed_to=%1").arg(a.w.operatorB)));
    // History keeps the name: the call stays theirs.
    CHECK(a.text(QStringLiteral("SELECT operator_id FROM call_attempts WHERE lead_id = %1").arg(lead)) ==
          QString::number(leaving));

    const Result<Actor> gone = fd::test::signInLikeTheApp(*a.w.db, QStringLiteral("leaving"),
                                                          QStringLiteral("пароль-уходящего"), a.w.clock);
    CHECK_FALSE(gone.ok());
}

TEST_CASE("A manager who leaves hands the meetings to come to a colleague", "[settings][staff]") {
    Admin a;
    CatalogService catalog(*a.w.db, a.w.clock);
    const Id second = require(
        catalog.addEmployee({0, QStringLiteral("Второй Менеджер"), Role::OfficeManager, a.w.moscow, true}));
    const Id lead = a.booked(QStringLiteral("Клиент"), QStringLiteral("+79120000408"), msk(2026, 3, 3, 11));
    QSqlQuery q(a.w.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE meetings SET manager_id = %1 WHERE lead_id = %2")
                       .arg(a.w.managerMoscow)
                       .arg(lead)));
    StaffService staff(*a.w.db, a.w.clock);
    CHECK(require(staff.openWork(a.w.managerMoscow)).meetings == 1);
    REQUIRE(staff.deactivate(a.w.managerMoscow, second).ok());
    CHECK(a.text(QStringLiteral("SELECT manager_id FROM meetings WHERE lead_id = %1").arg(lead)) ==
          QString::number(second));
}

TEST_CASE("The only administrator stays one, nobody deactivates themselves, and a head may only read",
          "[settings][staff]") {
    Admin a;
    StaffService staff(*a.w.db, a.w.clock);
    Employee me = *CatalogRepository(*a.w.db).employee(a.admin);
    me.role = Role::Head;
    const Status demoted = staff.updatePerson(me);
    REQUIRE_FALSE(demoted.ok());
    CHECK(demoted.error().field == QStringLiteral("role"));
    CHECK_FALSE(staff.deactivate(a.admin, std::nullopt).ok());

    const Id head =
        require(CatalogService(*a.w.db, a.w.clock)
                    .addEmployee({0, QStringLiteral("Руководитель"), Role::Head, std::nullopt, true}));
    a.w.db->setActor(Actor{head, Role::Head, std::nullopt, {}, {}});
    const QByteArray before = contentDigest(*a.w.db);
    CHECK(require(staff.staff()).size() == 6);
    Employee renamed = *CatalogRepository(*a.w.db).employee(a.w.operatorA);
    renamed.name = QStringLiteral("Новое Имя");
    const Status refused = staff.updatePerson(renamed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK_FALSE(
        CompanySettings(*a.w.db, a.w.clock).addReason(ReasonGate::Office, QStringLiteral("Дорого")).ok());
    CHECK(contentDigest(*a.w.db) == before);
}

TEST_CASE("Reasons of both gates are added, renamed, retired and put in order", "[settings]") {
    Admin a;
    CompanySettings settings(*a.w.db, a.w.clock);
    auto namesAt = [&](ReasonGate gate) {
        QStringList names;
        for (const Reason& r : CatalogRepository(*a.w.db).reasons()) {
            if (r.gate == gate && r.active) {
                names << r.name;
            }
        }
        return names;
    };
    const QStringList office = namesAt(ReasonGate::Office);
    REQUIRE(office.size() >= 2);
    const Id added =
        require(settings.addReason(ReasonGate::Office, QStringLiteral("Переехал в другой город")));
    CHECK(namesAt(ReasonGate::Office).last() == QStringLiteral("Переехал в другой город"));
    CHECK_FALSE(settings.addReason(ReasonGate::Office, QStringLiteral("переехал в другой город")).ok());

    REQUIRE(settings.moveReason(added, CompanySettings::Move::Up).ok());
    QStringList moved = namesAt(ReasonGate::Office);
    CHECK(moved[moved.size() - 2] == QStringLiteral("Переехал в другой город"));
    CHECK(moved.last() == office.last());
    CHECK(namesAt(ReasonGate::CallCenter).size() > 0);

    Reason r = *CatalogRepository(*a.w.db).reason(added);
    r.name = QStringLiteral("Переезд");
    r.active = false;
    REQUIRE(settings.updateReason(r).ok());
    CHECK_FALSE(namesAt(ReasonGate::Office).contains(QStringLiteral("Переезд")));
    CHECK(CatalogRepository(*a.w.db).reason(added)->name == QStringLiteral("Переезд"));
    CHECK(a.lastAudit()[3] == QStringLiteral("name=Переезд; active=no"));
}

TEST_CASE("Channels and campaigns are renamed with their UTM tags, never to a name taken", "[settings]") {
    Admin a;
    CompanySettings settings(*a.w.db, a.w.clock);
    Channel c = *CatalogRepository(*a.w.db).channel(a.w.otherChannel);
    c.name = QStringLiteral("Яндекс Директ");
    CHECK(settings.updateChannel(c).error().field == QStringLiteral("channel"));
    c.name = QStringLiteral("VK Ads");
    REQUIRE(settings.updateChannel(c).ok());
    Campaign k = *CatalogRepository(*a.w.db).campaign(a.w.campaign);
    k.utmCampaign = QStringLiteral("poisk-2026");
    k.active = false;
    REQUIRE(settings.updateCampaign(k).ok());
    const Campaign stored = *CatalogRepository(*a.w.db).campaign(a.w.campaign);
    CHECK(stored.utmCampaign == QStringLiteral("poisk-2026"));
    CHECK_FALSE(stored.active);
    CHECK(a.lastAudit()[2] == QStringLiteral("utm_campaign=poisk; active=yes"));
}

namespace {

/// Keeps the rows an export writes.
struct Collected final : TableWriter {
    std::vector<QVariantList> rows;
    void header(const std::vector<TableColumn>&) override {}
    void row(const QVariantList& values) override { rows.push_back(values); }
    Status finish() override { return Ok{}; }
};

}  // namespace

TEST_CASE("The audit trail reads by person and kind of record, for the head and the administrator only",
          "[settings][audit]") {
    Admin a;
    Office o = a.office(a.w.ekb);
    o.address = QStringLiteral("ул. Ленина, 1");
    REQUIRE(CompanySettings(*a.w.db, a.w.clock).updateOffice(o).ok());
    a.booked(QStringLiteral("Клиент"), QStringLiteral("+79120000409"), msk(2026, 3, 3, 11));

    ExportOptions options;
    options.kind = ExportKind::Audit;
    options.manager = QStringLiteral("Админ");
    Collected mine;
    const qint64 written = require(exportTable(*a.w.db, options, mine));
    REQUIRE(written == 1);
    REQUIRE(mine.rows.size() == 1);
    CHECK(mine.rows[0][1].toString() == QStringLiteral("Админ"));
    CHECK(mine.rows[0][3].toString() == QStringLiteral("update"));
    CHECK(mine.rows[0][4].toString() == QStringLiteral("office"));
    CHECK(mine.rows[0][7].toString() == QStringLiteral("address="));
    CHECK(mine.rows[0][8].toString() == QStringLiteral("address=ул. Ленина, 1"));

    options.manager = QStringLiteral("Оператор А");
    options.entity = QStringLiteral("meeting");
    Collected booking;
    REQUIRE(exportTable(*a.w.db, options, booking).ok());
    REQUIRE(booking.rows.size() == 1);
    CHECK(booking.rows[0][3].toString() == QStringLiteral("book"));

    a.w.db->setActor(Actor{a.w.operatorA, Role::Operator, std::nullopt, {}, {}});
    Collected refused;
    const Result<qint64> denied = exportTable(*a.w.db, options, refused);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::Refused);
    CHECK(refused.rows.empty());
}
