#include "io/import_time.h"

#include <QDateTime>
#include <QRegularExpression>

namespace fd::core {

std::optional<qint64> parseImportTime(const QString& text, const QTimeZone& zone) {
    const QString t = text.trimmed();
    static const QRegularExpression russian(
        QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ "
                       "T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    int y = 0;
    int mo = 0;
    int d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    QString offset;
    if (const auto m = russian.match(t); m.hasMatch()) {
        d = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        y = m.captured(3).toInt();
        h = m.captured(4).toInt();
        mi = m.captured(5).toInt();
        s = m.captured(6).toInt();
    } else if (const auto i = iso.match(t); i.hasMatch()) {
        y = i.captured(1).toInt();
        mo = i.captured(2).toInt();
        d = i.captured(3).toInt();
        h = i.captured(4).toInt();
        mi = i.captured(5).toInt();
        s = i.captured(6).toInt();
        offset = i.captured(7);
    } else {
        return std::nullopt;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    if (offset.isEmpty()) {
        return QDateTime(date, time, zone).toSecsSinceEpoch();
    }
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        const QString digits = QString(offset.mid(1)).remove(QLatin1Char(':'));
        seconds = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60 *
                  (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(seconds)).toSecsSinceEpoch();
}

}  // namespace fd::core
