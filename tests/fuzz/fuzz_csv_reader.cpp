// libFuzzer target for fd::core::CsvReader, built with clang, ASan and UBSan by tests/fuzz/CMakeLists.txt
// and run by tests/fuzz/run_fuzz.sh.
//
// Every input is read three times:
//   A. as the importer reads a file: encoding and delimiter detected;
//   B. with the encoding and the delimiter forced as the first byte of the input chooses (or
//      detected, as it may also choose);
//   C. in the dialect B read, given explicitly, through reads of a few bytes (their number also
//      chosen by the first byte) that records, CR LF pairs and UTF-8 sequences straddle: it must
//      read exactly what B read.
// Each pass checks what must hold for any bytes at all; a broken invariant aborts, so libFuzzer
// reports it like a crash and saves the input.

#include "io/csv_reader.h"

#include <QBuffer>
#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using fd::core::CsvEncoding;
using fd::core::CsvOptions;
using fd::core::CsvReader;
using fd::core::CsvRecord;

namespace {

/// The pass being checked, for the report of a broken invariant.
char g_pass[160] = "";

[[noreturn]] void broken(const char* invariant, int line) {
    std::fprintf(stderr, "fuzz_csv_reader.cpp:%d: invariant broken in pass %s: %s\n", line, g_pass,
                 invariant);
    std::abort();
}

#define FD_CHECK(condition) ((condition) ? void() : broken(#condition, __LINE__))

/// Printable ASCII as it is and every other character as \uXXXX, for reports.
QByteArray escaped(QStringView text) {
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F) {
            out += static_cast<char>(c.unicode());
        } else {
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        }
    }
    return out;
}

/// A QBuffer that hands out at most `chunk` bytes per read (0: no limit), as a pipe may, so that
/// small inputs cross the reader's read boundaries too. The first read still brings at least the
/// three bytes of a BOM, which the reader looks for in it.
class ChunkedBuffer final : public QBuffer {
public:
    ChunkedBuffer(QByteArray* bytes, qint64 chunk) : QBuffer(bytes), m_chunk(chunk) {}

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 limit = m_first ? std::max<qint64>(m_chunk, 3) : m_chunk;
        m_first = false;
        return QBuffer::readData(data, m_chunk > 0 ? std::min(maxSize, limit) : maxSize);
    }

private:
    qint64 m_chunk;
    bool m_first = true;
};

struct Pass {
    bool refused = false;  ///< not CSV text at all (UTF-16, a workbook, binary data)
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter;
    std::vector<CsvRecord> records;
};

const QByteArray kBom("\xEF\xBB\xBF");

bool isDetectable(QChar c) {
    return c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('\t');
}

/// The text with everything the reader may drop, keep or turn into structure removed: quotes, the
/// delimiter and line breaks. What is left must come out of the reader unchanged and in order.
QString plainText(QStringView text, QChar delimiter) {
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char('"') && c != delimiter && c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
            plain += c;
        }
    }
    return plain;
}

bool isUnclosedQuote(const CsvRecord& record) {
    return record.error && QLatin1String(record.error->key).contains(QLatin1String("is not closed"));
}

Pass readAll(char name, const QByteArray& input, const CsvOptions& options, qint64 chunk) {
    std::snprintf(g_pass, sizeof g_pass, "%c (encoding %d, delimiter %s, reads of %lld bytes)", name,
                  static_cast<int>(options.encoding),
                  options.delimiter ? escaped(QStringView(&*options.delimiter, 1)).constData() : "detected",
                  static_cast<long long>(chunk));
    QByteArray bytes = input;
    ChunkedBuffer device(&bytes, chunk);
    FD_CHECK(device.open(QIODevice::ReadOnly));
    CsvReader reader(device, options);
    Pass pass;
    if (const fd::core::Status opened = reader.open(); !opened) {
        // Only a file that is not CSV text at all is refused as a whole, saying what it is.
        FD_CHECK(opened.error().code == fd::core::ErrorCode::InvalidInput);
        FD_CHECK(!opened.error().message().isEmpty());
        pass.refused = true;
        return pass;
    }

    pass.encoding = reader.encoding();
    pass.delimiter = reader.delimiter();
    FD_CHECK(pass.encoding == CsvEncoding::Utf8 || pass.encoding == CsvEncoding::Cp1251);
    FD_CHECK(options.encoding == CsvEncoding::Auto || pass.encoding == options.encoding);
    FD_CHECK(options.delimiter ? pass.delimiter == *options.delimiter : isDetectable(pass.delimiter));
    FD_CHECK(reader.hadBom() == input.startsWith(kBom));
    FD_CHECK(!(reader.hadBom() && options.encoding == CsvEncoding::Auto) ||
             pass.encoding == CsvEncoding::Utf8);

    const qint64 size = input.size();
    qint64 bytesRead = reader.bytesRead();
    FD_CHECK(bytesRead >= 0 && bytesRead <= size);

    qint64 nextLine = 1;
    QString text;  // every field of every record, in order
    CsvRecord record;
    while (reader.next(record)) {
        // A record starts on the line after the last line break the previous one consumed: one
        // that ended it, plus one for each line break inside its quoted fields.
        FD_CHECK(record.line >= 1);
        FD_CHECK(record.line == nextLine);
        FD_CHECK(!record.fields.isEmpty());
        FD_CHECK(pass.records.empty() || !isUnclosedQuote(pass.records.back()));
        FD_CHECK(reader.bytesRead() >= bytesRead && reader.bytesRead() <= size);
        bytesRead = reader.bytesRead();

        qint64 breaks = 0;
        for (const QString& field : record.fields) {
            FD_CHECK(!field.contains(QLatin1Char('\r')));  // line breaks in fields come out as "\n"
            breaks += field.count(QLatin1Char('\n'));
            text += field;
        }
        if (record.error) {
            const QStringList& args = record.error->args;
            FD_CHECK(args.size() == 2);
            FD_CHECK(args[0] == QString::number(record.line));
            bool ok = false;
            const qsizetype field = args[1].toLongLong(&ok);
            FD_CHECK(ok && field >= 1 && field <= record.fields.size());
            FD_CHECK(!record.error->message().isEmpty());
        }
        nextLine = record.line + breaks + 1;
        pass.records.push_back(record);
    }
    FD_CHECK(reader.bytesRead() == size);
    FD_CHECK(!reader.next(record));
    FD_CHECK(!reader.next(record));

    // Each record but the last ends with a line break.
    const auto lineBreaks = static_cast<std::size_t>(input.count('\n') + input.count('\r'));
    FD_CHECK(pass.records.size() <= lineBreaks + 1);

    // Nothing but quotes, delimiters and line breaks is dropped, invented or reordered: the fields
    // hold the text a one-shot decoder makes of the whole input.
    const QByteArray body = reader.hadBom() ? input.mid(kBom.size()) : input;
    QString decoded;
    if (pass.encoding == CsvEncoding::Utf8) {
        decoded = QString::fromUtf8(body);
    } else {
        QStringDecoder cp1251("windows-1251");
        FD_CHECK(cp1251.isValid());
        decoded = cp1251.decode(body);
    }
    const QString fromFields = plainText(text, pass.delimiter);
    const QString fromBytes = plainText(decoded, pass.delimiter);
    if (fromFields != fromBytes) {
        std::fprintf(stderr, "fields: %s\ninput:  %s\n", escaped(fromFields).constData(),
                     escaped(fromBytes).constData());
    }
    FD_CHECK(fromFields == fromBytes);
    return pass;
}

bool sameRecords(const Pass& a, const Pass& b) {
    if (a.refused != b.refused) {
        return false;
    }
    if (a.records.size() != b.records.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        const CsvRecord& x = a.records[i];
        const CsvRecord& y = b.records[i];
        if (x.fields != y.fields || x.line != y.line || x.error.has_value() != y.error.has_value()) {
            return false;
        }
        if (x.error && (x.error->key != y.error->key || x.error->args != y.error->args)) {
            return false;
        }
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // A: as a file is read when nothing is known about it.
    readAll('A', input, CsvOptions{}, 0);

    // B: the dialect from the first byte.
    const unsigned char choice = size > 0 ? data[0] : 0;
    constexpr std::array<CsvEncoding, 4> encodings{CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Cp1251,
                                                   CsvEncoding::Auto};
    // 0: detect; the rest forced, up to a quote, a space and a Cyrillic letter.
    constexpr std::array<char16_t, 8> delimiters{0, u';', u',', u'\t', u'|', u'"', u' ', u'\u0436'};
    CsvOptions options;
    options.encoding = encodings[choice & 3U];
    if (const char16_t d = delimiters[(choice >> 2U) & 7U]; d != 0) {
        options.delimiter = QChar(d);
    }
    const Pass whole = readAll('B', input, options, 0);

    // C: the same dialect, read in pieces, reads the same.
    constexpr std::array<qint64, 8> chunks{1, 2, 3, 4, 5, 7, 16, 64};
    CsvOptions explicitOptions;
    explicitOptions.encoding = whole.encoding;
    explicitOptions.delimiter = whole.delimiter;
    const Pass pieces = readAll('C', input, explicitOptions, chunks[(choice >> 5U) & 7U]);
    FD_CHECK(sameRecords(whole, pieces));
    return 0;
}
