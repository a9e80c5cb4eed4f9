#include "io/ical_writer.h"

#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>

namespace fd::core {

ICalWriter::ICalWriter(QIODevice& device, const QString& calendarName, qint64 stamp)
    : m_device(device), m_stamp(utcTime(stamp)) {
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//FunnelDesk//FunnelDesk " FD_VERSION "//RU"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
}

QString ICalWriter::escapeText(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue;  // other control characters are not allowed in a TEXT value
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalWriter::fold(const QByteArray& text) {
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;  // the first line has 75 octets, continuations a space and 74
    while (text.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back off to the first byte of the character.
        while (cut > start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        out += text.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += text.mid(start);
    out += "\r\n";
    return out;
}

QByteArray ICalWriter::utcTime(qint64 epochSeconds) {
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

void ICalWriter::line(const QString& text) {
    const QByteArray bytes = fold(text.toUtf8());
    m_ok = m_ok && m_device.write(bytes) == bytes.size();
}

void ICalWriter::event(const ICalEvent& e) {
    line(QStringLiteral("BEGIN:VEVENT"));
    line(QStringLiteral("UID:") + e.uid);
    line(QStringLiteral("DTSTAMP:") + QString::fromLatin1(m_stamp));
    line(QStringLiteral("DTSTART:") + QString::fromLatin1(utcTime(e.start)));
    line(QStringLiteral("DTEND:") + QString::fromLatin1(utcTime(e.end)));
    line(QStringLiteral("SUMMARY:") + escapeText(e.summary));
    if (!e.location.isEmpty()) {
        line(QStringLiteral("LOCATION:") + escapeText(e.location));
    }
    if (!e.description.isEmpty()) {
        line(QStringLiteral("DESCRIPTION:") + escapeText(e.description));
    }
    if (!e.status.isEmpty()) {
        line(QStringLiteral("STATUS:") + e.status);
    }
    line(QStringLiteral("END:VEVENT"));
}

Status ICalWriter::finish() {
    line(QStringLiteral("END:VCALENDAR"));
    if (!m_ok) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The export file could not be written."), {},
                           QStringLiteral("out"));
    }
    return Ok{};
}

}  // namespace fd::core
