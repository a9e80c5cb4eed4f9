#include "io/value_parsers.h"

#include <QRegularExpression>

namespace fd::core {

std::optional<Money> parseAmount(QString text) {
    static const QRegularExpression currency(QStringLiteral("(₽|руб\\.?|р\\.|rub)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.remove(currency);
    return Money::parse(QStringView(text).trimmed());
}

std::optional<QDate> parseDay(const QString& text) {
    const QString first = text.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('T'), 0, 0);
    for (const QString& format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yy")}) {
        QDate d = QDate::fromString(first, format);
        if (d.isValid()) {
            if (format == QLatin1String("dd.MM.yy")) {
                d = d.addYears(100);  // "01.11.26" is 2026, not 1926
            }
            return d;
        }
    }
    return std::nullopt;
}

}  // namespace fd::core
