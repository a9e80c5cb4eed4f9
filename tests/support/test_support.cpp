#include "test_support.h"

#include "services/demo_generator.h"
#include "services/lead_service.h"

#include <QStringEncoder>

#include "services/catalog_service.h"
#include "storage/catalog_repository.h"
#include "storage/database_copy.h"
#include "storage/server_address.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <random>

namespace fd::test {

qint64 msk(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(QByteArray("Europe/Moscow")))
        .toSecsSinceEpoch();
}

std::unique_ptr<Database> demoDatabase(const QTemporaryDir& dir, int leads, int months) {
    DemoOptions o;
    o.leads = leads;
    o.months = months;
    o.endDate = QDate(2026, 6, 30);
    return demoDatabase(dir, o);
}

std::unique_ptr<Database> demoDatabase(const QTemporaryDir& dir, const DemoOptions& o) {
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = require(Database::open(file, OpenMode::CreateNew));
    require(DemoGenerator(*db).generate(o));
    if (!testOnServer()) {
        return db;
    }
    // On a server the demo is made in a file and moved there as a company would move (the
    // generator's hundreds of thousands of small writes are a SQLite file's strength).
    static auto* places = new std::vector<std::unique_ptr<TestDatabasePlace>>();  // kept to the end
    places->push_back(std::make_unique<TestDatabasePlace>(dir, QStringLiteral("server"),
                                                          TestDatabasePlace::Contents::Schema));
    auto server = require(Database::open(places->back()->location(), places->back()->openMode()));
    copyDatabase(*db, *server, {});
    return server;
}
void overwritePage(const QString& path, qint64 page, qint64 pageSize) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * pageSize));
    std::mt19937 random(static_cast<unsigned>(page));
    QByteArray junk(static_cast<int>(pageSize), '\0');
    for (char& c : junk) {
        c = static_cast<char>(random() & 0xff);
    }
    REQUIRE(f.write(junk) == pageSize);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray fileDigest(const QString& path) {
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

void rawExec(const QString& path, const QStringList& statements) {
    if (isServerLocation(path)) {
        serverAdminExec(require(parseServerAddress(path)).database, statements);
        return;
    }
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

World::World() {
    REQUIRE(dir.isValid());
    db = require(Database::open(path(), place.openMode()));
    now = msk(2026, 3, 2, 10);  // a Monday
    clock = [this] { return now; };
    CatalogService catalog(*db, clock);
    Office m;
    m.name = QStringLiteral("Москва");
    m.timeZone = QStringLiteral("Europe/Moscow");
    m.workStartMin = 9 * 60;
    m.workEndMin = 18 * 60;
    m.workDays = 0x1F;
    m.slotMinutes = 60;
    m.seatsPerSlot = 2;
    moscow = require(catalog.addOffice(m));
    Office e = m;
    e.name = QStringLiteral("Екатеринбург");
    e.timeZone = QStringLiteral("Asia/Yekaterinburg");
    ekb = require(catalog.addOffice(e));
    operatorA =
        require(catalog.addEmployee({0, QStringLiteral("Оператор А"), Role::Operator, std::nullopt, true}));
    operatorB =
        require(catalog.addEmployee({0, QStringLiteral("Оператор Б"), Role::Operator, std::nullopt, true}));
    managerMoscow =
        require(catalog.addEmployee({0, QStringLiteral("Менеджер М"), Role::OfficeManager, moscow, true}));
    managerEkb =
        require(catalog.addEmployee({0, QStringLiteral("Менеджер Е"), Role::OfficeManager, ekb, true}));
    channel = require(catalog.addChannel(QStringLiteral("Яндекс Директ")));
    campaign = require(catalog.addCampaign({0, channel, QStringLiteral("Поиск"), QStringLiteral("yandex"),
                                            QStringLiteral("cpc"), QStringLiteral("poisk"), true}));
    otherChannel = require(catalog.addChannel(QStringLiteral("VK Реклама")));
}

QByteArray writeCsv(const std::vector<QStringList>& rows, QChar delimiter, const QString& lineEnd,
                    bool cp1251, bool bom) {
    QString text;
    for (const QStringList& r : rows) {
        QStringList out;
        for (QString f : r) {
            const bool quote =
                f.contains(delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'));
            f.replace(QLatin1String("\""), QLatin1String("\"\""));
            f.replace(QLatin1String("\n"), lineEnd);
            out << (quote ? QLatin1Char('"') + f + QLatin1Char('"') : f);
        }
        text += out.join(delimiter) + lineEnd;
    }
    QStringEncoder encoder = cp1251 ? QStringEncoder("windows-1251") : QStringEncoder(QStringEncoder::Utf8);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bom ? QByteArray("\xEF\xBB\xBF") + bytes : bytes;
}

Id World::bookedLead(const QString& name, const QString& phone, qint64 slot, OptId office) {
    NewLead in;
    in.name = name;
    in.phone = phone;
    in.operatorId = operatorA;
    in.channelId = channel;
    in.createdAt = now - 86400;
    const Id lead = require(LeadService(*db, clock).createLead(in)).leadId;
    CallInput call;
    call.leadId = lead;
    call.operatorId = operatorA;
    call.outcome = CallOutcome::Booked;
    call.booking = BookingRequest{office.value_or(moscow), slot, std::nullopt};
    require(LeadService(*db, clock).logCall(call));
    return lead;
}

Id World::reason(const char* code) {
    const auto r = CatalogRepository(*db).reasonByCode(QString::fromLatin1(code));
    REQUIRE(r.has_value());
    return r->id;
}

qint64 World::count(const char* table) {
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

}  // namespace fd::test
