// Erasing a client's personal data (152-FZ): no byte of it is left in the database file or its
// journal, the funnel's numbers stay as they were, and the erasure is in the audit trail.
#include "test_support.h"

#include "services/catalog_reader.h"
#include "services/lead_list_reader.h"
#include "services/lead_service.h"
#include "services/personal_data_service.h"
#include "services/report_service.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/lead_repository.h"

#include <QFile>
#include <QSqlQuery>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

/// The texts whose bytes must be gone: the name, the phone as typed twice and normalized, the
/// e-mail, and a part of the note.
const QStringList kTraces = {
    QStringLiteral("Эрастова"),  QStringLiteral("Зинаида Прокловна"), QStringLiteral("9123456789"),
    QStringLiteral("345-67-89"), QStringLiteral("zinaida.erastova"),  QStringLiteral("Прокловне"),
};

/// Which of the traces `path` holds (an absent file holds none).
QStringList tracesIn(const QString& path) {
    QStringList found;
    if (!QFile::exists(path)) {
        return found;
    }
    const QByteArray bytes = fd::test::fileBytes(path);
    for (const QString& t : kTraces) {
        if (bytes.contains(t.toUtf8())) {
            found << t;
        }
    }
    return found;
}

std::array<qint64, kStageCount> funnelOf(Database& db) {
    FunnelSpec spec;
    spec.from = QDate(2000, 1, 1);
    spec.to = QDate(2040, 12, 31);
    return require(ReportService(db).funnel(spec)).total.stages;
}

qint64 matches(Database& db, const QString& text) {
    LeadFilter filter;
    filter.text = text;
    return require(LeadListReader(db).count(filter));
}

void checkpoint(Database& db) {
    db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

}  // namespace

TEST_CASE(
    "Erasing a client's personal data leaves no byte of it in the file or the journal, and no number moves",
    "[sqlite][erasure]") {
    QTemporaryDir dir;
    auto db = fd::test::demoDatabase(dir, 300, 1);
    const QString path = db->path();
    Clock clock = [] { return msk(2026, 7, 1, 12); };
    Id operatorId = 0;
    for (const Employee& e : require(CatalogReader(*db).employees())) {
        if (e.role == Role::Operator && e.active) {
            operatorId = e.id;
        }
    }
    REQUIRE(operatorId != 0);

    // A client with a note, a call with a note, a second request with the phone written
    // differently, and a change in the audit trail that quoted the phone.
    NewLead in;
    in.name = QStringLiteral("Зинаида Прокловна Эрастова");
    in.phone = QStringLiteral("+7 912 345-67-89");
    in.email = QStringLiteral("zinaida.erastova@example.org");
    in.note = QStringLiteral("Перезвонить Зинаиде Прокловне после обеда");
    in.operatorId = operatorId;
    const CreatedLead lead = require(LeadService(*db, clock).createLead(in));
    CallInput call;
    call.leadId = lead.leadId;
    call.operatorId = operatorId;
    call.note = QStringLiteral("Зинаида Прокловна просит звонить на 8 912 345-67-89");
    require(LeadService(*db, clock).logCall(call));
    NewLead again = in;
    again.phone = QStringLiteral("8 (912) 345-67-89");
    again.note = QStringLiteral("Повторная заявка Эрастова");
    require(LeadService(*db, [] { return msk(2026, 7, 2, 10); }).createLead(again));
    db->begin();
    AuditRepository(*db).appendChange(
        msk(2026, 7, 2, 11), std::nullopt, QStringLiteral("update"), QStringLiteral("contact"), lead.leadId,
        QStringLiteral("phone=+79123456789"), QStringLiteral("phone=+79123456780"));
    db->commit();
    const Id contactId = LeadRepository(*db).lead(lead.leadId).value().contactId;

    checkpoint(*db);
    REQUIRE(tracesIn(path).size() == kTraces.size());  // the test sees them while they are there
    REQUIRE(matches(*db, QStringLiteral("Эрастова")) >= 1);
    const std::array<qint64, kStageCount> before = funnelOf(*db);
    const qint64 others = matches(*db, QStringLiteral("Иванов"));

    // Only the head and the administrator erase.
    db->setActor(
        Actor{operatorId, Role::Operator, std::nullopt, QStringLiteral("Оператор"), QStringLiteral("op")});
    CHECK(PersonalDataService(*db, clock).eraseContact(contactId).error().code == ErrorCode::Refused);
    db->setActor(std::nullopt);
    REQUIRE(tracesIn(path).size() == kTraces.size());

    const std::vector<Id> found =
        require(PersonalDataService(*db, clock).contactsOf(QStringLiteral("89123456789")));
    REQUIRE(found == std::vector<Id>{contactId});
    const ErasureSummary erased = require(PersonalDataService(*db, clock).eraseContact(contactId));
    CHECK(erased.leadCount == 1);
    CHECK(erased.blanked.touches >= 1);
    CHECK(erased.blanked.calls == 1);
    CHECK(erased.blanked.auditLines >= 1);
    CHECK(erased.purged);

    INFO("left in the file: " << tracesIn(path).join(QStringLiteral(", ")).toStdString());
    CHECK(tracesIn(path).isEmpty());
    CHECK(tracesIn(path + QStringLiteral("-wal")).isEmpty());
    CHECK(matches(*db, QStringLiteral("Эрастова")) == 0);
    CHECK(matches(*db, QStringLiteral("9123456789")) == 0);
    CHECK(matches(*db, QStringLiteral("Иванов")) == others);
    CHECK(funnelOf(*db) == before);
    CHECK(LeadRepository(*db).lead(lead.leadId).value().contactId == contactId);

    // The erasure is in the audit trail, without the values.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT details FROM audit_log WHERE action = 'erase_personal_data' AND entity = 'contact'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("leads=1"));
    q.finish();
    CHECK(db->integrityProblems().isEmpty());

    db.reset();
    CHECK(tracesIn(path).isEmpty());
    CHECK(tracesIn(path + QStringLiteral("-wal")).isEmpty());
}
