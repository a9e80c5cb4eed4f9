#pragma once

#include "result.h"

#include <QString>

namespace fd::core {

/// A phone number in E.164 ("+79123456789") together with what the user typed.
struct Phone {
    QString e164;
    QString raw;
};

/// Normalizes phone numbers as people in Russia and Kazakhstan write them:
/// "8 (912) 345-67-89", "+7 912 345 67 89", "79123456789", "912 345-67-89" all become
/// "+79123456789". Other countries are accepted only in international form ("+375 29 ...").
/// Anything else — letters, too few or too many digits, an impossible +7 area code —
/// is refused with an error naming the "phone" field.
class PhoneNormalizer final {
public:
    static Result<Phone> normalize(const QString& raw);
};

}  // namespace fd::core
