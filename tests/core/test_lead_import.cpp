#include "test_support.h"

#include "io/import_time.h"
#include "services/lead_export.h"
#include "services/lead_import.h"
#include "storage/content_digest.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;

namespace {

using Rows = std::vector<QStringList>;

struct Db {
    Db() : db(require(Database::open(dir.filePath(QStringLiteral("i.sqlite")), OpenMode::CreateNew))) {}
    Result<ImportSummary> import(QByteArray bytes, LeadImportOptions o = {}) {
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return LeadImport(*db, [] { return msk(2026, 11, 1, 12); }).run(buffer, o);
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
    {QStringLiteral("external_id"), QStringLiteral("created_at"), QStringLiteral("name"), QStringLiteral("phone"),
     QStringLiteral("email"), QStringLiteral("channel"), QStringLiteral("campaign"), QStringLiteral("note")},
    {QStringLiteral("A-1"), QStringLiteral("01.10.2026 10:15"), QStringLiteral("Пётр Ёлкин"),
     QStringLiteral("8 (912) 000-01-01"), QStringLiteral("petr@example.ru"), QStringLiteral("Яндекс Директ"),
     QStringLiteral("Поиск"), QStringLiteral("перезвонить; вечером")},
    {QStringLiteral("A-2"), QStringLiteral("2026-10-02"), QStringLiteral("Анна, юрист"), QStringLiteral("+7 912 000-01-02"),
     QString(), QStringLiteral("Сайт"), QString(), QStringLiteral("сказала \"дорого\"")},
    {QStringLiteral("A-3"), QStringLiteral("2026-10-05 12:00:00"), QStringLiteral("Пётр снова"),
     QStringLiteral("+79120000101"), QString(), QStringLiteral("Авито"), QString(), QString()},
    {QStringLiteral("A-4"), QStringLiteral("2026-10-06T09:30:00+03:00"), QStringLiteral("Без телефона"), QString(),
     QString(), QStringLiteral("Сайт"), QString(), QString()},
};

}  // namespace

TEST_CASE("Import times are read as Russian spreadsheets and ISO write them", "[import]") {
    const QTimeZone msk("Europe/Moscow");
    CHECK(parseImportTime(QStringLiteral("01.10.2026"), msk) == fd::test::msk(2026, 10, 1, 0));
    CHECK(parseImportTime(QStringLiteral("1.10.2026 9:05"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    CHECK(parseImportTime(QStringLiteral("2026-10-01 09:05:30"), msk) == fd::test::msk(2026, 10, 1, 9, 5) + 30);
    CHECK(parseImportTime(QStringLiteral("2026-10-01T06:05:00Z"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    CHECK(parseImportTime(QStringLiteral("2026-10-01T09:05+0300"), msk) == fd::test::msk(2026, 10, 1, 9, 5));
    for (const char* bad : {"31.02.2026", "2026-13-01", "вчера", "01/10/2026", "", "1.10.26"}) {
        CHECK_FALSE(parseImportTime(QString::fromUtf8(bad), msk).has_value());
    }
}

TEST_CASE("The same leads in every encoding, delimiter and line end import to identical databases", "[import]") {
    QByteArray first;
    for (const bool cp1251 : {false, true}) {
        for (const bool bom : {false, true}) {
            if (cp1251 && bom) {
                continue;
            }
            for (const QChar d : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
                for (const char* end : {"\r\n", "\n"}) {
                    INFO("cp1251 " << cp1251 << " bom " << bom << " delimiter " << static_cast<int>(d.unicode())
                                   << " end " << QByteArray(end).toHex().toStdString());
                    Db db;
                    const ImportSummary s = require(db.import(fd::test::writeCsv(kLeads, d, QString::fromLatin1(end), cp1251, bom)));
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
    CHECK(db.count("SELECT count(*) FROM contacts WHERE phone_e164 = '+79120000101' AND email = 'petr@example.ru'") == 1);
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

    LeadImportOptions dry;
    dry.dryRun = true;
    dry.abortOnError = false;
    const ImportSummary preview = require(db.import(file, dry));
    CHECK(preview.created == 3);
    CHECK(preview.skipped == 3);
    CHECK(contentDigest(*db.db) == empty);

    LeadImportOptions skip;
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
         QStringLiteral("P@Example.ru"), QStringLiteral("Реклама"), QStringLiteral("Новый"), QStringLiteral("Кто-то"),
         QStringLiteral("01.10.2026 10:15:00"), QStringLiteral("yandex"), QStringLiteral("bankrot")},
    };
    Db db;
    LeadImportOptions o;
    o.preset = QStringLiteral("bitrix24");
    const ImportSummary s = require(db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), true, false), o));
    CHECK(s.created == 1);
    CHECK(db.count("SELECT count(*) FROM leads l JOIN contacts c ON c.id = l.contact_id WHERE l.external_id = '101' "
                   "AND c.phone_e164 = '+79120000201' AND c.email = 'p@example.ru' AND l.operator_id IS NULL") == 1);
    CHECK(db.count("SELECT count(*) FROM campaigns WHERE name = 'bankrot' AND utm_source = 'yandex'") == 1);

    o.preset = QStringLiteral("nonsense");
    CHECK_FALSE(db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o).ok());
    o.preset = QStringLiteral("funneldesk");
    const Result<ImportSummary> unmapped = db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o);
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().message().contains(QLatin1String("mapping")));
    o.map.insert(QStringLiteral("phone"), QStringLiteral("Рабочий телефон"));
    o.map.insert(QStringLiteral("external_id"), QStringLiteral("ID"));
    const ImportSummary mapped = require(db.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false), o));
    CHECK(mapped.unchanged == 1);
}

TEST_CASE("Exported leads import back into an empty database and formulas come out neutralized", "[import][export]") {
    Db source;
    Rows rows = kLeads;
    rows.push_back({QStringLiteral("A-9"), QStringLiteral("2026-10-07 11:00:00"), QStringLiteral("=HYPERLINK(\"x\")"),
                    QStringLiteral("+79120000109"), QString(), QStringLiteral("@Сайт"), QString(),
                    QStringLiteral("-1+2")});
    require(source.import(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\n"), false, false)));
    QByteArray exported;
    {
        QBuffer out(&exported);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CHECK(require(exportLeadsCsv(*source.db, out, {})) == 4);
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
        LeadExportOptions o;
        o.raw = true;
        o.delimiter = QLatin1Char(',');
        o.from = QDate(2026, 10, 7);
        CHECK(require(exportLeadsCsv(*source.db, out, o)) == 1);
    }
    CHECK(QString::fromUtf8(raw).contains(QStringLiteral(",\"=HYPERLINK(\"\"x\"\")\",+79120000109,")));

    Db copy;
    const ImportSummary back = require(copy.import(exported));
    CHECK(back.created == 4);
    auto leadsOf = [](Db& d) {
        QStringList all;
        QSqlQuery q(d.db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT l.external_id, l.created_at, c.name, c.phone_e164, c.email, ch.name, coalesce(cp.name, '') "
            "FROM leads l JOIN contacts c ON c.id = l.contact_id LEFT JOIN channels ch ON ch.id = l.channel_id "
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
