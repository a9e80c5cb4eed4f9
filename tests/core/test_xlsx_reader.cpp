// The XLSX reader on workbooks made by real producers (openpyxl, LibreOffice Calc) and by hand
// (tests/data/xlsx/make_fixtures.py): texts, numbers, phones, dates in both date systems,
// formulas' cached values, empty and sparse rows, a second sheet, and damaged files.

#include "test_support.h"

#include "io/xlsx_merges.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"
#include "util/platform.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <zip.h>

using namespace fd::core;
using fd::test::require;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(FD_TEST_DATA "/xlsx/") + QString::fromLatin1(name);
}

std::vector<XlsxRow> allRows(XlsxReader& reader) {
    std::vector<XlsxRow> rows;
    XlsxRow row;
    while (reader.next(row)) {
        rows.push_back(row);
    }
    REQUIRE_FALSE(reader.error().has_value());
    return rows;
}

}  // namespace

TEST_CASE("An openpyxl workbook reads as the spreadsheet shows it", "[xlsx]") {
    auto reader = require(XlsxReader::open(fixture("openpyxl.xlsx")));
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Лиды"), QStringLiteral("Расходы")});
    const std::vector<XlsxRow> rows = allRows(*reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 1);
    CHECK(rows[0].cells.value(0) == QStringLiteral("Имя"));
    // A phone stored as a number arrives as the same digits; as text, as typed.
    CHECK(rows[1].cells == QStringList{QStringLiteral("Анна Морозова"), QStringLiteral("79991234567"),
                                       QStringLiteral("+7 999 123-45-67"), QStringLiteral("2026-11-03"),
                                       QStringLiteral("2026-11-03 14:30:00"), QStringLiteral("1500.5"),
                                       QStringLiteral("true")});
    CHECK(rows[2].cells == QStringList{QStringLiteral("Борис Ёлкин"), QStringLiteral("89161234567"),
                                       QStringLiteral("8 (916) 123-45-67"), QStringLiteral("1999-12-31"),
                                       QStringLiteral("2000-01-01 00:00:01"), QStringLiteral("0"),
                                       QStringLiteral("false")});
    CHECK(rows[2].number == 3);

    // The second sheet, by name and by number.
    for (const QString& which : {QStringLiteral("Расходы"), QStringLiteral("2")}) {
        auto second = require(XlsxReader::open(fixture("openpyxl.xlsx"), which));
        const std::vector<XlsxRow> spend = allRows(*second);
        REQUIRE(spend.size() == 2);
        CHECK(spend[1].cells == QStringList{QStringLiteral("2026-11-01"), QStringLiteral("Яндекс Директ"),
                                            QStringLiteral("12500")});
    }
    const Result<std::unique_ptr<XlsxReader>> missing =
        XlsxReader::open(fixture("openpyxl.xlsx"), QStringLiteral("Сделки"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message().contains(QStringLiteral("Расходы")));
    CHECK_FALSE(XlsxReader::open(fixture("openpyxl.xlsx"), QStringLiteral("3")).ok());
}

TEST_CASE("A LibreOffice Calc workbook reads as Calc shows it: shared strings, computed formulas, dates",
          "[xlsx]") {
    auto reader = require(XlsxReader::open(fixture("libreoffice.xlsx")));
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Клиенты"), QStringLiteral("Пусто")});
    const std::vector<XlsxRow> rows = allRows(*reader);
    REQUIRE(rows.size() == 3);  // the empty third row is passed over
    CHECK(rows[0].cells.value(5) == QStringLiteral("Вдвое"));
    // The formulas' values are the ones Calc computed and stored; its booleans are formulas too.
    CHECK(rows[1].cells == QStringList{QStringLiteral("Анна Морозова"), QStringLiteral("79991234567"),
                                       QStringLiteral("+7 999 123-45-67"),
                                       QStringLiteral("2026-11-03 14:30:00"), QStringLiteral("1500.5"),
                                       QStringLiteral("3001"), QStringLiteral("true")});
    CHECK(rows[2].number == 4);
    CHECK(rows[2].cells == QStringList{QStringLiteral("Борис Ёлкин"), QStringLiteral("89161234567"),
                                       QStringLiteral("8 (916) 123-45-67"), QStringLiteral("2026-02-28"),
                                       QStringLiteral("7"), QStringLiteral("14"), QStringLiteral("false")});
}

TEST_CASE(
    "A hand-made workbook: inline strings, cached formula values, the 1904 dates, empty and sparse rows",
    "[xlsx]") {
    auto reader = require(XlsxReader::open(fixture("handmade.xlsx")));
    const std::vector<XlsxRow> rows = allRows(*reader);
    // Rows 2 and 3 hold nothing: skipped, and the numbers stay the spreadsheet's.
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 1);
    CHECK(rows[1].number == 4);
    CHECK(rows[2].number == 5);
    CHECK(rows[0].cells == QStringList{QStringLiteral("Name"), QString(), QStringLiteral("Phone"),
                                       QStringLiteral("Date"), QStringLiteral("Total")});
    CHECK(rows[1].cells == QStringList{QStringLiteral(" Вера  "), QString(), QStringLiteral("79991234567"),
                                       QStringLiteral("1904-01-01"), QStringLiteral("42"),
                                       QStringLiteral("cached text"), QStringLiteral("#N/A")});
    // A custom date format (with a locale tag) is a date; a format with quoted text is not.
    CHECK(rows[2].cells == QStringList{QStringLiteral("Глеб"), QString(), QString(),
                                       QStringLiteral("2028-11-04 18:00:00"), QStringLiteral("7"),
                                       QStringLiteral("true")});
    auto second = require(XlsxReader::open(fixture("handmade.xlsx"), QStringLiteral("Second")));
    CHECK(allRows(*second).front().cells == QStringList{QStringLiteral("second sheet")});
}

TEST_CASE("Dates of the 1900 system, column names, and files that are not workbooks", "[xlsx]") {
    CHECK(XlsxReader::serialDateText(1, false) == QStringLiteral("1900-01-01"));
    CHECK(XlsxReader::serialDateText(59, false) == QStringLiteral("1900-02-28"));
    CHECK(XlsxReader::serialDateText(61, false) == QStringLiteral("1900-03-01"));
    CHECK(XlsxReader::serialDateText(46329, false) == QStringLiteral("2026-11-03"));
    CHECK(XlsxReader::serialDateText(46329.5, false) == QStringLiteral("2026-11-03 12:00:00"));
    CHECK(XlsxReader::serialDateText(0, true) == QStringLiteral("1904-01-01"));
    CHECK(XlsxReader::columnName(0) == QStringLiteral("A"));
    CHECK(XlsxReader::columnName(25) == QStringLiteral("Z"));
    CHECK(XlsxReader::columnName(26) == QStringLiteral("AA"));
    CHECK(XlsxReader::columnName(701) == QStringLiteral("ZZ"));
    CHECK(XlsxReader::columnName(702) == QStringLiteral("AAA"));

    for (const char* name : {"damaged.xlsx", "not-a-workbook.xlsx"}) {
        CAPTURE(name);
        const Result<std::unique_ptr<XlsxReader>> r = XlsxReader::open(fixture(name));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral(".xlsx")));
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name;phone\nАнна;+79991234567\n");
    f.close();
    CHECK_FALSE(XlsxReader::open(csv).ok());
}

TEST_CASE("What FunnelDesk's XLSX export writes reads back cell for cell, streamed across many chunks",
          "[xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    const QTimeZone moscow(QByteArray("Europe/Moscow"));
    {
        XlsxWriter writer(path, QStringLiteral("Лиды"), moscow);
        writer.header({{QStringLiteral("Имя"), CellType::Text},
                       {QStringLiteral("Телефон"), CellType::Text},
                       {QStringLiteral("Звонков"), CellType::Integer},
                       {QStringLiteral("Сумма"), CellType::Money},
                       {QStringLiteral("Заявка"), CellType::DateTime}});
        for (int i = 0; i < 20000; ++i) {
            writer.row({QStringLiteral("Клиент №%1 «Щит»").arg(i),
                        QStringLiteral("+7912%1").arg(i, 7, 10, QLatin1Char('0')),
                        QVariant::fromValue(static_cast<qint64>(i % 7)),
                        i % 3 == 0 ? QVariant() : QVariant::fromValue(static_cast<qint64>(i) * 100 + 50),
                        QVariant::fromValue(fd::test::msk(2026, 11, 1 + i % 28, 9) + (i % 60) * 60)});
        }
        require(writer.finish());
    }
    auto reader = require(XlsxReader::open(path));
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Лиды")});
    XlsxRow row;
    REQUIRE(reader->next(row));
    CHECK(row.cells == QStringList{QStringLiteral("Имя"), QStringLiteral("Телефон"),
                                   QStringLiteral("Звонков"), QStringLiteral("Сумма"),
                                   QStringLiteral("Заявка")});
    int n = 0;
    while (reader->next(row)) {
        const int i = n++;
        CAPTURE(i);
        REQUIRE(row.number == i + 2);
        REQUIRE(row.cells.value(0) == QStringLiteral("Клиент №%1 «Щит»").arg(i));
        REQUIRE(row.cells.value(1) == QStringLiteral("+7912%1").arg(i, 7, 10, QLatin1Char('0')));
        REQUIRE(row.cells.value(2) == QString::number(i % 7));
        REQUIRE(
            row.cells.value(3) ==
            (i % 3 == 0 ? QString() : QString::number((static_cast<double>(i) * 100 + 50) / 100.0, 'g', 15)));
        const QDateTime wall =
            QDateTime::fromSecsSinceEpoch(fd::test::msk(2026, 11, 1 + i % 28, 9) + (i % 60) * 60, moscow);
        REQUIRE(row.cells.value(4) == wall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    CHECK(n == 20000);
    CHECK_FALSE(reader->error().has_value());
}

TEST_CASE("Merged cells: a title above the header is passed over and a day merged down fills each row",
          "[xlsx]") {
    auto reader = require(XlsxReader::open(fixture("merged.xlsx")));
    const std::vector<XlsxRow> rows = allRows(*reader);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].number == 3);
    CHECK(rows[0].cells == QStringList{QStringLiteral("Дата"), QStringLiteral("Канал"),
                                       QStringLiteral("Расход"), QStringLiteral("Посетители")});
    const QString first = QStringLiteral("2026-11-01");
    CHECK(rows[1].cells == QStringList{first, QStringLiteral("Яндекс Директ"), QStringLiteral("12500"),
                                       QStringLiteral("300")});
    CHECK(rows[2].cells ==
          QStringList{first, QStringLiteral("Авито"), QStringLiteral("3000.5"), QStringLiteral("120")});
    CHECK(rows[3].cells ==
          QStringList{first, QStringLiteral("Сайт"), QStringLiteral("0"), QStringLiteral("95")});
    CHECK(rows[4].number == 7);
    CHECK(rows[4].cells.value(0) == QStringLiteral("2026-11-02"));

    // The merges are found wherever the pieces of the sheet's XML are cut.
    const QByteArray xml = R"(<row r="9"><c r="B9"><v>5</v></c></row></sheetData><mergeCells count="3">)"
                           R"(<mergeCell ref="B9:B11"/><mergeCell ref="c2:E2"/><mergeCell ref="A1"/>)"
                           R"(<x:mergeCell  ref="AA20:AA21" /></mergeCells>)";
    for (qsizetype piece = 1; piece <= xml.size(); ++piece) {
        CAPTURE(piece);
        XlsxMerges merges;
        for (qsizetype at = 0; at < xml.size(); at += piece) {
            merges.scan(QByteArrayView(xml).sliced(at, std::min(piece, xml.size() - at)));
        }
        REQUIRE(merges.size() == 3);  // "A1" is no range
        // A cell merged across columns is a title only when the row holds nothing else; the rows
        // come in order, each asked about once filled.
        QStringList title{QString(), QString(), QStringLiteral("Итоги")};
        merges.fill(2, title);
        CHECK(merges.isTitle(2, title));
        CHECK_FALSE(merges.isTitle(2, {QStringLiteral("a"), QString(), QStringLiteral("Итоги")}));
        QStringList nine{QString(), QStringLiteral("5")};
        merges.fill(9, nine);
        CHECK_FALSE(merges.isTitle(9, nine));
        QStringList ten{QStringLiteral("x")};
        merges.fill(10, ten);
        CHECK(ten == QStringList{QStringLiteral("x"), QStringLiteral("5")});
        QStringList twelve{QStringLiteral("x")};
        merges.fill(12, twelve);
        CHECK(twelve == QStringList{QStringLiteral("x")});
        QStringList twenty(27);
        twenty[26] = QStringLiteral("AA");
        merges.fill(20, twenty);
        QStringList twentyOne;
        merges.fill(21, twentyOne);
        CHECK(twentyOne.value(26) == QStringLiteral("AA"));
    }
}

TEST_CASE("A sheet of 100 MB is read a row at a time in constant memory", "[xlsx][memory]") {
    // The sheet's XML is written to a file a piece at a time and packed from there, so nothing
    // here holds it either.
    QTemporaryDir dir;
    const QString xmlPath = dir.filePath(QStringLiteral("sheet.xml"));
    const QByteArray note = QByteArray("перезвонить вечером, спросить про рассрочку; ").repeated(4);
    qint64 rows = 0;
    {
        QFile xml(xmlPath);
        REQUIRE(xml.open(QIODevice::WriteOnly));
        xml.write(R"(<?xml version="1.0" encoding="UTF-8"?><worksheet )"
                  R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)");
        QByteArray piece;
        while (xml.size() + piece.size() < 100LL * 1024 * 1024) {
            const QByteArray r = QByteArray::number(++rows);
            piece += R"(<row r=")" + r + R"("><c r="A)" + r + R"(" t="inlineStr"><is><t>Клиент )" + r +
                     R"(</t></is></c><c r="B)" + r + R"("><v>79120000000</v></c><c r="C)" + r +
                     R"(" t="inlineStr"><is><t>)" + note + R"(</t></is></c></row>)";
            if (piece.size() > (1 << 20)) {
                xml.write(piece);
                piece.clear();
            }
        }
        xml.write(piece +
                  R"(</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells></worksheet>)");
    }
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    {
        int error = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        REQUIRE(archive != nullptr);
        auto add = [&](const char* name, zip_source_t* source) {
            REQUIRE(source != nullptr);
            const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
            REQUIRE(index >= 0);
            REQUIRE(zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1) ==
                    0);
        };
        static const char workbook[] =
            R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
            R"(<sheet name="Лиды" sheetId="1" r:id="rId1"/></sheets></workbook>)";
        static const char relations[] =
            R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
        add("xl/workbook.xml", zip_source_buffer(archive, workbook, sizeof workbook - 1, 0));
        add("xl/_rels/workbook.xml.rels", zip_source_buffer(archive, relations, sizeof relations - 1, 0));
        add("xl/worksheets/sheet1.xml",
            zip_source_file(archive, QFile::encodeName(xmlPath).constData(), 0, -1));
        REQUIRE(zip_close(archive) == 0);
    }
    QFile::remove(xmlPath);
    REQUIRE(QFileInfo(path).size() > 0);

    const double before = fd::core::peakResidentMiB();
    auto reader = require(XlsxReader::open(path));
    XlsxRow row;
    qint64 read = 0;
    double progress = 0;
    while (reader->next(row)) {
        ++read;
        REQUIRE(row.number == read);
        REQUIRE(row.cells.size() == 3);
        REQUIRE(reader->progress() >= progress);
        progress = reader->progress();
    }
    CHECK_FALSE(reader->error().has_value());
    CHECK(read == rows);
    CHECK(progress == 1.0);
    const double grown = fd::core::peakResidentMiB() - before;
    INFO("rows " << rows << ", peak memory grew by " << grown << " MiB while reading");
    // Holding the sheet would take 100 MiB as bytes and twice that as text.
    CHECK(grown < 40);
}
