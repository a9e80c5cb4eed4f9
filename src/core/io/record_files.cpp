#include "io/record_files.h"

#include "io/html_table_reader.h"
#include "io/xlsx_reader.h"

#include <QFileDevice>
#include <algorithm>

namespace fd::core {

namespace {

/// An .xlsx sheet's rows as records, a row's number as its line.
class XlsxRecords final : public RecordSource {
public:
    XlsxRecords(std::unique_ptr<XlsxReader> reader, qint64 fileSize)
        : m_reader(std::move(reader)), m_fileSize(fileSize) {}

    FileFormat format() const override { return FileFormat::Xlsx; }
    QStringList sheets() const override { return m_reader->sheetNames(); }
    bool next(CsvRecord& record) override {
        if (m_failed) {
            return false;
        }
        XlsxRow row;
        if (m_reader->next(row)) {
            // A sheet stores no cell for an empty one at a row's end: the row is as wide as the
            // header (the first row), as CSV would have it.
            if (m_width < 0) {
                m_width = static_cast<int>(row.cells.size());
            }
            while (row.cells.size() < m_width) {
                row.cells << QString();
            }
            record.fields = std::move(row.cells);
            record.line = row.number;
            record.error.reset();
            return true;
        }
        if (const std::optional<Error>& e = m_reader->error()) {
            // A sheet damaged half-way: said once, as the record where it stopped.
            m_failed = true;
            record.fields.clear();
            record.line = row.number;
            record.error = *e;
            return true;
        }
        return false;
    }
    /// A sheet's XML takes about three and a half times the bytes of the same cells as CSV.
    qint64 estimatedRecords(qint64 csvBytesPerRecord) const override {
        return m_reader->sheetBytes() * 2 / std::max<qint64>(1, 7 * csvBytesPerRecord);
    }
    qint64 bytesRead() const override {
        const double done = m_reader->progress();
        return static_cast<qint64>(done * static_cast<double>(m_fileSize));
    }

private:
    std::unique_ptr<XlsxReader> m_reader;
    qint64 m_fileSize = 0;
    int m_width = -1;  ///< the header's columns
    bool m_failed = false;
};

}  // namespace

Result<std::unique_ptr<RecordSource>> openRecords(QIODevice& file, const CsvOptions& csv,
                                                  const QString& sheet) {
    if (file.peek(4) == QByteArrayLiteral("\xD0\xCF\x11\xE0")) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file is an old Excel workbook (.xls). Open it in the spreadsheet "
                              "program and save it as .xlsx or CSV, then import that."),
            {}, QStringLiteral("file"));
    }
    if (file.peek(4) == QByteArrayLiteral("PK\x03\x04")) {
        const auto* onDisk = qobject_cast<QFileDevice*>(&file);
        if (!onDisk || onDisk->fileName().isEmpty()) {
            return Error::make(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "A workbook is read from a file: save it to disk and import that."),
                {}, QStringLiteral("file"));
        }
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(onDisk->fileName(), sheet);
        if (!reader) {
            return reader.error();
        }
        return std::unique_ptr<RecordSource>(
            std::make_unique<XlsxRecords>(std::move(reader).value(), file.size()));
    }
    if (HtmlTableReader::looksLikeHtml(file.peek(2048))) {
        // Bitrix24's "Export to Excel": an .xls that is a web page with a table.
        Result<std::unique_ptr<HtmlTableReader>> html = HtmlTableReader::open(file);
        if (!html) {
            return html.error();
        }
        return std::unique_ptr<RecordSource>(std::move(html).value());
    }
    auto reader = std::make_unique<CsvReader>(file, csv);
    if (Status opened = reader->open(); !opened) {
        return opened.error();
    }
    return std::unique_ptr<RecordSource>(std::move(reader));
}

}  // namespace fd::core
