// The same records as CSV, as an .xlsx workbook and as Bitrix24's "Excel" export (a web page
// with a table, in Windows-1251 or UTF-8) import to identical database content.

#include "test_support.h"

#include "io/csv_reader.h"
#include "io/html_table_reader.h"
#include "io/record_files.h"
#include "io/xlsx_writer.h"
#include "services/data_import.h"

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

/// What an import left in the database, lead by lead.
QStringList imported(const QString& path) {
    World w;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.kind = ImportKind::Leads;
    o.preset = QStringLiteral("bitrix24");
    o.abortOnError = false;  // the example holds a bad phone on purpose: the others are written
    const ImportSummary s = require(DataImport(*w.db, w.clock).run(file, o, {}));
    QStringList rows;
    for (const ImportRowError& e : s.errors) {
        rows << QStringLiteral("bad row %1, %2").arg(e.line).arg(e.column);  // the same row, named the same
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
        QStringList cells;
        for (int c = 0; c < 9; ++c) {
            cells << q.value(c).toString();
        }
        rows << cells.join(QLatin1Char('|'));
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
    const QStringList expected = imported(kExample);
    REQUIRE(expected.size() >= 3);
    for (const QString& path : paths.mid(1)) {
        CAPTURE(path.toStdString());
        CHECK(imported(path) == expected);
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
