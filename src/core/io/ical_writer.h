#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace fd::core {

/// One calendar event. Times are UTC epoch seconds.
struct ICalEvent {
    QString uid;  ///< stable: the same record always gets the same UID
    qint64 start = 0;
    qint64 end = 0;
    QString summary;
    QString description;
    QString location;
    QString status;  ///< TENTATIVE, CONFIRMED or CANCELLED
};

/// Writes an iCalendar file (RFC 5545): CRLF line ends, times in UTC ("…Z"), text values
/// escaped (backslash, semicolon, comma, line breaks) and lines folded at 75 octets without
/// splitting a UTF-8 character.
class ICalWriter final {
public:
    /// `stamp` is the DTSTAMP of every event (when the file was made).
    ICalWriter(QIODevice& device, const QString& calendarName, qint64 stamp);

    void event(const ICalEvent& e);
    Status finish();

    static QString escapeText(const QString& text);
    /// A content line folded into lines of at most 75 octets, each ending in CRLF.
    static QByteArray fold(const QByteArray& line);
    static QByteArray utcTime(qint64 epochSeconds);

private:
    void line(const QString& text);

    QIODevice& m_device;
    QByteArray m_stamp;
    bool m_ok = true;
};

}  // namespace fd::core
