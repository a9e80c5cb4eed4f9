#include "money.h"

#include <optional>

namespace fd::core {

QString Money::toPlainString() const {
    const qint64 abs = kopecks < 0 ? -kopecks : kopecks;
    return QStringLiteral("%1%2.%3")
        .arg(kopecks < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(QStringView text) {
    QString s;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F)) {
            continue;
        }
        s.append(c == QLatin1Char(',') ? QLatin1Char('.') : c);
    }
    if (s.isEmpty()) {
        return std::nullopt;
    }
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2 || frac.contains(QLatin1Char('.'))) {
        return std::nullopt;
    }
    for (QChar c : whole + frac) {
        if (!c.isDigit()) {
            return std::nullopt;
        }
    }
    if (whole.size() > 15) {
        return std::nullopt;
    }
    while (frac.size() < 2) {
        frac.append(QLatin1Char('0'));
    }
    const qint64 value = whole.toLongLong() * 100 + frac.toLongLong();
    return Money{negative ? -value : value};
}

}  // namespace fd::core
