#include "test_support.h"

#include "domain/search_key.h"
#include "io/import_time.h"
#include "services/data_export.h"
#include "services/data_import.h"
#include "storage/content_digest.h"
#include "storage/milestone_verifier.h"
#include "util/flat_int_map.h"

#include <QBuffer>
#include <QSqlQuery>

#include <random>
#include <unordered_map>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

using Rows = std::vector<QStringList>;

struct Db {
    Db() : db(require(Database::open(dir.filePath(QStringLiteral("i.sqlite")), OpenMode::CreateNew))) {}
    Result<ImportSummary> import(QByteArray bytes, ImportOptions o = {}) {
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return DataImport(*db, [] { return msk(2026, 11, 1, 12); }).run(buffer, o);
    }
    qint64 count(const char* sql) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

const Rows kLeads{
    {QStringLiteral("external_id"), QStringLiteral("created_at"), QStringLiteral("name"),
     QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("channel"), QStringLiteral("campaign"),
     QStringLiteral("note")},
    {QStringLiteral("A-1"), QStringLiteral("01.10.2026 10:15"), QStringLiteral("Пётр Ёлкин"),
     QStringLiteral("8 (912) 000-01-01"), QStringLiteral("petr@example.ru"), QStringLiteral("Яндекс Директ"),
     QStringLiteral("Поиск"), QStringLiteral("перезвонить; вечером")},
    {QStringLiteral("A-2"), QStringLiteral("2026-10-02"), QStringLiteral("Анна, юрист"),
     QStringLiteral("+7 912 000-01-02"), QString(), QStringLiteral("Сайт"), QString(),
     QStringLiteral("сказала \"дорого\"")},
    {QStringLiteral("A-3"), QStringLiteral("2026-10-05 12:00:00"), QStringLiteral("Пётр снова"),
     QStringLiteral("+79120000101"), QString(), QStringLiteral("Авито"), QString(), QString()},
    {QStringLiteral("A-4"), QStringLiteral("2026-10-06T09:30:00+03:00"), QStringLiteral("Без телефона"),
     QString(), QString(), QStringLiteral("Сайт"), QString(), QString()},
};

}  // namespace

TEST_CASE("Import times are read as Russian spreadsheets and ISO write them", "[import]") {
    const QTimeZone msk("Europe/Moscow");
    CHECK(parseImportTime(QStringLiteral("01.10.2026"), msk) == fd::test::msk(2026, 10, 1, 0));
    CHECK(parseImportTime(QStringLiteral("1.10.2026 9:05"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    CHECK(parseImportTime(QStringLiteral("2026-10-01 09:05:30"), msk) ==
          fd::test::msk(2026, 10, 1, 9, 5) + 30);
    CHECK(parseImportTime(QStringLiteral("2026-10-01T06:05:00Z"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    CHECK(parseImportTime(QStringLiteral("2026-10-01T09:05+0300"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    for (const char* bad : {"31.02.2026", "2026-13-01", "вчера", "01/10/2026", "", "1.10.26"}) {
        CHECK_FALSE(parseImportTime(QString::fromUtf8(bad), msk).has_value());
    }
}

TEST_CASE("The same leads in every encoding, delimiter and line end import to identical databases",
          "[import]") {
    QByteArray first;
    for (const bool cp1251 : {false, true}) {
        for (const bool bom : {false, true}) {
            if (cp1251 && bom) {
                continue;
            }
            for (const QChar d : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
                for (const char* end : {"\r\n", "\n"}) {
                    INFO("cp1251 " << cp1251 << " bom " << bom << " delimiter "
                                   << static_cast<int>(d.unicode()) << " end "
                                   << QByteArray(end).toHex().toStdString());
                    Db db;
                    const ImportSummary s = require(
                        db.import(fd::test::writeCsv(kLeads, d, QString::fromLatin1(end), cp1251, bom)));
                    CHECK(s.read == 4);
                    CHECK(s.created == 3);
                    CHECK(s.repeatTouches == 1);  // the same phone three days later
                    CHECK(s.errors.empty());
                    CHECK(s.written);
                    const QByteArray digest = contentDigest(*db.db);
                    if (first.isEmpty()) {
                        first = digest;
                    }
                    CHECK(digest == first);
                }
            }
        }
    }
    Db db;
    require(db.import(fd::test::writeCsv(kLeads, QLatin1Char(';'), QStringLiteral("\n"), false, false)));
    CHECK(db.count("SELECT count(*) FROM channels") == 3);
    CHECK(db.count("SELECT count(*) FROM campaigns WHERE name = 'Поиск'") == 1);
    CHECK(db.count("SELECT count(*) FROM contacts WHERE phone_e164 = '+79120000101' AND email = "
                   "'petr@example.ru'") == 1);
    CHECK(db.count("SELECT count(*) FROM leads WHERE external_id = 'A-4' AND created_at = 1791268200") == 1);
}

TEST_CASE("Bad rows abort the whole import or are skipped and reported, and re-importing creates nothing",
          "[import]") {
    Rows rows = kLeads;
    rows.push_back({QStringLiteral("A-5"), QStringLiteral("31.02.2026"), QStringLiteral("Плохая дата"),
                    QStringLiteral("+79120000105"), QString(), QString(), QString(), QString()});
    rows.push_back({QStringLiteral("A-6"), QStringLiteral("01.10.2026"), QStringLiteral("Плохой телефон"),
                    QStringLiteral("12-34"), QString(), QString(), QString(), QString()});
    rows.push_back({QStringLiteral("A-7"), QStringLiteral("01.10.2026"), QStringLiteral("Короткая строка")});
    const QByteArray file = fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), true, false);

    Db db;
    const QByteArray empty = contentDigest(*db.db);
    const ImportSummary aborted = require(db.import(file));
    CHECK_FALSE(aborted.written);
    REQUIRE(aborted.errors.size() == 3);
    CHECK(aborted.errors[0].line == 6);
    CHECK(aborted.errors[0].column == QStringLiteral("created_at"));
    CHECK(aborted.errors[0].reason.contains(QStringLiteral("31.02.2026")));
    CHECK(aborted.errors[1].line == 7);
    CHECK(aborted.errors[1].column == QStringLiteral("phone"));
    CHECK(aborted.errors[2].line == 8);
    CHECK(aborted.errors[2].reason.contains(QLatin1String("3 columns")));
    CHECK(contentDigest(*db.db) == empty);

    ImportOptions dry;
    dry.dryRun = true;
    dry.abortOnError = false;
    const ImportSummary preview = require(db.import(file, dry));
    CHECK(preview.created == 3);
    CHECK(preview.skipped == 3);
    CHECK(contentDigest(*db.db) == empty);

    ImportOptions skip;
    skip.abortOnError = false;
    const ImportSummary written = require(db.import(file, skip));
    CHECK(written.created == 3);
    CHECK(written.repeatTouches == 1);
    CHECK(written.skipped == 3);
    CHECK(db.count("SELECT count(*) FROM leads") == 3);
    const QByteArray once = contentDigest(*db.db);
    const ImportSummary again = require(db.import(file, skip));
    CHECK(again.created == 0);
    CHECK(again.repeatTouches == 0);
    CHECK(again.unchanged == 4);
    CHECK(contentDigest(*db.db) == once);
}

TEST_CASE("A Bitrix24 leads export imports with its Russian headers and any phone column", "[import]") {
    const Rows rows{
        {QStringLiteral("ID"), QStringLiteral("Название лида"), QStringLiteral("Мобильный телефон"),
         QStringLiteral("Рабочий телефон"), QStringLiteral("Рабочий e-mail"), QStringLiteral("Источник"),
         QStringLiteral("Стадия"), QStringLiteral("Ответственный"), QStringLiteral("Дата создания"),
         QStringLiteral("UTM Source"), QStringLiteral("UTM Campaign")},
        {QStringLiteral("101"), QStringLiteral("Пётр Ёлкин"), QString(), QStringLiteral("8 912 000 02 01"),
         QStringLiteral("P@Example.ru"), QStringLiteral("Реклама"), QStringLiteral("Новый"),
         QStringLiteral("Кто-то"), QStringLiteral("01.10.2026 10:15:00"), QStringLiteral("yandex"),
         QStringLiteral("bankrot")},
    };
    Db db;
    ImportOptions o;
    o.preset = QStringLiteral("bitrix24");
    const ImportSummary s = require(
        db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), true, false), o));
    CHECK(s.created == 1);
    CHECK(
        db.count(
            "SELECT count(*) FROM leads l JOIN contacts c ON c.id = l.contact_id WHERE l.external_id = '101' "
            "AND c.phone_e164 = '+79120000201' AND c.email = 'p@example.ru' AND l.operator_id IS NULL") == 1);
    CHECK(db.count("SELECT count(*) FROM campaigns WHERE name = 'bankrot' AND utm_source = 'yandex'") == 1);

    o.preset = QStringLiteral("nonsense");
    CHECK_FALSE(
        db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o).ok());
    o.preset = QStringLiteral("funneldesk");
    const Result<ImportSummary> unmapped =
        db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o);
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().message().contains(QLatin1String("mapping")));
    o.map.insert(QStringLiteral("phone"), QStringLiteral("Рабочий телефон"));
    o.map.insert(QStringLiteral("external_id"), QStringLiteral("ID"));
    const ImportSummary mapped =
        require(db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o));
    CHECK(mapped.unchanged == 1);
}

TEST_CASE("Exported leads import back into an empty database and formulas come out neutralized",
          "[import][export]") {
    Db source;
    Rows rows = kLeads;
    rows.push_back({QStringLiteral("A-9"), QStringLiteral("2026-10-07 11:00:00"),
                    QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+79120000109"), QString(),
                    QStringLiteral("@Сайт"), QString(), QStringLiteral("-1+2")});
    require(source.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false)));
    QByteArray exported;
    {
        QBuffer out(&exported);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CHECK(require(exportCsv(*source.db, {}, out)) == 4);
    }
    CHECK(exported.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(exported);
    CHECK(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"x\"\")\";")));
    CHECK(text.contains(QStringLiteral(";'@Сайт;")));
    CHECK(text.contains(QStringLiteral(";'+79120000109;")));
    CHECK(text.contains(QStringLiteral("2026-10-07T11:00:00+03:00")));

    QByteArray raw;
    {
        QBuffer out(&raw);
        REQUIRE(out.open(QIODevice::WriteOnly));
        ExportOptions o;
        o.raw = true;
        o.delimiter = QLatin1Char(',');
        o.from = QDate(2026, 10, 7);
        CHECK(require(exportCsv(*source.db, o, out)) == 1);
    }
    CHECK(QString::fromUtf8(raw).contains(QStringLiteral(",\"=HYPERLINK(\"\"x\"\")\",+79120000109,")));

    Db copy;
    const ImportSummary back = require(copy.import(exported));
    CHECK(back.created == 4);
    auto leadsOf = [](Db& d) {
        QStringList all;
        QSqlQuery q(d.db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT l.external_id, l.created_at, c.name, c.phone_e164, c.email, "
                                  "ch.name, coalesce(cp.name, '') "
                                  "FROM leads l JOIN contacts c ON c.id = l.contact_id LEFT JOIN channels ch "
                                  "ON ch.id = l.channel_id "
                                  "LEFT JOIN campaigns cp ON cp.id = l.campaign_id ORDER BY l.external_id")));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i) {
                row << q.value(i).toString();
            }
            all << row.join(QLatin1Char('|'));
        }
        return all;
    };
    CHECK(leadsOf(copy) == leadsOf(source));
    CHECK(require(copy.import(exported)).unchanged == 4);
}

namespace {

QByteArray csv(const Rows& rows) {
    return fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), false, true);
}

ImportOptions kindOf(ImportKind kind, bool abortOnError = false) {
    ImportOptions o;
    o.kind = kind;
    o.abortOnError = abortOnError;
    return o;
}

/// "line column: reason" for each error, to check that every bad row says where and why.
QStringList reasons(const ImportSummary& s) {
    QStringList out;
    for (const ImportRowError& e : s.errors) {
        out << QStringLiteral("%1 %2: %3").arg(e.line).arg(e.column, e.reason);
    }
    return out;
}

}  // namespace

TEST_CASE("Deals link to their lead by external id or phone, payments to their deal, and nothing repeats",
          "[import]") {
    Db db;
    require(db.import(csv(kLeads)));
    const Rows deals{
        {QStringLiteral("external_id"), QStringLiteral("lead_external_id"), QStringLiteral("lead_phone"),
         QStringLiteral("signed_at"), QStringLiteral("amount"), QStringLiteral("manager"),
         QStringLiteral("product")},
        {QStringLiteral("D-1"), QStringLiteral("A-1"), QString(), QStringLiteral("10.10.2026 15:00"),
         QStringLiteral("150 000,00"), QStringLiteral("Никто"), QStringLiteral("Банкротство")},
        {QStringLiteral("D-2"), QString(), QStringLiteral("+7 912 000-01-02"), QStringLiteral("11.10.2026"),
         QString(), QString(), QString()},
        {QStringLiteral("D-3"), QStringLiteral("Z-404"), QString(), QStringLiteral("11.10.2026"),
         QStringLiteral("1000"), QString(), QString()},
        {QStringLiteral("D-4"), QStringLiteral("A-4"), QString(), QStringLiteral("11.10.2026"),
         QStringLiteral("-500"), QString(), QString()},
        {QStringLiteral("D-5"), QStringLiteral("A-4"), QString(), QStringLiteral("вчера"),
         QStringLiteral("500"), QString(), QString()},
        {QStringLiteral("D-6"), QString(), QStringLiteral("12-34"), QStringLiteral("11.10.2026"),
         QStringLiteral("500"), QString(), QString()},
        {QStringLiteral("D-7"), QStringLiteral("A-4"), QString(), QString(), QStringLiteral("500"), QString(),
         QString()},
    };
    const ImportSummary aborted = require(db.import(csv(deals), kindOf(ImportKind::Deals, true)));
    CHECK_FALSE(aborted.written);
    CHECK(db.count("SELECT count(*) FROM deals") == 0);

    const ImportSummary s = require(db.import(csv(deals), kindOf(ImportKind::Deals)));
    CHECK(s.created == 2);
    CHECK(s.skipped == 5);
    const QStringList why = reasons(s);
    INFO(why.join(QLatin1Char('\n')).toStdString());
    REQUIRE(why.size() == 5);
    CHECK(why[0].startsWith(QStringLiteral("4 lead_external_id: ")));
    CHECK(why[0].contains(QStringLiteral("Z-404")));
    CHECK(why[1].startsWith(QStringLiteral("5 amount: ")));
    CHECK(why[2].startsWith(QStringLiteral("6 signed_at: ")));
    CHECK(why[3].startsWith(QStringLiteral("7 lead_phone: ")));
    CHECK(why[4].startsWith(QStringLiteral("8 signed_at: ")));
    // The sale is on the lead: the first one's contract amount, the second one a sale of unknown amount.
    CHECK(
        db.count(
            "SELECT count(*) FROM leads WHERE external_id = 'A-1' AND status = 'sold' AND contract_amount = "
            "15000000 AND sold_at IS NOT NULL") == 1);
    CHECK(db.count(
              "SELECT count(*) FROM deals d JOIN leads l ON l.id = d.lead_id WHERE l.external_id = 'A-2' AND "
              "d.amount IS NULL AND d.external_id = 'D-2'") == 1);

    const Rows payments{
        {QStringLiteral("deal_external_id"), QStringLiteral("paid_at"), QStringLiteral("amount"),
         QStringLiteral("method")},
        {QStringLiteral("D-1"), QStringLiteral("10.10.2026 15:10"), QStringLiteral("50000"),
         QStringLiteral("Наличные")},
        {QStringLiteral("D-1"), QStringLiteral("2026-11-10T12:00:00+03:00"), QStringLiteral("100 000 ₽"),
         QStringLiteral("карта")},
        {QStringLiteral("D-9"), QStringLiteral("10.10.2026"), QStringLiteral("100"), QStringLiteral("cash")},
        {QStringLiteral("D-1"), QStringLiteral("10.10.2026"), QStringLiteral("0"), QStringLiteral("cash")},
        {QStringLiteral("D-1"), QStringLiteral("10.10.2026"), QStringLiteral("100"),
         QStringLiteral("бартер")},
        {QStringLiteral("D-1"), QStringLiteral("10.10.2026"), QStringLiteral("сто"), QStringLiteral("cash")},
    };
    const ImportSummary p = require(db.import(csv(payments), kindOf(ImportKind::Payments)));
    CHECK(p.created == 2);
    const QStringList payWhy = reasons(p);
    INFO(payWhy.join(QLatin1Char('\n')).toStdString());
    REQUIRE(payWhy.size() == 4);
    CHECK(payWhy[0].startsWith(QStringLiteral("4 deal_external_id: ")));
    CHECK(payWhy[1].startsWith(QStringLiteral("5 amount: ")));
    CHECK(payWhy[2].startsWith(QStringLiteral("6 method: ")));
    CHECK(payWhy[3].startsWith(QStringLiteral("7 amount: ")));
    CHECK(db.count("SELECT revenue FROM leads WHERE external_id = 'A-1'") == 15000000);
    CHECK(db.count("SELECT count(*) FROM payments WHERE method = 'card' AND amount = 10000000") == 1);

    // Re-importing both files creates nothing; the milestones still agree with the records.
    const ImportSummary dealsAgain = require(db.import(csv(deals), kindOf(ImportKind::Deals)));
    CHECK(dealsAgain.created == 0);
    CHECK(dealsAgain.unchanged == 2);
    const ImportSummary paymentsAgain = require(db.import(csv(payments), kindOf(ImportKind::Payments)));
    CHECK(paymentsAgain.created == 0);
    CHECK(paymentsAgain.unchanged == 2);
    CHECK(db.count("SELECT count(*) FROM payments") == 2);
    CHECK(MilestoneVerifier(*db.db).verify().empty());
}

TEST_CASE("Spend and visitors by day and channel are created, updated, left alone and refused with reasons",
          "[import]") {
    Db db;
    const Rows spend{
        {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("campaign"),
         QStringLiteral("amount")},
        {QStringLiteral("01.11.2026"), QStringLiteral("Яндекс Директ"), QStringLiteral("Поиск"),
         QStringLiteral("12 500,50")},
        {QStringLiteral("2026-11-01"), QStringLiteral("ВКонтакте"), QString(), QStringLiteral("3000")},
        {QStringLiteral("02.11.2026"), QStringLiteral("Яндекс Директ"), QString(), QStringLiteral("0")},
        {QStringLiteral("31.11.2026"), QStringLiteral("ВКонтакте"), QString(), QStringLiteral("1")},
        {QStringLiteral("03.11.2026"), QStringLiteral("ВКонтакте"), QString(), QStringLiteral("-1")},
        {QStringLiteral("03.11.2026"), QString(), QString(), QStringLiteral("1")},
    };
    const ImportSummary s = require(db.import(csv(spend), kindOf(ImportKind::Spend)));
    CHECK(s.created == 3);
    const QStringList why = reasons(s);
    INFO(why.join(QLatin1Char('\n')).toStdString());
    REQUIRE(why.size() == 3);
    CHECK(why[0].startsWith(QStringLiteral("5 date: ")));
    CHECK(why[1].startsWith(QStringLiteral("6 amount: ")));
    CHECK(why[2].startsWith(QStringLiteral("7 channel: ")));
    CHECK(db.count("SELECT amount FROM ad_spend s JOIN campaigns c ON c.id = s.campaign_id WHERE s.day = "
                   "'2026-11-01' "
                   "AND c.name = 'Поиск'") == 1250050);
    CHECK(db.count("SELECT count(*) FROM channels WHERE name IN ('Яндекс Директ', 'ВКонтакте')") == 2);

    Rows changed = spend;
    changed[2][3] = QStringLiteral("3500");
    const ImportSummary again = require(db.import(csv(changed), kindOf(ImportKind::Spend)));
    CHECK(again.created == 0);
    CHECK(again.updated == 1);
    CHECK(again.unchanged == 2);
    CHECK(db.count("SELECT amount FROM ad_spend WHERE day = '2026-11-01' AND campaign_id IS NULL") == 350000);

    const Rows visitors{
        {QStringLiteral("Дата"), QStringLiteral("Источник"), QStringLiteral("Посетители")},
        {QStringLiteral("01.11.2026"), QStringLiteral("ВКонтакте"), QStringLiteral("1 200")},
        {QStringLiteral("02.11.2026"), QStringLiteral("ВКонтакте"), QStringLiteral("много")},
    };
    ImportOptions o = kindOf(ImportKind::Visitors);
    o.map = {{QStringLiteral("date"), QStringLiteral("Дата")},
             {QStringLiteral("channel"), QStringLiteral("Источник")},
             {QStringLiteral("visitors"), QStringLiteral("Посетители")}};
    const ImportSummary v = require(db.import(csv(visitors), o));
    CHECK(v.created == 1);
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors[0].column == QStringLiteral("Посетители"));
    CHECK(db.count("SELECT visitors FROM site_visitors WHERE day = '2026-11-01'") == 1200);
    // A file without a column the kind needs is refused before any row is read.
    o.map.remove(QStringLiteral("visitors"));
    CHECK_FALSE(db.import(csv(visitors), o).ok());
}

TEST_CASE("CRM stages set the lead status or stay in the note, and amoCRM deals become sales only when won",
          "[import]") {
    Db db;
    const Rows amo{
        {QStringLiteral("ID"), QStringLiteral("Название сделки"), QStringLiteral("Бюджет"),
         QStringLiteral("Этап сделки"), QStringLiteral("Ответственный"), QStringLiteral("Дата создания"),
         QStringLiteral("Дата закрытия"), QStringLiteral("Рабочий телефон (контакт)"),
         QStringLiteral("utm_source")},
        {QStringLiteral("7001"), QStringLiteral("Иванов"), QStringLiteral("90000"),
         QStringLiteral("Успешно реализовано"), QStringLiteral("Мария"),
         QStringLiteral("01.10.2026 10:00:00"), QStringLiteral("15.10.2026 16:00:00"),
         QStringLiteral("+7 912 000 70 01"), QStringLiteral("yandex")},
        {QStringLiteral("7002"), QStringLiteral("Петров"), QStringLiteral("0"),
         QStringLiteral("Закрыто и не реализовано"), QStringLiteral("Мария"),
         QStringLiteral("02.10.2026 10:00:00"), QStringLiteral("03.10.2026 10:00:00"),
         QStringLiteral("+7 912 000 70 02"), QString()},
        {QStringLiteral("7003"), QStringLiteral("Сидоров"), QString(), QStringLiteral("Переговоры"),
         QStringLiteral("Мария"), QStringLiteral("03.10.2026 10:00:00"), QString(),
         QStringLiteral("+7 912 000 70 03"), QString()},
        {QStringLiteral("7004"), QStringLiteral("Козлов"), QString(), QStringLiteral("Ждёт документы"),
         QStringLiteral("Мария"), QStringLiteral("04.10.2026 10:00:00"), QString(),
         QStringLiteral("+7 912 000 70 04"), QString()},
    };
    ImportOptions leads;
    leads.preset = QStringLiteral("amocrm");
    CHECK(require(db.import(csv(amo), leads)).created == 4);
    CHECK(db.count("SELECT count(*) FROM leads WHERE external_id = '7002' AND status = 'lost'") == 1);
    CHECK(db.count("SELECT count(*) FROM leads WHERE external_id = '7003' AND status = 'in_progress'") == 1);
    CHECK(db.count("SELECT count(*) FROM leads WHERE external_id = '7004' AND status = 'new' AND "
                   "note = 'Этап сделки: Ждёт документы'") == 1);

    ImportOptions deals = kindOf(ImportKind::Deals);
    deals.preset = QStringLiteral("amocrm");
    const ImportSummary s = require(db.import(csv(amo), deals));
    CHECK(s.created == 1);
    CHECK(s.ignored == 3);
    CHECK(s.errors.empty());
    CHECK(
        db.count(
            "SELECT count(*) FROM deals d JOIN leads l ON l.id = d.lead_id WHERE l.external_id = '7001' AND "
            "d.amount = 9000000 AND d.external_id = '7001'") == 1);
    CHECK(db.count("SELECT sold_at FROM leads WHERE external_id = '7001'") == msk(2026, 10, 15, 16));
    CHECK(MilestoneVerifier(*db.db).verify().empty());
}

TEST_CASE(
    "A bulk import decides repeat touches and known external ids from memory exactly as the database would",
    "[import]") {
    const QStringList header{QStringLiteral("external_id"), QStringLiteral("created_at"),
                             QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email")};
    auto row = [](const char* id, const char* at, const char* name, const char* phone,
                  const char* email = "") {
        return QStringList{QString::fromUtf8(id), QString::fromUtf8(at), QString::fromUtf8(name),
                           QString::fromUtf8(phone), QString::fromUtf8(email)};
    };
    // Already stored: a phone with a lead inside the 30-day window of the file's rows, one
    // with a lead long before it, and external ids of a lead and of a repeat touch.
    const Rows before{header, row("S-1", "01.10.2026 10:00", "Старый клиент", "+79120000001"),
                      row("S-2", "01.01.2026 10:00", "Давний клиент", "+79120000002"),
                      row("S-3", "02.10.2026 10:00", "Старый клиент снова", "+79120000001")};
    const Rows file{
        header,
        row("S-1", "05.10.2026 10:00", "Уже есть", "+79129999999"),           // stored lead id
        row("S-3", "05.10.2026 11:00", "Уже есть", "+79129999998"),           // stored touch id
        row("F-1", "05.10.2026 12:00", "Старый клиент", "8 912 000-00-01"),   // touch of S-1
        row("F-2", "05.10.2026 12:30", "Давний клиент", "+7 912 000 00 02"),  // new lead, old contact
        row("N-1", "10.10.2026 09:00", "Новый", "+79125550001"),
        row("N-2", "11.10.2026 09:00", "Новый снова", "+79125550001"),        // touch of N-1
        row("N-3", "20.12.2026 09:00", "Новый зимой", "+79125550001"),        // new lead, same contact
        row("N-4", "09.10.2026 09:00", "Новый раньше", "+79125550001"),       // before N-1: new lead
        row("N-5", "21.12.2026 09:00", "Новый зимой снова", "+79125550001"),  // touch of N-3
        row("N-6", "10.10.2026 09:30", "Новый", "+79125550001"),              // touch of N-1, not N-4
        row("N-1", "12.10.2026 09:00", "Повтор строки", "+79125550077"),      // id seen in this file
        row("N-2", "12.10.2026 09:00", "Повтор касания", "+79125550078"),     // touch id seen
        row("", "13.10.2026 09:00", "Только почта", "", "a@mail.ru"),
        row("", "13.10.2026 09:05", "Только почта", "", "a@mail.ru"),  // no phone: new lead
        row("E-1", "13.10.2026 10:00", "Только номер заявки", "")};
    Db plain;
    Db bulk;
    ImportOptions o;
    o.deferIndexes = false;
    const QByteArray first = fd::test::writeCsv(before, QLatin1Char(';'), QStringLiteral("\n"), false, false);
    require(plain.import(first, o));
    require(bulk.import(first, o));
    const QByteArray bytes = fd::test::writeCsv(file, QLatin1Char(';'), QStringLiteral("\n"), false, false);
    const ImportSummary a = require(plain.import(bytes, o));
    o.deferIndexes = true;
    const ImportSummary b = require(bulk.import(bytes, o));
    CHECK(a.unchanged == 4);
    CHECK(a.repeatTouches == 4);
    CHECK(a.created == 7);
    CHECK(b.unchanged == a.unchanged);
    CHECK(b.repeatTouches == a.repeatTouches);
    CHECK(b.created == a.created);
    CHECK(contentDigest(*plain.db) == contentDigest(*bulk.db));
    CHECK(bulk.count("SELECT count(*) FROM lead_touches t JOIN leads l ON l.id = t.lead_id "
                     "WHERE t.external_id = 'N-6' AND l.external_id = 'N-1'") == 1);
    CHECK(bulk.count("SELECT count(*) FROM lead_touches t JOIN leads l ON l.id = t.lead_id "
                     "WHERE t.external_id = 'N-5' AND l.external_id = 'N-3'") == 1);
    CHECK(bulk.count(
              "SELECT count(DISTINCT contact_id) FROM leads WHERE external_id IN ('N-1', 'N-3', 'N-4')") ==
          1);
    CHECK(bulk.count("SELECT count(*) FROM lead_touches t JOIN leads l ON l.id = t.lead_id "
                     "WHERE t.external_id = 'F-1' AND l.external_id = 'S-1'") == 1);
    CHECK(bulk.count("SELECT count(*) FROM leads l JOIN leads s ON s.contact_id = l.contact_id "
                     "WHERE l.external_id = 'F-2' AND s.external_id = 'S-2'") == 1);
    // Every lead and touch of the file has its audit line.
    CHECK(bulk.count("SELECT count(*) FROM audit_log WHERE action = 'create'") == 2 + 7);
    CHECK(bulk.count("SELECT count(*) FROM audit_log WHERE action = 'repeat_touch'") == 1 + 4);
    CHECK(bulk.db->integrityProblems().isEmpty());
    // Foreign keys are enforced again after a bulk import.
    CHECK(bulk.count("PRAGMA foreign_keys") == 1);
}

TEST_CASE(
    "A big leads import that builds its indexes at the end gives the same database, and a rollback keeps "
    "them",
    "[import]") {
    Rows rows{{QStringLiteral("external_id"), QStringLiteral("created_at"), QStringLiteral("name"),
               QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("channel")}};
    // More rows than the bulk writer holds before it writes them (1,024), in statements of 64
    // rows and a remainder written row by row.
    for (int i = 0; i < 2500; ++i) {
        // Every fifth row the same client again within the window: repeat touches.
        const int client = i % 5 == 4 ? i - 1 : i;
        rows.push_back({QStringLiteral("B-%1").arg(i),
                        QStringLiteral("%1.10.2026 %2:%3")
                            .arg(1 + i / 120)
                            .arg(8 + (i / 60) % 2)
                            .arg(i % 60, 2, 10, QLatin1Char('0')),
                        QStringLiteral("Клиент %1").arg(client),
                        QStringLiteral("+7912%1").arg(5000000 + client),
                        i % 7 == 0 ? QStringLiteral("c%1@mail.ru").arg(i) : QString(),
                        QStringLiteral("Канал %1").arg(i % 3)});
    }
    const QByteArray bytes = fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), false, false);
    auto indexCount = [](Db& db) {
        return db.count(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('leads', 'contacts')");
    };
    Db plain;
    ImportOptions o;
    o.deferIndexes = false;
    const ImportSummary a = require(plain.import(bytes, o));
    Db bulk;
    const qint64 indexes = indexCount(bulk);
    o.deferIndexes = true;
    o.dryRun = true;  // a dry run rolls the dropped indexes back
    require(bulk.import(bytes, o));
    CHECK(indexCount(bulk) == indexes);
    o.dryRun = false;
    const ImportSummary b = require(bulk.import(bytes, o));
    CHECK(a.created == b.created);
    CHECK(a.repeatTouches == b.repeatTouches);
    CHECK(b.repeatTouches == 500);
    CHECK(indexCount(bulk) == indexes);
    CHECK(contentDigest(*plain.db) == contentDigest(*bulk.db));
    CHECK(bulk.db->integrityProblems().isEmpty());
    // The search index has every new contact.
    CHECK(bulk.count("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '\"клиент 2498\"'") == 1);
    CHECK(bulk.count("SELECT count(*) FROM contacts") == bulk.count("SELECT count(*) FROM contacts_fts"));
}

TEST_CASE("Import times read by the quick path equal the time zone's own rules, on the days clocks move too",
          "[import]") {
    // Berlin moves its clocks twice a year; Moscow never: every quarter hour of two years.
    for (const char* zoneName : {"Europe/Berlin", "Europe/Moscow", "Asia/Yekaterinburg"}) {
        const QTimeZone zone(zoneName);
        REQUIRE(zone.isValid());
        int differ = 0;
        for (QDate day(2025, 1, 1); day < QDate(2027, 1, 1); day = day.addDays(1)) {
            for (int minute = 0; minute < 24 * 60; minute += 15) {
                const QTime time(minute / 60, minute % 60);
                const QString text =
                    day.toString(QStringLiteral("dd.MM.yyyy ")) + time.toString(QStringLiteral("H:mm"));
                const std::optional<qint64> read = parseImportTime(text, zone);
                differ += read == QDateTime(day, time, zone).toSecsSinceEpoch() ? 0 : 1;
            }
        }
        INFO(zoneName);
        CHECK(differ == 0);
    }
    // Seconds, a date alone, spaces around, and what the quick path leaves to the full rules.
    const QTimeZone msk("Europe/Moscow");
    CHECK(parseImportTime(QStringLiteral(" 07.03.2026 23:59:59 "), msk) ==
          fd::test::msk(2026, 3, 7, 23, 59) + 59);
    CHECK(parseImportTime(QStringLiteral("7.3.2026T08:00"), msk) == fd::test::msk(2026, 3, 7, 8, 0));
    CHECK_FALSE(parseImportTime(QStringLiteral("07.03.2026 24:00"), msk).has_value());
    CHECK_FALSE(parseImportTime(QStringLiteral("07.03.2026 8:0"), msk).has_value());
    CHECK_FALSE(parseImportTime(QStringLiteral("07.03.2026 08:00:6"), msk).has_value());
    CHECK_FALSE(parseImportTime(QStringLiteral("07.03.20266"), msk).has_value());
}

TEST_CASE("The bulk import's integer map finds what a standard map finds, through its growth", "[import]") {
    FlatIntMap<qint64> flat;
    std::unordered_map<quint64, qint64> expected;
    std::mt19937_64 random(7);
    for (int i = 0; i < 200000; ++i) {
        // Phones near each other, hashes far apart, and zero, a key like any other.
        const quint64 key = i % 3 == 0   ? 79160000000ULL + random() % 50000
                            : i % 3 == 1 ? random()
                                         : random() % 4;
        flat.get(key) += i;
        expected[key] += i;
        if (i % 1000 == 0) {
            const quint64 absent = random() | 1ULL << 63;
            CHECK((flat.find(absent) == nullptr) == (expected.count(absent) == 0));
        }
    }
    CHECK(flat.size() == expected.size());
    std::size_t differ = 0;
    for (const auto& [key, value] : expected) {
        const qint64* found = flat.find(key);
        differ += found && *found == value ? 0 : 1;
    }
    CHECK(differ == 0);
    CHECK(flat.contains(0) == (expected.count(0) == 1));
}

TEST_CASE("Search keys folded in one pass equal Qt's case folding, simplified, with ё read as е",
          "[import]") {
    // Letters, digits and signs of every kind a name, phone or email holds, spaces of all sorts and
    // control characters: the quick path and the full rules must agree on every mix.
    const QString alphabet =
        QStringLiteral("AZaz09 .-@_+\t\n\r\v\f\x7f\u0085\u00a0ЁёАЯаяЖжйЙÄäßΣσİıǅ\u2003日");
    std::mt19937 random(21);
    auto reference = [](const QString& text) {
        QString folded = QString(text);
        folded.removeIf([](QChar c) {
            const char16_t u = c.unicode();
            return u != u'\t' && u != u'\n' && u != u'\r' && (u < 0x20 || (u >= 0x7f && u <= 0x9f));
        });
        folded = folded.toCaseFolded();
        folded.replace(QChar(0x0451), QChar(0x0435));
        return folded.simplified();
    };
    int differ = 0;
    for (int i = 0; i < 20000; ++i) {
        QString parts[3];
        for (QString& part : parts) {
            const int length = static_cast<int>(random() % 12);
            for (int k = 0; k < length; ++k) {
                // Mostly the usual characters, now and then any of the others.
                const qsizetype pick = random() % 4 == 0 ? static_cast<qsizetype>(random() % alphabet.size())
                                                         : static_cast<qsizetype>(random() % 20);
                part += alphabet.at(pick);
            }
        }
        differ += foldForSearch(parts[0]) == reference(parts[0]) ? 0 : 1;
        QStringList expected;
        QString digits;
        for (const QChar c : parts[1]) {
            if (c.isDigit()) {
                digits += c;
            }
        }
        for (const QString& p : {reference(parts[0]), digits, reference(parts[2])}) {
            if (!p.isEmpty()) {
                expected << p;
            }
        }
        differ += makeSearchKey(parts[0], parts[1], parts[2]) == expected.join(QLatin1Char(' ')) ? 0 : 1;
    }
    CHECK(differ == 0);
    CHECK(makeSearchKey(QStringLiteral("  Пётр   ЁЛКИН "), QStringLiteral("+7 912 000-01-01"),
                        QStringLiteral("Petr@Example.RU")) ==
          QStringLiteral("петр елкин 79120000101 petr@example.ru"));
}
