// A seat that books, receives and takes payments as fast as it can, printing each write the
// moment its service call returned: the fault-injection test kills it at a random moment and
// then looks for every write it printed.
//
//   fault_worker DATABASE RUN
//
// RUN spreads the runs' bookings over different days, so no run finds its slots taken.
#include "domain/entities.h"
#include "services/catalog_reader.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace fd::core;

namespace {

void ack(const char* kind, Id id) {
    std::printf("%s %lld\n", kind, static_cast<long long>(id));
    std::fflush(stdout);
}

std::optional<Id> dealOf(Database& db, Id leadId) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM deals WHERE lead_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(leadId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);  // standard output holds only the acknowledgements
    if (argc != 3) {
        std::fprintf(stderr, "usage: fault_worker DATABASE RUN\n");
        return 2;
    }
    const int run = QString::fromLocal8Bit(argv[2]).toInt();
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]), OpenMode::Existing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    Database& db = **opened;
    const Result<std::vector<Office>> offices = CatalogReader(db).offices();
    const Result<std::vector<Employee>> staff = CatalogReader(db).employees();
    if (!offices || offices->empty() || !staff) {
        std::fprintf(stderr, "the database has no office or staff\n");
        return 1;
    }
    const Office office = offices->front();
    Id operatorId = 0;
    Id managerId = 0;
    for (const Employee& e : *staff) {
        if (e.active && e.role == Role::Operator && operatorId == 0) {
            operatorId = e.id;
        }
        if (e.active && e.role == Role::OfficeManager && e.officeId == office.id && managerId == 0) {
            managerId = e.id;
        }
    }
    qint64 now = 0;
    const Clock clock = [&now] { return now; };
    const QTimeZone zone(office.timeZone.toUtf8());
    // Each run has its own days, a year after the demo, one slot after another.
    QDate day = QDate(2027, 1, 4).addDays(run * 3);
    int hour = office.workStartMin / 60;
    for (int i = 0; i < 100000; ++i) {
        if (hour * 60 + office.slotMinutes > office.workEndMin) {
            day = day.addDays(1);
            hour = office.workStartMin / 60;
        }
        const qint64 slot = QDateTime(day, QTime(hour, 0), zone).toSecsSinceEpoch();
        ++hour;
        now = slot - 86400;
        NewLead in;
        in.name = QStringLiteral("Клиент %1-%2").arg(run).arg(i);
        in.phone = QStringLiteral("+7 915 %1").arg(run * 10000 + i, 7, 10, QLatin1Char('0'));
        in.operatorId = operatorId;
        const Result<CreatedLead> lead = LeadService(db, clock).createLead(in);
        if (!lead) {
            continue;
        }
        ack("lead", lead->leadId);
        const Result<Id> meeting = MeetingService(db, clock).book(
            lead->leadId, BookingRequest{office.id, slot, managerId}, operatorId);
        if (!meeting) {
            continue;  // a closed day: the next slot
        }
        ack("meeting", *meeting);
        now = slot + 600;
        if (!MeetingService(db, clock).markArrived(*meeting, managerId)) {
            continue;
        }
        OutcomeInput sale;
        sale.meetingId = *meeting;
        sale.dealAmount = Money::fromRubles(90000);
        sale.actorId = managerId;
        if (!MeetingService(db, clock).recordOutcome(sale)) {
            continue;
        }
        ack("sale", lead->leadId);
        const std::optional<Id> deal = dealOf(db, lead->leadId);
        if (!deal) {
            continue;
        }
        PaymentInput payment;
        payment.dealId = *deal;
        payment.paidAt = now + 60;
        payment.amount = Money::fromRubles(30000);
        const Result<Id> paid = DealService(db, clock).addPayment(payment);
        if (paid) {
            ack("payment", *paid);
        }
    }
    return 0;
}
