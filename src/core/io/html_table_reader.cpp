#include "io/html_table_reader.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace fd::core {

namespace {

/// A cell's HTML as text: tags dropped (a line break for <br> and between paragraphs),
/// entities decoded, spaces collapsed as a browser shows them.
QString cellText(QStringView html) {
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = html.toString();
    text.replace(space, QStringLiteral(" "));  // the source's own line breaks are spaces
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString decoded;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            code = name.mid(2).toUInt(nullptr, 16);
        } else if (name.startsWith(QLatin1Char('#'))) {
            code = name.mid(1).toUInt();
        } else if (name == QLatin1String("nbsp")) {
            code = ' ';
        } else if (name == QLatin1String("amp")) {
            code = '&';
        } else if (name == QLatin1String("lt")) {
            code = '<';
        } else if (name == QLatin1String("gt")) {
            code = '>';
        } else if (name == QLatin1String("quot")) {
            code = '"';
        } else if (name == QLatin1String("apos")) {
            code = '\'';
        }
        decoded += code ? QString::fromUcs4(&code, 1) : m.captured(0);
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    // Whitespace runs are one space; the line breaks of <br> stay.
    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.simplified();
    }
    while (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    return lines.join(QLatin1Char('\n'));
}

/// The position of the next tag `name` (opening, e.g. "<tr") at or after `from`, or -1.
qsizetype findTag(const QString& text, QLatin1StringView name, qsizetype from) {
    for (qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + name.size();
        if (after >= text.size() || !text[after].isLetterOrNumber()) {
            return at;
        }
    }
    return -1;
}

}  // namespace

bool HtmlTableReader::looksLikeHtml(const QByteArray& start) {
    QByteArray head = start.left(2048).trimmed().toLower();
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.mid(3).trimmed();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<meta") ||
           head.startsWith("<table") || (head.startsWith("<") && head.contains("<table"));
}

Result<std::unique_ptr<HtmlTableReader>> HtmlTableReader::open(QIODevice& file) {
    const QByteArray bytes = file.readAll();
    std::unique_ptr<HtmlTableReader> reader(new HtmlTableReader);
    reader->m_size = bytes.size();
    // The charset the document names; else UTF-8 when its bytes are valid UTF-8.
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString named = charset.match(QString::fromLatin1(bytes.left(4096))).captured(1).toLower();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (named == QLatin1String("windows-1251") || named == QLatin1String("cp1251") ||
        (named.isEmpty() && utf8.hasError())) {
        QStringDecoder cp1251("windows-1251");
        text = cp1251.decode(bytes);
    }
    const qsizetype table = findTag(text, QLatin1StringView("<table"), 0);
    if (table < 0) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file is a web page without a table of rows. Export the list "
                              "again, or save it as CSV."),
            {}, QStringLiteral("file"));
    }
    reader->m_text = std::move(text);
    reader->m_pos = table;
    return reader;
}

bool HtmlTableReader::next(CsvRecord& record) {
    for (;;) {
        const qsizetype row = findTag(m_text, QLatin1StringView("<tr"), m_pos);
        const qsizetype tableEnd = m_text.indexOf(QLatin1String("</table"), m_pos, Qt::CaseInsensitive);
        if (row < 0 || (tableEnd >= 0 && tableEnd < row)) {
            m_pos = m_text.size();
            m_bytesRead = m_size;
            return false;
        }
        qsizetype rowEnd = m_text.indexOf(QLatin1String("</tr"), row, Qt::CaseInsensitive);
        const qsizetype nextRow = findTag(m_text, QLatin1StringView("<tr"), row + 3);
        bool closed = true;
        if (rowEnd < 0 || (nextRow >= 0 && nextRow < rowEnd)) {
            // </tr> left out, as HTML allows: the row ends where the next one (or the table) starts.
            rowEnd = nextRow >= 0 ? nextRow : (tableEnd >= 0 ? tableEnd : m_text.size());
            closed = false;
        }
        ++m_row;
        record.fields.clear();
        record.error.reset();
        record.line = m_row;
        static const QRegularExpression cell(
            QStringLiteral("<t([dh])\\b([^>]*)>(.*?)(?=<t[dh]\\b|</t[dh]\\s*>|$)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression span(QStringLiteral("colspan\\s*=\\s*[\"']?(\\d+)"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QString rowHtml = m_text.mid(row, rowEnd - row);
        for (QRegularExpressionMatchIterator it = cell.globalMatch(rowHtml); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            record.fields << cellText(m.captured(3));
            const int extra = span.match(m.captured(2)).captured(1).toInt() - 1;
            for (int i = 0; i < extra && i < 1000; ++i) {
                record.fields << QString();
            }
        }
        m_pos = closed ? rowEnd + 1 : rowEnd;
        m_bytesRead = m_text.isEmpty() ? m_size : m_size * m_pos / m_text.size();
        bool any = false;
        for (const QString& f : record.fields) {
            any = any || !f.isEmpty();
        }
        if (any) {
            return true;
        }
    }
}

}  // namespace fd::core
