#pragma once

#include "domain/result.h"
#include "io/record_source.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace fd::core {

/// How a CSV file is written, as Russian offices write them.
enum class CsvEncoding { Auto, Utf8, Cp1251 };

struct CsvOptions {
    CsvEncoding encoding = CsvEncoding::Auto;
    std::optional<QChar> delimiter;  ///< empty: detect among ';' ',' and tab
};

/// Reads CSV as a stream (RFC 4180 quoting, quotes doubled inside quoted fields, line breaks
/// inside quoted fields), in UTF-8, UTF-8 with a BOM or Windows-1251, with CRLF, LF or CR line
/// ends. The encoding and the delimiter are detected from the first 64 KiB unless given. Line
/// breaks inside fields come out as "\n" whatever the file used, so the same data reads the
/// same from every dialect. Memory stays bounded by the longest record.
class CsvReader final : public RecordSource {
public:
    explicit CsvReader(QIODevice& device, CsvOptions options = {});
    ~CsvReader() override;

    /// Detects the dialect; an error if the device cannot be read.
    Status open();
    FileFormat format() const override { return FileFormat::Csv; }
    /// The next record; false at the end of the file.
    bool next(CsvRecord& record) override;
    qint64 estimatedRecords(qint64 csvBytesPerRecord) const override;

    CsvEncoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    QChar delimiter() const { return m_delimiter; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const override { return m_bytesRead; }

    /// The delimiter a sample of text most consistently splits into several fields.
    static QChar detectDelimiter(const QString& sample);

private:
    bool fill();

    QIODevice& m_device;
    CsvOptions m_options;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    bool m_bom = false;
    QChar m_delimiter = QLatin1Char(';');
    std::unique_ptr<QStringDecoder> m_decoder;
    QByteArray m_pendingBytes;  ///< read while sniffing, not decoded yet
    QByteArray m_utf8Tail;      ///< UTF-8 after the last ASCII byte read, not decoded yet
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
};

}  // namespace fd::core
