#include "io/csv_reader.h"

#include <QIODevice>
#include <algorithm>

#include <array>

namespace fd::core {

namespace {

constexpr qint64 kSniffBytes = 64 * 1024;
constexpr qint64 kChunkBytes = 256 * 1024;

/// True when the bytes are well-formed UTF-8 (a sequence cut off by the end of the sample
/// counts as well-formed). Windows-1251 Cyrillic is almost never well-formed UTF-8.
bool validUtf8(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const int need = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (need < 0 || (need == 1 && c < 0xC2)) {
            return false;
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n) {
                return true;
            }
            if ((p[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        i += need + 1;
    }
    return true;
}

/// How many bytes at the end start a UTF-8 sequence that they do not finish — bytes a stateful
/// QStringDecoder keeps waiting for the rest of. Lead bytes as Qt reads them: C2..F4.
qsizetype unfinishedUtf8(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
        const unsigned char c = p[n - k];
        if ((c & 0xC0) == 0x80) {
            continue;  // a continuation byte: the lead is further back
        }
        const qsizetype length = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
        return length > k ? k : 0;
    }
    return 0;
}

}  // namespace

CsvReader::CsvReader(QIODevice& device, CsvOptions options) : m_device(device), m_options(options) {}

CsvReader::~CsvReader() = default;

QChar CsvReader::detectDelimiter(const QString& sample) {
    const std::array<QChar, 3> candidates{QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    QChar best = QLatin1Char(';');
    int bestScore = -1;
    for (const QChar d : candidates) {
        // Fields per record over the first records, quote-aware.
        std::vector<int> counts;
        int fields = 1;
        bool quoted = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 20; ++i) {
            const QChar c = sample[i];
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == d) {
                ++fields;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < sample.size() && sample[i + 1] == QLatin1Char('\n')) {
                    ++i;
                }
                counts.push_back(fields);
                fields = 1;
            }
        }
        if (counts.empty()) {
            counts.push_back(fields);
        }
        // Score: records that split like the first one, if it splits at all.
        int score = 0;
        if (counts.front() > 1) {
            for (const int n : counts) {
                score += n == counts.front() ? 2 : 0;
            }
            score += 1;
        }
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

namespace {

/// What a file that is not CSV text is, said so the person knows what to save it as instead.
Status looksLikeText(const QByteArray& sample) {
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file is in UTF-16 (\"Unicode text\"). Save it as CSV in UTF-8 "
                              "(Excel: Save as ▸ CSV UTF-8) and import that."),
            {}, QStringLiteral("encoding"));
    }
    if (sample.startsWith("PK\x03\x04") || sample.startsWith("\xD0\xCF\x11\xE0")) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file is a spreadsheet workbook, not CSV text. Save it as CSV "
                              "(Excel: Save as ▸ CSV UTF-8) and import that."),
            {}, QStringLiteral("file"));
    }
    // Text has a stray control character at most; binary data has them everywhere.
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' ? 1 : 0;
    }
    if (controls >= 16 && controls * 20 > sample.size()) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file is not CSV text: it holds binary data. Choose the CSV file "
                              "exported from the other program."),
            {}, QStringLiteral("file"));
    }
    return Ok{};
}

}  // namespace

Status CsvReader::open() {
    if (!m_device.isReadable()) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The file cannot be read: %1"),
                           {m_device.errorString()}, QStringLiteral("file"));
    }
    // The whole sample, however the device hands it out (a pipe gives what it has).
    m_pendingBytes = m_device.read(kSniffBytes);
    while (m_pendingBytes.size() < kSniffBytes) {
        const QByteArray more = m_device.read(kSniffBytes - m_pendingBytes.size());
        if (more.isEmpty()) {
            break;
        }
        m_pendingBytes += more;
    }
    if (Status text = looksLikeText(m_pendingBytes); !text) {
        return text;
    }
    m_bom = m_pendingBytes.startsWith("\xEF\xBB\xBF");
    if (m_bom) {
        m_pendingBytes.remove(0, 3);
        m_bytesRead += 3;
    }
    switch (m_options.encoding) {
        case CsvEncoding::Auto:
            m_encoding = m_bom || validUtf8(m_pendingBytes) ? CsvEncoding::Utf8 : CsvEncoding::Cp1251;
            break;
        default:
            m_encoding = m_options.encoding;
    }
    m_decoder = m_encoding == CsvEncoding::Utf8 ? std::make_unique<QStringDecoder>(QStringDecoder::Utf8)
                                                : std::make_unique<QStringDecoder>("windows-1251");
    if (!m_decoder->isValid()) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error", "This system cannot decode Windows-1251 text."), {},
            QStringLiteral("encoding"));
    }
    fill();
    m_delimiter = m_options.delimiter ? *m_options.delimiter : detectDelimiter(m_buffer.left(kSniffBytes));
    return Ok{};
}

bool CsvReader::fill() {
    if (m_eof) {
        return false;
    }
    QByteArray bytes =
        m_pendingBytes.isEmpty() ? m_device.read(kChunkBytes) : std::exchange(m_pendingBytes, {});
    QString text;
    if (bytes.isEmpty()) {
        m_eof = true;
        if (m_utf8Tail.isEmpty()) {
            return false;
        }
        // A sequence the end of the file cuts short is U+FFFD for each of its bytes, as Qt decodes
        // it anywhere else; the decoder alone would keep waiting for the rest.
        const QByteArray tail = std::exchange(m_utf8Tail, {});
        text = m_decoder->decode(tail) + QString(unfinishedUtf8(tail), QChar::ReplacementCharacter);
    } else {
        m_bytesRead += bytes.size();
        if (m_encoding == CsvEncoding::Utf8) {
            // Qt's (6.4) stateful UTF-8 decoder drops the byte after a bad sequence that a read
            // cut in two — a letter, a delimiter or a line break — so it only gets the bytes up to
            // the last ASCII one, which always ends a sequence; the rest waits for the next read.
            qsizetype cut = bytes.size();
            while (cut > 0 && static_cast<unsigned char>(bytes[cut - 1]) >= 0x80) {
                --cut;
            }
            if (cut == 0) {
                m_utf8Tail += bytes;
                bytes.clear();
            } else {
                QByteArray rest = bytes.sliced(cut);
                bytes.truncate(cut);
                bytes.prepend(std::exchange(m_utf8Tail, std::move(rest)));
            }
        }
        if (!bytes.isEmpty()) {
            text = m_decoder->decode(bytes);
        }
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += text;
    return true;
}

namespace {

enum class FieldState { Start, Unquoted, Quoted, AfterQuote };

void endField(CsvRecord& record, QString& field) {
    record.fields.append(field);
    field.clear();
}

/// How many characters of `text` from `pos` (`first` is the one there) are field text that
/// readChar would only append (none ends the field, the line or a quoted part): in an unquoted
/// field everything but the delimiter and a line end, in a quoted one everything but a quote
/// and a line end.
qsizetype plainRun(QStringView text, qsizetype pos, QChar delimiter, FieldState state, QChar first) {
    if (state == FieldState::AfterQuote || (state == FieldState::Start && first == QLatin1Char('"'))) {
        return 0;
    }
    const char16_t stop = state == FieldState::Quoted ? u'"' : delimiter.unicode();
    const char16_t* data = text.utf16();
    qsizetype end = pos;
    while (end < text.size() && data[end] != stop && data[end] != u'\n' && data[end] != u'\r') {
        ++end;
    }
    return end - pos;
}

/// One character of a record that is not a line break, read in `state`.
void readChar(QChar c, QChar delimiter, FieldState& state, QString& field, CsvRecord& record) {
    using State = FieldState;
    switch (state) {
        case State::Start:
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
            } else if (c == delimiter) {
                endField(record, field);
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                endField(record, field);
                state = State::Start;
            } else {
                field += c;  // a quote inside an unquoted field is kept, as Excel does
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::AfterQuote;
            } else {
                field += c;
            }
            break;
        case State::AfterQuote:
            if (c == QLatin1Char('"')) {
                field += c;  // a doubled quote
                state = State::Quoted;
            } else if (c == delimiter) {
                endField(record, field);
                state = State::Start;
            } else {
                if (!record.error) {
                    record.error =
                        Error::make(ErrorCode::InvalidInput,
                                    QT_TRANSLATE_NOOP(
                                        "fd::core::Error",
                                        "Line %1, field %2: text after the closing quote of a quoted field."),
                                    {QString::number(record.line), QString::number(record.fields.size() + 1)},
                                    QStringLiteral("csv"));
                }
                field += c;
                state = State::Unquoted;
            }
            break;
    }
}

}  // namespace

qint64 CsvReader::estimatedRecords(qint64 csvBytesPerRecord) const {
    return m_device.size() / std::max<qint64>(1, csvBytesPerRecord);
}

bool CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    record.error.reset();
    record.line = m_line;
    while (m_pos >= m_buffer.size()) {
        if (!fill()) {
            return false;  // a read may decode to no text yet: only the end of the file ends
        }
    }
    FieldState state = FieldState::Start;
    QString field;
    auto peek = [this](QChar& c) {
        while (m_pos >= m_buffer.size()) {
            if (!fill()) {
                return false;
            }
        }
        c = m_buffer[m_pos];
        return true;
    };
    QChar c;
    while (peek(c)) {
        if (const qsizetype run = plainRun(m_buffer, m_pos, m_delimiter, state, c); run > 0) {
            // Plain text, taken up to the next delimiter, quote or line end at once.
            field.append(QStringView(m_buffer).sliced(m_pos, run));
            m_pos += run;
            state = state == FieldState::Start ? FieldState::Unquoted : state;
            continue;
        }
        ++m_pos;
        const bool newline = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (newline) {
            QChar n;
            if (c == QLatin1Char('\r') && peek(n) && n == QLatin1Char('\n')) {
                ++m_pos;
            }
            ++m_line;
            if (state == FieldState::Quoted) {
                field += QLatin1Char('\n');
                continue;
            }
            endField(record, field);
            return true;
        }
        readChar(c, m_delimiter, state, field, record);
    }
    // The end of the file ends the last record.
    if (state == FieldState::Quoted) {
        record.error = Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "Line %1, field %2: a quoted field is not closed before the end "
                              "of the file."),
            {QString::number(record.line), QString::number(record.fields.size() + 1)}, QStringLiteral("csv"));
    }
    endField(record, field);
    return true;
}

}  // namespace fd::core
