#include "io/import_time.h"

#include <QDateTime>
#include <QRegularExpression>

#include <array>

namespace fd::core {

namespace {

/// Digits at `at` of `t`, `min` to `max` of them (ASCII only); advances `at`.
std::optional<int> digits(QStringView t, qsizetype& at, int min, int max) {
    int value = 0;
    int n = 0;
    while (n < max && at < t.size() && t[at] >= QLatin1Char('0') && t[at] <= QLatin1Char('9')) {
        value = value * 10 + (t[at].unicode() - u'0');
        ++at;
        ++n;
    }
    return n >= min ? std::optional<int>(value) : std::nullopt;
}

bool take(QStringView t, qsizetype& at, char16_t c) {
    if (at < t.size() && t[at] == c) {
        ++at;
        return true;
    }
    return false;
}

/// The common shape, "d.m.yyyy[ H:MM[:SS]]", read without a regular expression; nullopt for
/// anything else (read by the full rules).
std::optional<std::array<int, 6>> russianFields(QStringView t) {
    qsizetype at = 0;
    std::array<int, 6> f{};
    const auto d = digits(t, at, 1, 2);
    const auto mo = d && take(t, at, u'.') ? digits(t, at, 1, 2) : std::nullopt;
    const auto y = mo && take(t, at, u'.') ? digits(t, at, 4, 4) : std::nullopt;
    if (!y) {
        return std::nullopt;
    }
    f = {*y, *mo, *d, 0, 0, 0};
    if (at == t.size()) {
        return f;
    }
    if (!take(t, at, u' ') && !take(t, at, u'T')) {
        return std::nullopt;
    }
    const auto h = digits(t, at, 1, 2);
    const auto mi = h && take(t, at, u':') ? digits(t, at, 2, 2) : std::nullopt;
    if (!mi) {
        return std::nullopt;
    }
    f[3] = *h;
    f[4] = *mi;
    if (take(t, at, u':')) {
        const auto sec = digits(t, at, 2, 2);
        if (!sec) {
            return std::nullopt;
        }
        f[5] = *sec;
    }
    return at == t.size() ? std::optional(f) : std::nullopt;
}

/// The zone's offset on a local date with no change of offset in it (nullopt on a day the
/// clocks are moved): one lookup in the zone's rules per date, remembered per thread.
std::optional<int> uniformOffset(const QDate& date, const QTimeZone& zone) {
    struct Remembered {
        QByteArray zone;
        qint64 day = 0;
        std::optional<int> offset;
    };
    thread_local Remembered last;
    const QByteArray id = zone.id();
    if (last.zone != id || last.day != date.toJulianDay()) {
        const int start = QDateTime(date, QTime(0, 0), zone).offsetFromUtc();
        const int end = QDateTime(date, QTime(23, 59, 59), zone).offsetFromUtc();
        last = {id, date.toJulianDay(), start == end ? std::optional<int>(start) : std::nullopt};
    }
    return last.offset;
}

constexpr qint64 kUnixEpochJulianDay = 2440588;

}  // namespace

std::optional<qint64> parseImportTime(const QString& text, const QTimeZone& zone) {
    if (const auto f = russianFields(QStringView(text).trimmed())) {
        const QDate date((*f)[0], (*f)[1], (*f)[2]);
        const QTime time((*f)[3], (*f)[4], (*f)[5]);
        if (!date.isValid() || !time.isValid()) {
            return std::nullopt;
        }
        if (const auto offset = uniformOffset(date, zone)) {
            return (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000 -
                   *offset;
        }
        return QDateTime(date, time, zone).toSecsSinceEpoch();
    }
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
