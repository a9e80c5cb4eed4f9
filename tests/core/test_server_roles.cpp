// Roles enforced by the server: people connect with their own logins, and what they read and
// change is decided by the server, for FunnelDesk and for psql alike ([server]).
#include "test_support.h"

#include "domain/access.h"
#include "funnel/funnel_json.h"
#include "services/deal_service.h"
#include "services/lead_history.h"
#include "services/lead_list_reader.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/report_service.h"
#include "services/sign_in.h"
#include "services/staff_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

const QString kPassword = QStringLiteral("Пароль-на-сервере-1");

/// The server database behind a test database's URL.
ServerAddress addressOf(const Database& db) {
    return require(parseServerAddress(db.path()));
}

/// What psql prints for `sql` run with `login`'s password; `failed` tells whether psql refused.
struct PsqlRun {
    QString out;
    QString err;
    bool failed = false;
};

PsqlRun psql(const ServerAddress& a, const QString& login, const QString& password, const QString& sql) {
    QString program = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
    if (!QFileInfo::exists(program)) {
        program = QStandardPaths::findExecutable(QStringLiteral("psql"));
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("5"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), a.host, QStringLiteral("-p"),
                      QString::number(a.port), QStringLiteral("-U"), login, QStringLiteral("-d"), a.database,
                      QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(30000));
    return {QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed(), p.exitCode() != 0};
}

qint64 ownerCount(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString giveLogin(Database& owner, Id employee, const char* who) {
    return fd::test::giveLogin(owner, employee, who, kPassword);
}

/// A connection made with the person's own login and password, signed in.
std::unique_ptr<Database> connectAs(const Database& owner, const QString& login,
                                    const QString& password = kPassword) {
    ServerAddress a = addressOf(owner);
    a.login = login;
    rememberServerPassword(a, password);
    auto db = require(Database::open(a.url(), OpenMode::Existing));
    require(SignIn(*db).signIn(login, password));
    return db;
}

Id firstOf(Database& db, const QString& sql) {
    return ownerCount(db, sql);
}

}  // namespace

TEST_CASE(
    "Each kind of person reads through psql with their own login only what the permission matrix gives them",
    "[server][roles]") {
    REQUIRE(fd::test::testOnServer());
    QTemporaryDir dir;
    auto owner = fd::test::demoDatabase(dir, 1500, 3);
    const ServerAddress a = addressOf(*owner);
    const Id op =
        firstOf(*owner, QStringLiteral("SELECT operator_id FROM leads WHERE operator_id IS NOT NULL "
                                       "GROUP BY operator_id ORDER BY count(*) DESC LIMIT 1"));
    const Id manager =
        firstOf(*owner, QStringLiteral("SELECT min(id) FROM employees WHERE role = 'office_manager'"));
    const Id office =
        firstOf(*owner, QStringLiteral("SELECT office_id FROM employees WHERE id = %1").arg(manager));
    const Id marketer =
        firstOf(*owner, QStringLiteral("SELECT min(id) FROM employees WHERE role = 'marketer'"));
    const Id head = firstOf(*owner, QStringLiteral("SELECT min(id) FROM employees WHERE role = 'head'"));
    const QString opLogin = giveLogin(*owner, op, "operator");
    const QString managerLogin = giveLogin(*owner, manager, "manager");
    const QString marketerLogin = giveLogin(*owner, marketer, "marketer");
    const QString headLogin = giveLogin(*owner, head, "head");

    const qint64 allLeads = ownerCount(*owner, QStringLiteral("SELECT count(*) FROM leads"));
    const qint64 allPayments = ownerCount(*owner, QStringLiteral("SELECT count(*) FROM payments"));
    REQUIRE(allPayments > 0);
    auto count = [&](const QString& login, const QString& sql) {
        const PsqlRun r = psql(a, login, kPassword, sql);
        INFO(login.toStdString() << ": " << sql.toStdString() << " -> " << r.err.toStdString());
        REQUIRE_FALSE(r.failed);
        return r.out.toLongLong();
    };
    auto refused = [&](const QString& login, const QString& sql) {
        const PsqlRun r = psql(a, login, kPassword, sql);
        INFO(login.toStdString() << ": " << sql.toStdString() << " -> " << r.out.toStdString());
        CHECK(r.failed);
        return r.err;
    };

    SECTION("an operator: the leads nobody works and their own, and no money") {
        const qint64 own = ownerCount(
            *owner, QStringLiteral("SELECT count(*) FROM leads WHERE operator_id IS NULL OR operator_id = %1")
                        .arg(op));
        CHECK(own < allLeads);
        CHECK(count(opLogin, QStringLiteral("SELECT count(*) FROM leads")) == own);
        CHECK(count(opLogin, QStringLiteral("SELECT count(*) FROM leads WHERE operator_id <> %1").arg(op)) ==
              0);
        CHECK(count(opLogin, QStringLiteral("SELECT count(*) FROM contacts")) ==
              ownerCount(*owner,
                         QStringLiteral("SELECT count(DISTINCT contact_id) FROM leads WHERE operator_id IS "
                                        "NULL OR operator_id = %1")
                             .arg(op)));
        CHECK(count(opLogin, QStringLiteral("SELECT count(*) FROM payments")) == 0);
        CHECK(count(opLogin, QStringLiteral("SELECT count(*) FROM deals")) == 0);
        CHECK(refused(opLogin, QStringLiteral("SELECT sum(revenue) FROM leads"))
                  .contains(QLatin1String("permission denied")));
        CHECK(refused(opLogin, QStringLiteral("UPDATE offices SET name = 'x'"))
                  .contains(QLatin1String("permission denied")));
        // Taking someone else's lead is refused by the server.
        const Id other =
            firstOf(*owner, QStringLiteral("SELECT min(id) FROM leads WHERE operator_id <> %1").arg(op));
        CHECK(count(opLogin,
                    QStringLiteral("WITH u AS (UPDATE leads SET operator_id = %1 WHERE id = %2 RETURNING 1) "
                                   "SELECT count(*) FROM u")
                        .arg(op)
                        .arg(other)) == 0);
    }
    SECTION("an office manager: their office's leads and money") {
        const qint64 theirs =
            ownerCount(*owner, QStringLiteral("SELECT count(*) FROM leads WHERE office_id = %1").arg(office));
        CHECK(theirs > 0);
        CHECK(theirs < allLeads);
        CHECK(count(managerLogin, QStringLiteral("SELECT count(*) FROM leads")) == theirs);
        const qint64 payments =
            ownerCount(*owner, QStringLiteral("SELECT count(*) FROM payments p JOIN deals d ON "
                                              "d.id = p.deal_id JOIN leads l ON l.id = d.lead_id "
                                              "WHERE l.office_id = %1")
                                   .arg(office));
        CHECK(payments > 0);
        CHECK(count(managerLogin, QStringLiteral("SELECT count(*) FROM payments")) == payments);
        CHECK(count(managerLogin,
                    QStringLiteral("SELECT count(*) FROM meetings WHERE office_id <> %1").arg(office)) == 0);
        CHECK(refused(managerLogin, QStringLiteral("INSERT INTO channels(name) VALUES ('Свой')"))
                  .contains(QLatin1String("permission denied")));
    }
    SECTION("a marketer: every lead and its money, phone numbers only masked") {
        CHECK(count(marketerLogin, QStringLiteral("SELECT count(*) FROM leads")) == allLeads);
        CHECK(count(marketerLogin, QStringLiteral("SELECT count(*) FROM payments")) == allPayments);
        CHECK(refused(marketerLogin, QStringLiteral("SELECT phone_e164 FROM contacts LIMIT 1"))
                  .contains(QLatin1String("permission denied")));
        CHECK(refused(marketerLogin, QStringLiteral("SELECT search_key FROM contacts LIMIT 1"))
                  .contains(QLatin1String("permission denied")));
        QSqlQuery q(owner->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT id, phone_e164 FROM contacts WHERE phone_e164 IS NOT NULL LIMIT 1")));
        REQUIRE(q.next());
        const PsqlRun masked =
            psql(a, marketerLogin, kPassword,
                 QStringLiteral("SELECT phone_e164 FROM contact_phones_masked WHERE id = %1")
                     .arg(q.value(0).toLongLong()));
        REQUIRE_FALSE(masked.failed);
        CHECK(masked.out == maskedPhone(q.value(1).toString()));
        CHECK(masked.out.count(QLatin1Char('*')) >= 9);
    }
    SECTION("the head: everything, changing no settings") {
        CHECK(count(headLogin, QStringLiteral("SELECT count(*) FROM leads")) == allLeads);
        CHECK(count(headLogin, QStringLiteral("SELECT count(*) FROM payments")) == allPayments);
        CHECK(refused(headLogin,
                      QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'max_call_attempts'"))
                  .contains(QLatin1String("permission denied")));
    }
    SECTION("the audit trail cannot be changed or deleted by anyone, the owner included") {
        const qint64 entries = ownerCount(*owner, QStringLiteral("SELECT count(*) FROM audit_log"));
        for (const QString& login : {opLogin, managerLogin, marketerLogin, headLogin}) {
            refused(login, QStringLiteral("UPDATE audit_log SET details = 'x'"));
            refused(login, QStringLiteral("DELETE FROM audit_log"));
        }
        QSqlQuery q(owner->connection());
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        CHECK(q.lastError().text().contains(QLatin1String("cannot be changed")));
        CHECK(ownerCount(*owner, QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    }
    SECTION("a person deactivated can no longer connect, and a login of the server's own is refused") {
        REQUIRE(StaffService(*owner).deactivate(marketer, std::nullopt).ok());
        const PsqlRun r = psql(a, marketerLogin, kPassword, QStringLiteral("SELECT 1"));
        CHECK(r.failed);
        CHECK(r.err.contains(QLatin1String("not permitted to log in")));
        const Status taken = SignIn(*owner).setCredentials(head, a.login, kPassword);
        REQUIRE_FALSE(taken.ok());
        INFO(taken.error().message().toStdString() << " / " << taken.error().detail.toStdString());
        CHECK(taken.error().code == ErrorCode::InvalidInput);
        CHECK(taken.error().message().contains(QLatin1String("for something else")));
    }
}

TEST_CASE(
    "On a server each person works with their own login: the call center, the office and marketing each "
    "see their part",
    "[server][roles]") {
    REQUIRE(fd::test::testOnServer());
    fd::test::World w;
    w.now = msk(2026, 3, 2, 10);
    Database& owner = *w.db;
    const QString opLogin = giveLogin(owner, w.operatorA, "operator");
    const QString managerLogin = giveLogin(owner, w.managerMoscow, "manager");
    const QString marketerLogin = fd::test::uniqueLogin("marketer");
    const Id marketer = require(StaffService(owner).addPerson(
        {0, QStringLiteral("Маркетолог"), Role::Marketer, std::nullopt, true}, marketerLogin, kPassword));
    const Id ownLead =
        w.bookedLead(QStringLiteral("Анна Своя"), QStringLiteral("+7 916 111-22-33"), msk(2026, 3, 3, 10));
    const Id otherLead =
        w.bookedLead(QStringLiteral("Борис Чужой"), QStringLiteral("+7 916 444-55-66"), msk(2026, 3, 3, 11));
    QSqlQuery move(owner.connection());
    REQUIRE(move.exec(
        QStringLiteral("UPDATE leads SET operator_id = %1 WHERE id = %2").arg(w.operatorB).arg(otherLead)));

    // The operator's list holds their lead and not the other operator's; a card of that one is refused.
    auto op = connectAs(owner, opLogin);
    const auto page = require(LeadListReader(*op).firstPage(LeadFilter{}, LeadSort{}, 100));
    CHECK(page.count == 1);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].id == ownLead);
    CHECK_FALSE(loadLeadHistory(*op, otherLead).ok());

    // The manager marks the arrival and records a sale and its payment, all with their own login.
    w.now = msk(2026, 3, 3, 12);
    auto manager = connectAs(owner, managerLogin);
    const Id meeting =
        firstOf(owner, QStringLiteral("SELECT id FROM meetings WHERE lead_id = %1").arg(ownLead));
    MeetingService desk(*manager, w.clock);
    REQUIRE(desk.markArrived(meeting, w.managerMoscow).ok());
    OutcomeInput sale;
    sale.meetingId = meeting;
    sale.dealAmount = Money::fromRubles(90000);
    sale.actorId = w.managerMoscow;
    const Status sold = desk.recordOutcome(sale);
    INFO((sold.ok() ? std::string() : (sold.error().message() + sold.error().detail).toStdString()));
    REQUIRE(sold.ok());
    const Id deal = firstOf(owner, QStringLiteral("SELECT id FROM deals WHERE lead_id = %1").arg(ownLead));
    PaymentInput payment;
    payment.dealId = deal;
    payment.paidAt = w.now;
    payment.amount = Money::fromRubles(30000);
    payment.actorId = w.managerMoscow;
    REQUIRE(DealService(*manager, w.clock).addPayment(payment).ok());

    // A client who walks in is added by the manager: a lead that is theirs once its meeting is.
    NewLead walker;
    walker.name = QStringLiteral("Зашедший Сам");
    walker.phone = QStringLiteral("+7 916 777-88-99");
    walker.createdAt = w.now;
    const Result<Id> walkIn = desk.walkIn(walker, w.moscow, w.managerMoscow);
    INFO((walkIn.ok() ? std::string() : (walkIn.error().message() + walkIn.error().detail).toStdString()));
    REQUIRE(walkIn.ok());

    // The lead row's milestones count the money although the operator's later work cannot read it.
    CHECK(ownerCount(owner, QStringLiteral("SELECT revenue FROM leads WHERE id = %1").arg(ownLead)) ==
          3000000);
    const LeadHistory seenByOperator = require(loadLeadHistory(*op, ownLead));
    CHECK(seenByOperator.deals.empty());
    CHECK(seenByOperator.payments.empty());
    CHECK(seenByOperator.lead.milestones.revenue == 0);
    const LeadHistory seenByManager = require(loadLeadHistory(*manager, ownLead));
    CHECK(seenByManager.payments.size() == 1);
    CHECK(seenByManager.lead.milestones.revenue == 3000000);
    // Every audit entry of this work names the person whose login did it.
    CHECK(ownerCount(
              owner,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'payment' AND employee_id = %1")
                  .arg(w.managerMoscow)) == 1);

    // The marketer's list: every lead, phone numbers masked by the server.
    auto marketing = connectAs(owner, marketerLogin);
    CHECK(marketing->actor()->employeeId == marketer);
    const auto all = require(LeadListReader(*marketing).firstPage(LeadFilter{}, LeadSort{}, 100));
    CHECK(all.count == 3);
    for (const LeadListRow& row : all.rows) {
        CHECK(row.phone.contains(QLatin1Char('*')));
        CHECK_FALSE(row.phone.contains(QLatin1String("111-22")));
    }
    LeadFilter byName;
    byName.text = QStringLiteral("анна");
    CHECK(require(LeadListReader(*marketing).firstPage(byName, LeadSort{}, 100)).count == 1);

    // The operator changes their own password: the server takes it, the old one no longer
    // connects, and the connections the application makes next use the new one.
    const QString fresh = QStringLiteral("Новый-пароль-оператора");
    CHECK_FALSE(SignIn(*op).changeOwnPassword(QStringLiteral("не тот"), fresh).ok());
    REQUIRE(SignIn(*op).changeOwnPassword(kPassword, fresh).ok());
    CHECK(Database::open(op->path(), OpenMode::Existing).ok());
    CHECK_FALSE(op->acceptsServerPassword(kPassword));
    CHECK(op->acceptsServerPassword(fresh));

    // Signing in as someone else over this connection is refused: on a server the login is the connection's.
    CHECK_FALSE(SignIn(*op).signIn(managerLogin, kPassword).ok());
    // A wrong password does not connect.
    ServerAddress wrong = addressOf(owner);
    wrong.login = opLogin;
    rememberServerPassword(wrong, QStringLiteral("не тот пароль"));
    const auto refusedOpen = Database::open(wrong.url(), OpenMode::Existing);
    REQUIRE_FALSE(refusedOpen.ok());
    CHECK(refusedOpen.error().code == ErrorCode::SignIn);
}

TEST_CASE("A login another company's database also lets in stays theirs when this company renames its person",
          "[server][roles]") {
    REQUIRE(fd::test::testOnServer());
    fd::test::World one;
    fd::test::World other;
    const QString shared = fd::test::uniqueLogin("shared");
    REQUIRE(SignIn(*one.db).setCredentials(one.operatorA, shared, kPassword).ok());
    REQUIRE(SignIn(*other.db).setCredentials(other.operatorA, shared, kPassword).ok());
    // The first company gives its person another login: the shared one is not taken from the other.
    const QString renamed = fd::test::uniqueLogin("renamed");
    REQUIRE(SignIn(*one.db).setCredentials(one.operatorA, renamed, kPassword).ok());
    ServerAddress otherAddress = addressOf(*other.db);
    otherAddress.login = shared;
    rememberServerPassword(otherAddress, kPassword);
    CHECK(Database::open(otherAddress.url(), OpenMode::Existing).ok());
    ServerAddress oneAddress = addressOf(*one.db);
    oneAddress.login = renamed;
    rememberServerPassword(oneAddress, kPassword);
    CHECK(Database::open(oneAddress.url(), OpenMode::Existing).ok());
}
