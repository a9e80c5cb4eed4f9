#include "phone.h"

namespace fd::core {

namespace {

Error badPhone(const QString& raw) {
    return Error::make(ErrorCode::InvalidInput,
                       QT_TRANSLATE_NOOP("fd::core::Error",
                                         "The phone number \"%1\" is not usable: enter 11 digits starting "
                                         "with +7 or 8, or an international number starting with +."),
                       {raw.trimmed()}, QStringLiteral("phone"));
}

// In the +7 zone a national number starts with 3, 4, 8, 9 (Russia) or 6, 7 (Kazakhstan).
bool plausibleZone7(QChar firstNational) {
    return QStringView(u"346789").contains(firstNational);
}

}  // namespace

Result<Phone> PhoneNormalizer::normalize(const QString& raw) {
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The phone number is empty."), {},
                           QStringLiteral("phone"));
    }
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == QLatin1Char('+')) {
            if (plus || !digits.isEmpty()) {
                return badPhone(raw);
            }
            plus = true;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')') || c == QLatin1Char('.') || c == QChar(0x00A0) ||
                   c == QChar(0x2011) || c == QChar(0x2013)) {
            continue;
        } else {
            return badPhone(raw);
        }
    }

    QString national;  // ten digits of a +7 number
    if (plus) {
        if (digits.startsWith(QLatin1Char('7'))) {
            if (digits.size() != 11) {
                return badPhone(raw);
            }
            national = digits.mid(1);
        } else {
            // International form outside the +7 zone: E.164 allows up to 15 digits.
            if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0'))) {
                return badPhone(raw);
            }
            return Phone{QLatin1Char('+') + digits, raw};
        }
    } else if (digits.size() == 11 &&
               (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7')))) {
        national = digits.mid(1);
    } else if (digits.size() == 10) {
        national = digits;
    } else {
        return badPhone(raw);
    }

    if (!plausibleZone7(national.at(0))) {
        return badPhone(raw);
    }
    return Phone{QStringLiteral("+7") + national, raw};
}

}  // namespace fd::core
