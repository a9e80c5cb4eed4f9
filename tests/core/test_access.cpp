#include "test_support.h"

#include "services/catalog_service.h"
#include "services/company_settings.h"
#include "services/data_export.h"
#include "services/data_import.h"
#include "services/lead_history.h"
#include "services/lead_list_reader.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/report_service.h"
#include "services/sign_in.h"
#include "services/staff_service.h"
#include "storage/catalog_repository.h"
#include "storage/content_digest.h"
#include "storage/staff_repository.h"

#include <QBuffer>
#include <QSqlQuery>

#include <functional>
#include <set>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

/// The small company of World, with a marketer, a head and an administrator, and two leads:
/// one operator A booked into Moscow, one nobody has worked yet.
struct Company {
    World w;
    Id marketer = 0;
    Id head = 0;
    Id admin = 0;
    Id bookedLead = 0;
    Id meeting = 0;
    Id freshLead = 0;

    Company() {
        CatalogService catalog(*w.db, w.clock);
        marketer = require(
            catalog.addEmployee({0, QStringLiteral("Маркетолог"), Role::Marketer, std::nullopt, true}));
        head =
            require(catalog.addEmployee({0, QStringLiteral("Руководитель"), Role::Head, std::nullopt, true}));
        admin = require(catalog.addEmployee({0, QStringLiteral("Админ"), Role::Admin, std::nullopt, true}));
        bookedLead = w.bookedLead(QStringLiteral("Клиент Записанный"), QStringLiteral("+79120000301"),
                                  msk(2026, 3, 3, 11));
        QSqlQuery q(w.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1").arg(bookedLead)));
        REQUIRE(q.next());
        meeting = q.value(0).toLongLong();
        NewLead fresh;
        fresh.name = QStringLiteral("Клиент Новый");
        fresh.phone = QStringLiteral("+79120000302");
        fresh.channelId = w.channel;
        freshLead = require(LeadService(*w.db, w.clock).createLead(fresh)).leadId;
    }

    Actor as(Role role) const {
        switch (role) {
            case Role::Operator:
                return {w.operatorA, role, std::nullopt, QStringLiteral("Оператор А"), {}};
            case Role::OfficeManager:
                return {w.managerMoscow, role, w.moscow, QStringLiteral("Менеджер М"), {}};
            case Role::Marketer:
                return {marketer, role, std::nullopt, {}, {}};
            case Role::Head:
                return {head, role, std::nullopt, {}, {}};
            case Role::Admin:
                return {admin, role, std::nullopt, {}, {}};
        }
        return {};
    }
};

/// Who acts: a role, and for operators and managers whether the record is theirs.
enum class Who { OwnOperator, OtherOperator, OwnManager, OtherOfficeManager, Marketer, Head, Admin };

Actor actorOf(const Company& c, Who who) {
    switch (who) {
        case Who::OwnOperator:
            return c.as(Role::Operator);
        case Who::OtherOperator:
            return {c.w.operatorB, Role::Operator, std::nullopt, QStringLiteral("Оператор Б"), {}};
        case Who::OwnManager:
            return c.as(Role::OfficeManager);
        case Who::OtherOfficeManager:
            return {c.w.managerEkb, Role::OfficeManager, c.w.ekb, QStringLiteral("Менеджер Е"), {}};
        case Who::Marketer:
            return c.as(Role::Marketer);
        case Who::Head:
            return c.as(Role::Head);
        case Who::Admin:
            return c.as(Role::Admin);
    }
    return {};
}

const char* whoName(Who who) {
    static const char* const names[] = {
        "own operator", "other operator", "own office's manager", "other office's manager", "marketer",
        "head",         "admin"};
    return names[static_cast<int>(who)];
}

Status asStatus(const Result<Id>& r) {
    return r ? Status(Ok{}) : Status(r.error());
}

template <class T>
Status asStatus(const Result<T>& r) {
    return r ? Status(Ok{}) : Status(r.error());
}

struct Case {
    const char* action;
    std::function<Status(Company&, const Actor&)> run;
    std::set<Who> allowed;
    const char* refusal;  ///< a part of the message when refused
};

std::vector<Case> cases() {
    using W = Who;
    return {
        {"log a call on operator A's lead",
         [](Company& c, const Actor& a) {
             CallInput in;
             in.leadId = c.bookedLead;
             in.operatorId = a.role == Role::Operator ? a.employeeId : c.w.operatorA;
             in.outcome = CallOutcome::NoAnswer;
             return asStatus(LeadService(*c.w.db, c.w.clock).logCall(in));
         },
         {W::OwnOperator, W::Head},
         "operator"},
        {"log a call on a lead nobody worked",
         [](Company& c, const Actor& a) {
             CallInput in;
             in.leadId = c.freshLead;
             in.operatorId = a.role == Role::Operator ? a.employeeId : c.w.operatorA;
             in.outcome = CallOutcome::Busy;
             return asStatus(LeadService(*c.w.db, c.w.clock).logCall(in));
         },
         {W::OwnOperator, W::OtherOperator, W::Head},
         "call center"},
        {"create a lead from a call",
         [](Company& c, const Actor&) {
             NewLead in;
             in.name = QStringLiteral("Звонивший");
             in.phone = QStringLiteral("+79120000399");
             return asStatus(LeadService(*c.w.db, c.w.clock).createLead(in));
         },
         {W::OwnOperator, W::OtherOperator, W::Head},
         "call center"},
        {"confirm operator A's meeting in Moscow",
         [](Company& c, const Actor& a) {
             return MeetingService(*c.w.db, c.w.clock).confirm(c.meeting, a.employeeId);
         },
         {W::OwnOperator, W::OwnManager, W::Head},
         "only"},
        {"mark the Moscow meeting arrived",
         [](Company& c, const Actor& a) {
             return MeetingService(*c.w.db, c.w.clock).markArrived(c.meeting, a.employeeId);
         },
         {W::OwnManager, W::Head},
         "office"},
        {"a walk-in at the Moscow office",
         [](Company& c, const Actor&) {
             NewLead in;
             in.name = QStringLiteral("Зашедший");
             in.phone = QStringLiteral("+79120000398");
             return asStatus(MeetingService(*c.w.db, c.w.clock).walkIn(in, c.w.moscow, std::nullopt));
         },
         {W::OwnManager, W::Head},
         "office"},
        {"enter a day's spend",
         [](Company& c, const Actor&) {
             return CatalogService(*c.w.db, c.w.clock)
                 .setSpend(QDate(2026, 3, 1), c.w.channel, std::nullopt, Money{100000});
         },
         {W::Marketer},
         "Only marketers"},
        {"add a channel",
         [](Company& c, const Actor&) {
             return asStatus(CatalogService(*c.w.db, c.w.clock).addChannel(QStringLiteral("Радио")));
         },
         {W::Admin},
         "administrator"},
        {"change a company setting",
         [](Company& c, const Actor&) {
             return CatalogService(*c.w.db, c.w.clock)
                 .changeSetting(QStringLiteral("first_call_sla_minutes"), QStringLiteral("20"));
         },
         {W::Admin},
         "administrator"},
        {"give a person a login and password",
         [](Company& c, const Actor&) {
             return SignIn(*c.w.db, c.w.clock)
                 .setCredentials(c.w.operatorB, QStringLiteral("opb"), QStringLiteral("long enough 1"));
         },
         {W::Admin},
         "administrator"},
        {"read the funnel report",
         [](Company& c, const Actor&) {
             FunnelSpec spec;
             spec.from = QDate(2026, 2, 1);
             spec.to = QDate(2026, 4, 1);
             return asStatus(ReportService(*c.w.db).funnel(spec));
         },
         {W::Marketer, W::Head, W::Admin},
         "reports"},
        {"export the leads",
         [](Company& c, const Actor&) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return asStatus(exportCsv(*c.w.db, ExportOptions{}, out));
         },
         {W::Marketer, W::Head, W::Admin},
         "export"},
        {"read operator A's lead card, booked into Moscow",
         [](Company& c, const Actor&) { return asStatus(loadLeadHistory(*c.w.db, c.bookedLead)); },
         {W::OwnOperator, W::OwnManager, W::Marketer, W::Head, W::Admin},
         "another"},
        {"change an office's hours",
         [](Company& c, const Actor&) {
             Office o = *CatalogRepository(*c.w.db).office(c.w.ekb);
             o.workEndMin = 19 * 60;
             return CompanySettings(*c.w.db, c.w.clock).updateOffice(o);
         },
         {W::Admin},
         "administrator"},
        {"close a day of an office",
         [](Company& c, const Actor&) {
             return CompanySettings(*c.w.db, c.w.clock)
                 .setClosedDay(c.w.ekb, QDate(2026, 3, 9), DayState::Closed);
         },
         {W::Admin},
         "administrator"},
        {"add a person who signs in",
         [](Company& c, const Actor&) {
             return asStatus(StaffService(*c.w.db, c.w.clock)
                                 .addPerson({0, QStringLiteral("Новый"), Role::Operator, std::nullopt, true},
                                            QStringLiteral("new1"), QStringLiteral("long enough 2")));
         },
         {W::Admin},
         "administrator"},
        {"deactivate operator B",
         [](Company& c, const Actor&) {
             return StaffService(*c.w.db, c.w.clock).deactivate(c.w.operatorB, std::nullopt);
         },
         {W::Admin},
         "administrator"},
        {"add a reason of the office",
         [](Company& c, const Actor&) {
             return asStatus(
                 CompanySettings(*c.w.db, c.w.clock).addReason(ReasonGate::Office, QStringLiteral("Дорого")));
         },
         {W::Admin},
         "administrator"},
        {"read the staff list",
         [](Company& c, const Actor&) { return asStatus(StaffService(*c.w.db, c.w.clock).staff()); },
         {W::Head, W::Admin},
         "settings"},
        {"read the audit trail",
         [](Company& c, const Actor&) {
             ExportOptions o;
             o.kind = ExportKind::Audit;
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return asStatus(exportCsv(*c.w.db, o, out));
         },
         {W::Head, W::Admin},
         "audit"},
        {"import leads from another CRM",
         [](Company& c, const Actor&) {
             QByteArray csv("name;phone;created_at\nИмпортированный;+79120000397;2026-03-01 10:00\n");
             QBuffer in(&csv);
             in.open(QIODevice::ReadOnly);
             return asStatus(DataImport(*c.w.db, c.w.clock).run(in, ImportOptions{}));
         },
         {W::Admin},
         "administrator"},
    };
}

}  // namespace

TEST_CASE("The permission matrix: each role on own, other and other-office records, refusals change nothing",
          "[access]") {
    for (const Case& c : cases()) {
        for (const Who who : {Who::OwnOperator, Who::OtherOperator, Who::OwnManager, Who::OtherOfficeManager,
                              Who::Marketer, Who::Head, Who::Admin}) {
            INFO(c.action << " as " << whoName(who));
            Company company;
            const QByteArray before = contentDigest(*company.w.db);
            const Actor actor = actorOf(company, who);
            company.w.db->setActor(actor);
            const Status done = c.run(company, actor);
            company.w.db->setActor(std::nullopt);
            if (c.allowed.count(who) > 0) {
                INFO((done ? QString() : done.error().message()).toStdString());
                CHECK(done.ok());
            } else {
                REQUIRE_FALSE(done.ok());
                CHECK(done.error().code == ErrorCode::Refused);
                CHECK(done.error().message().contains(QString::fromUtf8(c.refusal), Qt::CaseInsensitive));
                CHECK(contentDigest(*company.w.db) == before);
            }
        }
    }
}

TEST_CASE("Nobody signed in is the tool that builds a database: it may do everything", "[access]") {
    Company company;
    CHECK(CatalogService(*company.w.db, company.w.clock).addChannel(QStringLiteral("Радио")).ok());
    CHECK(CatalogService(*company.w.db, company.w.clock)
              .setSpend(QDate(2026, 3, 1), company.w.channel, std::nullopt, Money{100})
              .ok());
}

// On a server the passwords are the server's own (test_server_roles.cpp).
TEST_CASE("Passwords: a hash never the password, wrong ones counted with a growing wait, reset by the admin",
          "[access][sign-in][sqlite]") {
    Company company;
    Database& db = *company.w.db;
    SignIn tool(db, company.w.clock);
    REQUIRE(
        tool.setCredentials(company.w.operatorA, QStringLiteral("anna"), QStringLiteral("first password")));
    const auto stored = StaffRepository(db).byLogin(QStringLiteral("anna"));
    REQUIRE(stored.has_value());
    CHECK(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored->passwordHash.contains(QStringLiteral("first password")));
    CHECK(tool.setCredentials(company.w.operatorB, QStringLiteral("boris"), QStringLiteral("short"))
              .error()
              .field == QStringLiteral("password"));
    CHECK(tool.setCredentials(company.w.operatorB, QStringLiteral("anna"), QStringLiteral("long enough"))
              .error()
              .message()
              .contains(QStringLiteral("taken")));

    // Five wrong passwords are free; the sixth attempt waits, and even the right password waits.
    for (int i = 0; i < SignIn::kFreeAttempts; ++i) {
        const auto wrong = tool.signIn(QStringLiteral("anna"), QStringLiteral("guess %1").arg(i));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message() == QStringLiteral("Wrong login or password."));
    }
    const auto waiting = tool.signIn(QStringLiteral("anna"), QStringLiteral("first password"));
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().message().contains(QStringLiteral("try again in 5 seconds")));
    CHECK(SignIn::waitAfter(6) > SignIn::waitAfter(5));
    CHECK(SignIn::waitAfter(30) == 15 * 60);
    company.w.now += 6;
    const auto in = tool.signIn(QStringLiteral("anna"), QStringLiteral("first password"));
    REQUIRE(in.ok());
    CHECK(in->employeeId == company.w.operatorA);
    CHECK(db.actor().has_value());
    CHECK(StaffRepository(db).byLogin(QStringLiteral("anna"))->failedSignIns == 0);

    // An unknown login answers like a wrong password.
    CHECK(tool.signIn(QStringLiteral("nobody"), QStringLiteral("first password")).error().message() ==
          QStringLiteral("Wrong login or password."));

    // The operator changes their own password; the old one no longer works.
    CHECK_FALSE(tool.changeOwnPassword(QStringLiteral("not it"), QStringLiteral("second password")).ok());
    REQUIRE(tool.changeOwnPassword(QStringLiteral("first password"), QStringLiteral("second password")));
    CHECK_FALSE(tool.signIn(QStringLiteral("anna"), QStringLiteral("first password")).ok());

    // An operator may not reset someone's password; the administrator may.
    db.setActor(company.as(Role::Operator));
    CHECK(tool.setCredentials(company.w.operatorB, QStringLiteral("boris"), QStringLiteral("long enough"))
              .error()
              .code == ErrorCode::Refused);
    db.setActor(company.as(Role::Admin));
    REQUIRE(
        tool.setCredentials(company.w.operatorA, QStringLiteral("anna"), QStringLiteral("third password")));
    db.setActor(std::nullopt);
    CHECK(tool.signIn(QStringLiteral("anna"), QStringLiteral("third password")).ok());
}

TEST_CASE("The audit trail names the person signed in, for whom they acted, and the values before and after",
          "[access][audit]") {
    Company company;
    Database& db = *company.w.db;
    // The head marks the arrival for the Moscow manager: the line names the head, for the manager.
    db.setActor(company.as(Role::Head));
    REQUIRE(MeetingService(db, company.w.clock).markArrived(company.meeting, company.w.managerMoscow));
    QSqlQuery q(db.connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT employee_id, on_behalf_of FROM audit_log WHERE action = 'arrived' AND "
                              "entity_id = %1")
                   .arg(company.meeting)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == company.head);
    CHECK(q.value(1).toLongLong() == company.w.managerMoscow);

    // The administrator changes a setting: before and after are kept.
    db.setActor(company.as(Role::Admin));
    REQUIRE(CatalogService(db, company.w.clock)
                .changeSetting(QStringLiteral("first_call_sla_minutes"), QStringLiteral("20")));
    REQUIRE(
        q.exec(QStringLiteral("SELECT employee_id, before_values, after_values FROM audit_log WHERE action = "
                              "'setting' ORDER BY id DESC")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == company.admin);
    CHECK(q.value(1).toString() == QStringLiteral("first_call_sla_minutes=15"));
    CHECK(q.value(2).toString() == QStringLiteral("first_call_sla_minutes=20"));

    // A password set by the administrator is recorded as set, never as its text.
    REQUIRE(
        SignIn(db, company.w.clock)
            .setCredentials(company.w.operatorB, QStringLiteral("boris"), QStringLiteral("secret password")));
    REQUIRE(q.exec(QStringLiteral("SELECT before_values || after_values || details FROM audit_log")));
    QStringList trail;
    while (q.next()) {
        trail << q.value(0).toString();
    }
    CHECK(trail.join(QLatin1Char('|')).contains(QStringLiteral("login=boris; password set")));
    CHECK_FALSE(trail.join(QLatin1Char('|')).contains(QStringLiteral("secret password")));
}

TEST_CASE("A marketer reads leads with the phone numbers masked but for the last two digits", "[access]") {
    Company company;
    Database& db = *company.w.db;
    db.setActor(company.as(Role::Marketer));
    const auto page = require(LeadListReader(db).firstPage(LeadFilter{}, LeadSort{}, 50));
    REQUIRE_FALSE(page.rows.empty());
    for (const LeadListRow& row : page.rows) {
        INFO(row.phone.toStdString());
        CHECK(row.phone.endsWith(QStringLiteral("01")) != row.phone.endsWith(QStringLiteral("02")));
        CHECK(row.phone.count(QLatin1Char('*')) >= 9);
    }
    const LeadHistory h = require(loadLeadHistory(db, company.bookedLead));
    CHECK(h.contact.phoneE164 == QStringLiteral("+*********01"));
    db.setActor(company.as(Role::Head));
    CHECK(require(loadLeadHistory(db, company.bookedLead)).contact.phoneE164 ==
          QStringLiteral("+79120000301"));
}

TEST_CASE("An operator's lead card shows no contracts and no payments, a manager's does", "[access]") {
    Company company;
    Database& db = *company.w.db;
    REQUIRE(MeetingService(db, company.w.clock).markArrived(company.meeting, company.w.managerMoscow));
    OutcomeInput sale;
    sale.meetingId = company.meeting;
    sale.actorId = company.w.managerMoscow;
    sale.outcome = MeetingOutcome::Sale;
    sale.qualification = Qualification::Target;
    sale.dealAmount = Money{5'000'000};
    REQUIRE(MeetingService(db, company.w.clock).recordOutcome(sale));
    db.setActor(company.as(Role::OfficeManager));
    CHECK(require(loadLeadHistory(db, company.bookedLead)).deals.size() == 1);
    db.setActor(company.as(Role::Operator));
    const LeadHistory h = require(loadLeadHistory(db, company.bookedLead));
    CHECK(h.deals.empty());
    CHECK(h.payments.empty());
    CHECK(h.meetings.size() == 1);
}

TEST_CASE(
    "An operator reads their own leads and nobody's, a manager their office's, and each card names who acted",
    "[access]") {
    Company company;
    Database& db = *company.w.db;
    // A lead of operator B, booked into Yekaterinburg.
    NewLead other;
    other.name = QStringLiteral("Клиент Чужой");
    other.phone = QStringLiteral("+79120000303");
    other.operatorId = company.w.operatorB;
    other.channelId = company.w.channel;
    const Id othersLead = require(LeadService(db, company.w.clock).createLead(other)).leadId;
    CallInput call;
    call.leadId = othersLead;
    call.operatorId = company.w.operatorB;
    call.outcome = CallOutcome::Booked;
    call.booking = BookingRequest{company.w.ekb, msk(2026, 3, 3, 12), std::nullopt};
    require(LeadService(db, company.w.clock).logCall(call));

    auto idsFor = [&](Role role) {
        db.setActor(company.as(role));
        std::set<Id> ids;
        for (const LeadListRow& row :
             require(LeadListReader(db).firstPage(LeadFilter{}, LeadSort{}, 50)).rows) {
            ids.insert(row.id);
        }
        return ids;
    };
    CHECK(idsFor(Role::Operator) == std::set<Id>{company.bookedLead, company.freshLead});
    CHECK(idsFor(Role::OfficeManager) == std::set<Id>{company.bookedLead});
    CHECK(idsFor(Role::Head) == std::set<Id>{company.bookedLead, company.freshLead, othersLead});

    db.setActor(company.as(Role::Operator));
    const Result<LeadHistory> refused = loadLeadHistory(db, othersLead);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);

    // The manager signed in marks the arrival: the card names them, not the meeting's manager field.
    db.setActor(company.as(Role::OfficeManager));
    REQUIRE(MeetingService(db, company.w.clock).markArrived(company.meeting, std::nullopt));
    db.setActor(company.as(Role::Head));
    const LeadHistory h = require(loadLeadHistory(db, company.bookedLead));
    CHECK(h.markedBy.value(company.meeting) == company.w.managerMoscow);
    CHECK(h.employeeNames.value(h.markedBy.value(company.meeting)) == QStringLiteral("Менеджер М"));
}
