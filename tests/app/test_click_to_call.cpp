// Click-to-call: the lead's number is a link and Ctrl+D dials it through the system's tel:
// handler (a softphone), the call attempt then logged from the moment the call started; with
// no handler the number is copied and the operator told so.

#include "app_test_support.h"
#include "operator_desk.h"
#include "test_support.h"

#include "services/lead_history.h"
#include "services/lead_service.h"
#include "views/lead_card.h"
#include "views/leads_workspace.h"
#include "views/operator_workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace fd::core;
using fd::app::OperatorWorkspace;
using fd::test::require;
using fd::test::World;

namespace {

/// Stands for a softphone: the handler of tel: links while it lives.
class Softphone final : public QObject {
    Q_OBJECT

public:
    Softphone() { QDesktopServices::setUrlHandler(QStringLiteral("tel"), this, "dial"); }
    ~Softphone() override { QDesktopServices::unsetUrlHandler(QStringLiteral("tel")); }
    QList<QUrl> calls;

public Q_SLOTS:
    void dial(const QUrl& url) { calls << url; }
};

Id newLead(World& w, const QString& phone) {
    NewLead in;
    in.name = QStringLiteral("Дарья Звонкова");
    in.phone = phone;
    in.createdAt = w.now - 10 * 60;
    return require(LeadService(*w.db, w.clock).createLead(in)).leadId;
}

using Desk = fd::test::OperatorDesk;

qint64 calledAt(World& w, Id lead) {
    QSqlQuery q(w.db->connection());
    q.prepare(QStringLiteral("SELECT called_at FROM call_attempts WHERE lead_id = ?"));
    q.addBindValue(lead);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

}  // namespace

TEST_CASE("Ctrl+D dials the lead through the softphone and the call is logged from that moment",
          "[app][operator][call]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000051"));
    Softphone softphone;
    Desk desk(w);
    REQUIRE(desk.ws.currentLead() == lead);
    CHECK(desk.ws.card()->toHtml().contains(QStringLiteral("tel:+79120000051")));

    const qint64 dialed = w.now;
    desk.key(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(softphone.calls.size() == 1);
    CHECK(softphone.calls.front() == QUrl(QStringLiteral("tel:+79120000051")));
    REQUIRE(desk.told.size() == 1);
    CHECK(desk.told.front().contains(QStringLiteral("Calling")));

    // Three minutes of talk, then "no answer" (key 1): the attempt is dated when the call began.
    w.now += 3 * 60;
    desk.key(Qt::Key_1);
    CHECK(calledAt(w, lead) == dialed);
}

TEST_CASE("Without a softphone the number is copied and the operator told so", "[app][operator][call]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000052"));
    QGuiApplication::clipboard()->clear();
    Desk desk(w);
    REQUIRE(desk.ws.currentLead() == lead);
    desk.key(Qt::Key_D, Qt::ControlModifier);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("+79120000052"));
    REQUIRE(desk.told.size() == 1);
    CHECK(desk.told.front().contains(QStringLiteral("copied")));
    // Nothing was said to the client yet: no attempt is logged by dialing alone.
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM call_attempts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("The card's number is a link that dials, and a masked number is not", "[app][call]") {
    World w;
    const Id lead = newLead(w, QStringLiteral("+79120000053"));
    Softphone softphone;
    fd::app::LeadCard card;
    QList<Id> dialedLeads;
    QObject::connect(&card, &fd::app::LeadCard::dialed, [&](Id id, const QString&) { dialedLeads << id; });
    card.showLead(*w.db, lead);
    REQUIRE(card.toHtml().contains(QStringLiteral("tel:+79120000053")));
    Q_EMIT card.anchorClicked(QUrl(QStringLiteral("tel:+79120000053")));
    CHECK(softphone.calls == QList<QUrl>{QUrl(QStringLiteral("tel:+79120000053"))});
    CHECK(dialedLeads == QList<Id>{lead});

    // A marketer sees the number masked: text, not a link, and Ctrl+D does nothing.
    LeadHistory masked = require(loadLeadHistory(*w.db, lead));
    masked.contact.phoneE164 = QStringLiteral("+7912*****53");
    card.showHistory(masked);
    CHECK_FALSE(card.toHtml().contains(QStringLiteral("tel:")));
    card.dial();
    CHECK(softphone.calls.size() == 1);
}

#include "test_click_to_call.moc"
