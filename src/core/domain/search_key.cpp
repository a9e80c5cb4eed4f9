#include "domain/search_key.h"

#include "domain/text_limits.h"

#include <QStringList>

namespace fd::core {

QString foldForSearch(const QString& text) {
    QString folded = withoutControlCharacters(text).toCaseFolded();  // a NUL pasted in is not searched for
    folded.replace(QChar(0x0451), QChar(0x0435));                    // ё -> е
    return folded.simplified();
}

QString makeSearchKey(const QString& name, const QString& phone, const QString& email) {
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    QStringList parts;
    for (const QString& p : {foldForSearch(name), digits, foldForSearch(email)}) {
        if (!p.isEmpty()) {
            parts << p;
        }
    }
    return parts.join(QLatin1Char(' '));
}

}  // namespace fd::core
