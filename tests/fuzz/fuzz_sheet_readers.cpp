// libFuzzer target for the spreadsheet readers an import opens by content: fd::core::XlsxReader
// (with XlsxMerges) and fd::core::HtmlTableReader. Built with clang, ASan and UBSan by
// tests/fuzz/CMakeLists.txt and run by tests/fuzz/run_fuzz.sh.
//
// The first byte of an input chooses what the rest is:
//   0: a web page, read as Bitrix24's "Excel" export;
//   1: a whole file, opened as a workbook (a zip archive, or anything else);
//   2: the parts of a workbook separated by NUL bytes — the sheet's XML, the shared strings, the
//      styles, and optionally the workbook and its relations — packed into a sound archive, so
//      that the fuzzer works on the XML the reader parses rather than on the archive's checksums.
// Each pass checks what must hold for any bytes at all; a broken invariant aborts, so libFuzzer
// reports it like a crash and saves the input.

#include "io/html_table_reader.h"
#include "io/xlsx_reader.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using fd::core::CsvRecord;
using fd::core::HtmlTableReader;
using fd::core::XlsxReader;
using fd::core::XlsxRow;

namespace {

[[noreturn]] void broken(const char* invariant, int line) {
    std::fprintf(stderr, "fuzz_sheet_readers.cpp:%d: invariant broken: %s\n", line, invariant);
    std::abort();
}

#define FD_CHECK(condition) ((condition) ? void() : broken(#condition, __LINE__))

/// Rows read at most from one input: a small archive may inflate to very many.
constexpr int kMaxRows = 20000;

const QString& workbookPath() {
    static const QString path =
        QStringLiteral("/tmp/fuzz_sheet_readers_%1.xlsx").arg(QCoreApplication::applicationPid());
    return path;
}

void readHtml(const QByteArray& input) {
    QByteArray bytes = input;
    QBuffer device(&bytes);
    FD_CHECK(device.open(QIODevice::ReadOnly));
    auto opened = HtmlTableReader::open(device);
    if (!opened) {
        FD_CHECK(!opened.error().message().isEmpty());
        return;
    }
    HtmlTableReader& reader = **opened;
    FD_CHECK(reader.format() == fd::core::FileFormat::HtmlTable);
    CsvRecord record;
    qint64 line = 0;
    qint64 bytesRead = 0;
    int rows = 0;
    while (reader.next(record)) {
        FD_CHECK(++rows <= input.size() + 1);  // each row takes bytes of its own
        FD_CHECK(record.line > line);
        line = record.line;
        FD_CHECK(reader.bytesRead() >= bytesRead && reader.bytesRead() <= input.size());
        bytesRead = reader.bytesRead();
    }
    FD_CHECK(!reader.next(record));
}

void readWorkbook(const QString& sheet) {
    auto opened = XlsxReader::open(workbookPath(), sheet);
    if (!opened) {
        FD_CHECK(!opened.error().message().isEmpty());
        return;
    }
    XlsxReader& reader = **opened;
    FD_CHECK(!reader.sheetNames().isEmpty());
    XlsxRow row;
    double progress = 0;
    for (int rows = 0; rows < kMaxRows && reader.next(row); ++rows) {
        FD_CHECK(!row.cells.isEmpty());
        FD_CHECK(row.cells.size() <= 16384);
        FD_CHECK(reader.progress() >= progress && reader.progress() <= 1.0);
        progress = reader.progress();
        bool any = false;
        for (const QString& c : row.cells) {
            any = any || !c.trimmed().isEmpty();
        }
        FD_CHECK(any);  // rows with nothing in them are passed over
    }
    if (reader.error()) {
        FD_CHECK(!reader.error()->message().isEmpty());
        FD_CHECK(!reader.next(row));
    }
}

void writeFile(const QByteArray& bytes) {
    QFile f(workbookPath());
    FD_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FD_CHECK(f.write(bytes) == bytes.size());
}

const char* const kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>)"
    R"(</workbook>)";
const char* const kRelations =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Target="/xl/worksheets/sheet1.xml"/></Relationships>)";

/// Packs the parts into an archive at workbookPath(), stored without compression.
void writeWorkbook(const QList<QByteArray>& parts) {
    int error = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(workbookPath()).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    FD_CHECK(archive != nullptr);
    const char* const names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                                 "xl/workbook.xml", "xl/_rels/workbook.xml.rels"};
    // libzip reads the bytes at zip_close: they are kept until then.
    QByteArray kept[5];
    for (int i = 0; i < 5; ++i) {
        QByteArray& part = kept[i];
        part = parts.value(i);
        if (i == 3 && part.isEmpty()) {
            part = kWorkbook;
        } else if (i == 4 && part.isEmpty()) {
            part = kRelations;
        }
        zip_source_t* source =
            zip_source_buffer(archive, part.constData(), static_cast<zip_uint64_t>(part.size()), 0);
        FD_CHECK(source != nullptr);
        const zip_int64_t index = zip_file_add(archive, names[i], source, ZIP_FL_OVERWRITE);
        FD_CHECK(index >= 0);
        FD_CHECK(zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0);
    }
    FD_CHECK(zip_close(archive) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
        case 0:
            readHtml(input);
            break;
        case 1:
            writeFile(input);
            readWorkbook({});
            break;
        default:
            writeWorkbook(input.split('\0'));
            // The first sheet, and the same sheet by its second name and path.
            readWorkbook({});
            readWorkbook(QStringLiteral("2"));
            break;
    }
    return 0;
}
