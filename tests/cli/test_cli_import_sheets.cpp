// funneldesk-cli import on spreadsheets: the sheet chosen by name or number, bad rows named by the
// row and cell the spreadsheet shows, and files that are not what they claim refused with the cause.

#include "cli_test_support.h"
#include "test_support.h"

#include "io/xlsx_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace fd::core;
using fd::test::require;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(FD_TEST_DATA "/xlsx/") + QString::fromLatin1(name);
}

QStringList spendArgs(const QString& db, const QString& file) {
    return {QStringLiteral("import"),
            QStringLiteral("spend"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--map"),
            QStringLiteral("date=День"),
            QStringLiteral("--map"),
            QStringLiteral("channel=Канал"),
            QStringLiteral("--map"),
            QStringLiteral("amount=Расход"),
            file};
}

}  // namespace

TEST_CASE("import reads the workbook's sheet chosen by name or number and names bad cells", "[cli][import]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(cli(initArgs(db)).exitCode == 0);

    // The spend is on the second sheet: the first has no such columns.
    const Run first = cli(spendArgs(db, fixture("openpyxl.xlsx")));
    CHECK(first.exitCode == 1);
    CHECK(first.err.contains(QStringLiteral("has no column")));
    const Run byName = cli(spendArgs(db, fixture("openpyxl.xlsx"))
                           << QStringLiteral("--sheet") << QStringLiteral("Расходы"));
    CHECK(byName.exitCode == 0);
    CHECK(byName.out.contains(QStringLiteral("created:        1")));
    const Run byNumber =
        cli(spendArgs(db, fixture("openpyxl.xlsx")) << QStringLiteral("--sheet") << QStringLiteral("2"));
    CHECK(byNumber.exitCode == 0);
    CHECK(byNumber.out.contains(QStringLiteral("unchanged:      1")));
    const Run missing =
        cli(spendArgs(db, fixture("openpyxl.xlsx")) << QStringLiteral("--sheet") << QStringLiteral("Сделки"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("\"Сделки\"")));
    CHECK(missing.err.contains(QStringLiteral("Лиды, Расходы")));

    // A bad amount and a bad date: the row numbers and cells the spreadsheet shows, in the
    // output and in the report.
    const QString workbook = dir.filePath(QStringLiteral("spend.xlsx"));
    {
        XlsxWriter writer(workbook, QStringLiteral("Расходы"), QTimeZone(QByteArray("Europe/Moscow")));
        writer.header({{QStringLiteral("День"), CellType::Text},
                       {QStringLiteral("Канал"), CellType::Text},
                       {QStringLiteral("Расход"), CellType::Decimal}});
        writer.row({QStringLiteral("03.11.2026"), QStringLiteral("Авито"), 1500.0});
        writer.row({QStringLiteral("04.11.2026"), QStringLiteral("Авито"), QStringLiteral("много")});
        writer.row({QStringLiteral("31.11.2026"), QStringLiteral("Авито"), 10.0});
        require(writer.finish());
    }
    const QString report = dir.filePath(QStringLiteral("bad.csv"));
    const Run bad = cli(spendArgs(db, workbook) << QStringLiteral("--on-error") << QStringLiteral("skip")
                                                << QStringLiteral("--report") << report);
    CHECK(bad.exitCode == 0);
    CHECK(bad.out.contains(QStringLiteral("created:        1")));
    CHECK(bad.err.contains(QStringLiteral("row 3, cell C3, Расход: ")));
    CHECK(bad.err.contains(QStringLiteral("row 4, cell A4, День: ")));
    const QString lines = QString::fromUtf8(fd::test::fileBytes(report));
    CHECK(lines.contains(QStringLiteral("row;cell;column;reason")));
    CHECK(lines.contains(QStringLiteral("3;C3;\"Расход\";")));

    // What is not a workbook says so, and writes nothing.
    for (const char* name : {"damaged.xlsx", "not-a-workbook.xlsx"}) {
        CAPTURE(name);
        const Run r = cli(spendArgs(db, fixture(name)));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral(".xlsx or CSV")));
    }
    const QString legacy = dir.filePath(QStringLiteral("old.xls"));
    {
        QFile f(legacy);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    }
    const Run old = cli(spendArgs(db, legacy));
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral("old Excel workbook (.xls)")));
}
