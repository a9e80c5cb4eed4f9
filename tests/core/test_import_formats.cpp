// The same records as CSV, as an .xlsx workbook and as Bitrix24's "Excel" export (a web page
// with a table, in Windows-1251 or UTF-8) import to identical database content.

#include "test_support.h"

#include "io/csv_reader.h"
#include "io/html_table_reader.h"
#include "io/record_files.h"
#include "io/xlsx_writer.h"
#include "services/data_import.h"
#include "storage/content_digest.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace fd::core;
using fd::test::require;
using fd::test::World;

namespace {

const QString kExample = QStringLiteral(FD_TEST_DATA "/../../docs/examples/bitrix24-leads-cp1251.csv");

std::vector<QStringList> exampleRecords() {
    QFile f(kExample);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CsvReader reader(f);
    REQUIRE(reader.open().ok());
    std::vector<QStringList> rows;
    CsvRecord r;
    while (reader.next(r)) {
        REQUIRE_FALSE(r.error.has_value());
        rows.push_back(r.fields);
    }
    REQUIRE(rows.size() > 3);
    return rows;
}

QByteArray htmlTable(const std::vector<QStringList>& rows, bool cp1251) {
    QString html = QStringLiteral(
                       "<html><head><meta http-equiv=\"Content-type\" content=\"text/html;charset=%1\" />"
                       "</head><body>\n<table border=\"1\">\n")
                       .arg(cp1251 ? QStringLiteral("windows-1251") : QStringLiteral("utf-8"));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : rows[i]) {
            const QString tag = i == 0 ? QStringLiteral("th") : QStringLiteral("td");
            // As Bitrix24 writes them: an empty cell holds a no-break space.
            html += QStringLiteral("<%1>%2</%1>")
                        .arg(tag, cell.isEmpty() ? QStringLiteral("&nbsp;") : cell.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table></body></html>\n");
    if (!cp1251) {
        return html.toUtf8();
    }
    QStringEncoder encode("windows-1251");
    return encode.encode(html);
}

ImportOptions bitrix24() {
    ImportOptions o;
    o.kind = ImportKind::Leads;
    o.preset = QStringLiteral("bitrix24");
    o.abortOnError = false;  // the example holds a bad phone on purpose: the others are written
    return o;
}

/// What an import left in the database, lead by lead, after the bad rows it reported (the cells
/// they name in `cells`).
QStringList imported(const QString& path, const ImportOptions& o = bitrix24(), QStringList* cells = nullptr,
                     QByteArray* digest = nullptr) {
    World w;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ImportSummary s = require(DataImport(*w.db, w.clock).run(file, o, {}));
    QStringList rows;
    for (const ImportRowError& e : s.errors) {
        rows << QStringLiteral("bad row %1, %2").arg(e.line).arg(e.column);  // the same row, named the same
        if (cells) {
            *cells << e.cell;
        }
    }
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT coalesce(l.external_id, ''), l.status, coalesce(ch.name, ''), c.name, coalesce(c.phone_e164, "
        "''), "
        "coalesce(c.email, ''), l.created_at, l.note, (SELECT count(*) FROM lead_touches t WHERE t.lead_id = "
        "l.id) "
        "FROM leads l JOIN contacts c ON c.id = l.contact_id LEFT JOIN channels ch ON ch.id = l.channel_id "
        "ORDER BY l.external_id, l.id")));
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < 9; ++c) {
            values << q.value(c).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    if (digest) {
        *digest = contentDigest(*w.db);  // every row of every table
    }
    return rows;
}

}  // namespace

TEST_CASE("The same leads as CSV, as .xlsx and as Bitrix24's HTML export import to the same content",
          "[import][xlsx]") {
    const std::vector<QStringList> rows = exampleRecords();
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("leads.xlsx"));
    {
        XlsxWriter writer(xlsx, QStringLiteral("Лиды"), QTimeZone(QByteArray("Europe/Moscow")));
        std::vector<TableColumn> columns;
        for (const QString& h : rows.front()) {
            columns.push_back({h, CellType::Text});
        }
        writer.header(columns);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QVariantList values;
            for (const QString& cell : rows[i]) {
                values << (cell.isEmpty() ? QVariant() : QVariant(cell));
            }
            writer.row(values);
        }
        require(writer.finish());
    }
    QStringList paths{kExample, xlsx};
    for (const bool cp1251 : {true, false}) {
        const QString html =
            dir.filePath(cp1251 ? QStringLiteral("leads-1251.xls") : QStringLiteral("leads-utf8.xls"));
        QFile f(html);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(htmlTable(rows, cp1251));
        f.close();
        paths << html;
    }
    QByteArray expectedDigest;
    const QStringList expected = imported(kExample, bitrix24(), nullptr, &expectedDigest);
    REQUIRE(expected.size() >= 3);
    for (const QString& path : paths.mid(1)) {
        CAPTURE(path.toStdString());
        QByteArray digest;
        CHECK(imported(path, bitrix24(), nullptr, &digest) == expected);
        CHECK(digest == expectedDigest);  // identical database content, table for table
    }
    // Told by content: the HTML export's records come from the table reader.
    QFile html(paths.back());
    REQUIRE(html.open(QIODevice::ReadOnly));
    auto source = require(openRecords(html, {}));
    CHECK(dynamic_cast<HtmlTableReader*>(source.get()) != nullptr);
    CsvRecord header;
    REQUIRE(source->next(header));
    CHECK(header.fields == rows.front());
}

TEST_CASE("The HTML table reader: entities, line breaks, spanned cells, and a page without a table",
          "[import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.xls"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "<html><body><p>Leads</p><TABLE><TR><TD>A &amp; B</TD><TD "
        "colspan=2>Phone<br>second</TD><TD>x</TD></TR>"
        "<tr><td>  Анна\n  Ёлкина </td><td>&#43;7&nbsp;912</td><td>&#x2116;5</td><td><a "
        "href='#'>link</a></td>"
        "<tr><td>&nbsp;</td></tr><tr><td>last</td></tr></table></body></html>");
    f.close();
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto reader = require(HtmlTableReader::open(f));
    CsvRecord r;
    REQUIRE(reader->next(r));
    CHECK(r.fields == QStringList{QStringLiteral("A & B"), QStringLiteral("Phone\nsecond"), QString(),
                                  QStringLiteral("x")});
    REQUIRE(reader->next(r));
    CHECK(r.fields == QStringList{QStringLiteral("Анна Ёлкина"), QStringLiteral("+7 912"),
                                  QStringLiteral("№5"), QStringLiteral("link")});
    REQUIRE(reader->next(r));  // the row of only a no-break space is skipped
    CHECK(r.fields == QStringList{QStringLiteral("last")});
    CHECK(r.line == 4);
    CHECK_FALSE(reader->next(r));

    QFile page(dir.filePath(QStringLiteral("page.html")));
    REQUIRE(page.open(QIODevice::WriteOnly));
    page.write("<html><body>no table here</body></html>");
    page.close();
    REQUIRE(page.open(QIODevice::ReadOnly));
    CHECK_FALSE(HtmlTableReader::open(page).ok());
    CHECK(HtmlTableReader::looksLikeHtml("\xEF\xBB\xBF <!DOCTYPE html><html>"));
    CHECK_FALSE(HtmlTableReader::looksLikeHtml("name;phone\n<b>;1\n"));
}

TEST_CASE("A marketer's spend table kept in .xlsx imports as it is: title, merged days and all",
          "[import][xlsx]") {
    World w;
    QFile file(QStringLiteral(FD_TEST_DATA "/xlsx/merged.xlsx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.kind = ImportKind::Spend;
    o.map = {{QStringLiteral("date"), QStringLiteral("Дата")},
             {QStringLiteral("channel"), QStringLiteral("Канал")},
             {QStringLiteral("amount"), QStringLiteral("Расход")}};
    const ImportSummary spend = require(DataImport(*w.db, w.clock).run(file, o, {}));
    CHECK(spend.errors.empty());
    CHECK(spend.created == 4);
    QSqlQuery q(w.db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT s.day, ch.name, s.amount FROM ad_spend s JOIN channels ch ON ch.id = "
                              "s.channel_id ORDER BY s.day, ch.name")));
    QStringList rows;
    while (q.next()) {
        rows << QStringLiteral("%1 %2 %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    CHECK(rows == QStringList{QStringLiteral("2026-11-01 Авито 300050"), QStringLiteral("2026-11-01 Сайт 0"),
                              QStringLiteral("2026-11-01 Яндекс Директ 1250000"),
                              QStringLiteral("2026-11-02 Яндекс Директ 1100000")});
    o.kind = ImportKind::Visitors;
    o.map.remove(QStringLiteral("amount"));
    o.map.insert(QStringLiteral("visitors"), QStringLiteral("Посетители"));
    REQUIRE(file.seek(0));
    CHECK(require(DataImport(*w.db, w.clock).run(file, o, {})).created == 4);
}

TEST_CASE("Leads typed into a spreadsheet as dates and numbers import as the same leads as CSV text",
          "[import][xlsx]") {
    // The golden rows: a time of day and a date alone, phones written every way, a bad date and a
    // bad phone (skipped and reported by row and cell), a repeat of a phone.
    const QStringList header{QStringLiteral("external_id"), QStringLiteral("created_at"),
                             QStringLiteral("name"),        QStringLiteral("phone"),
                             QStringLiteral("email"),       QStringLiteral("channel")};
    struct Lead {
        const char* id;
        const char* createdText;
        qint64 createdAt;  ///< 0: the text is not a date, and the sheet holds it as text too
        const char* name;
        const char* phoneText;
        qint64 phoneNumber;  ///< 0: the sheet holds the phone as text
        const char* email;
        const char* channel;
    };
    const std::vector<Lead> leads{
        {"X-1", "01.10.2026 10:15", fd::test::msk(2026, 10, 1, 10, 15), "Пётр Ёлкин", "79120000101",
         79120000101, "petr@example.ru", "Яндекс Директ"},
        {"X-2", "02.10.2026", fd::test::msk(2026, 10, 2, 0), "Анна, юрист", "+7 912 000-01-02", 0, "",
         "Сайт"},
        {"X-3", "31.02.2026", 0, "Плохая дата", "+79120000103", 0, "", "Сайт"},
        {"X-4", "03.10.2026 09:00", fd::test::msk(2026, 10, 3, 9), "Плохой телефон", "12-34", 0, "", "Авито"},
        {"X-5", "05.10.2026 12:30", fd::test::msk(2026, 10, 5, 12, 30), "Пётр снова", "89120000101",
         89120000101, "", "Авито"},
    };
    std::vector<QStringList> text{header};
    for (const Lead& l : leads) {
        text.push_back({QString::fromUtf8(l.id), QString::fromUtf8(l.createdText), QString::fromUtf8(l.name),
                        QString::fromUtf8(l.phoneText), QString::fromUtf8(l.email),
                        QString::fromUtf8(l.channel)});
    }
    QTemporaryDir dir;
    auto save = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString csv = save(QStringLiteral("leads.csv"),
                             fd::test::writeCsv(text, QLatin1Char(';'), QStringLiteral("\r\n"), true, false));
    const QString xlsx = dir.filePath(QStringLiteral("leads.xlsx"));
    {
        XlsxWriter writer(xlsx, QStringLiteral("Лиды"), QTimeZone(QByteArray("Europe/Moscow")));
        writer.header({{header[0], CellType::Text},
                       {header[1], CellType::DateTime},
                       {header[2], CellType::Text},
                       {header[3], CellType::Integer},
                       {header[4], CellType::Text},
                       {header[5], CellType::Text}});
        for (const Lead& l : leads) {
            auto orText = [](qint64 v, const char* t) {
                return v != 0 ? QVariant::fromValue(v) : QVariant(QString::fromUtf8(t));
            };
            writer.row({QString::fromUtf8(l.id), orText(l.createdAt, l.createdText),
                        QString::fromUtf8(l.name), orText(l.phoneNumber, l.phoneText),
                        *l.email ? QVariant(QString::fromUtf8(l.email)) : QVariant(),
                        QString::fromUtf8(l.channel)});
        }
        require(writer.finish());
    }
    const QString html1251 = save(QStringLiteral("leads.xls"), htmlTable(text, true));
    const QString htmlUtf8 = save(QStringLiteral("leads-utf8.xls"), htmlTable(text, false));

    ImportOptions o;
    o.abortOnError = false;
    QStringList csvCells;
    QByteArray csvDigest;
    const QStringList expected = imported(csv, o, &csvCells, &csvDigest);
    REQUIRE(expected.size() == 2 + 2);  // X-5 is a second touch of X-1
    CHECK(expected[0] == QStringLiteral("bad row 4, created_at"));
    CHECK(expected[1] == QStringLiteral("bad row 5, phone"));
    CHECK(csvCells == QStringList{QString(), QString()});  // a CSV file has lines, not cells
    for (const QString& path : {xlsx, html1251, htmlUtf8}) {
        CAPTURE(path.toStdString());
        QStringList cells;
        QByteArray digest;
        CHECK(imported(path, o, &cells, &digest) == expected);
        CHECK(cells == QStringList{QStringLiteral("B4"), QStringLiteral("D5")});
        CHECK(digest == csvDigest);  // identical database content, table for table
    }
}

TEST_CASE("An .xlsx import reports its progress through the sheet up to the file's size and stops when told",
          "[import][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    {
        XlsxWriter writer(path, QStringLiteral("Лиды"), QTimeZone(QByteArray("Europe/Moscow")));
        writer.header({{QStringLiteral("external_id"), CellType::Text},
                       {QStringLiteral("name"), CellType::Text},
                       {QStringLiteral("phone"), CellType::Integer}});
        for (int i = 0; i < 12000; ++i) {
            writer.row({QStringLiteral("P-%1").arg(i), QStringLiteral("Клиент %1").arg(i),
                        QVariant::fromValue(79130000000LL + i)});
        }
        require(writer.finish());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    World w;
    std::vector<qint64> seen;
    const ImportSummary s = require(DataImport(*w.db, w.clock).run(file, {}, [&](qint64 bytes) {
        seen.push_back(bytes);
        return true;
    }));
    CHECK(s.created == 12000);
    REQUIRE(seen.size() >= 10);  // every thousand rows, and at the end
    CHECK(seen.front() > 0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen[seen.size() / 2] < file.size());
    CHECK(seen.back() == file.size());

    // Told to stop half-way, it writes nothing.
    World other;
    REQUIRE(file.seek(0));
    const qint64 before = other.count("leads");
    int calls = 0;
    const Result<ImportSummary> stopped =
        DataImport(*other.db, other.clock).run(file, {}, [&](qint64) { return ++calls < 5; });
    CHECK((!stopped.ok() || !stopped->written));
    CHECK(other.count("leads") == before);
}
