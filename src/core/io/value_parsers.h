#pragma once

// Values as people and spreadsheets write them, read the same way everywhere: in imports and
// in the application's own fields. (Times are in import_time.h.)

#include "domain/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace fd::core {

/// An amount of money: "15 000", "15000,50", "15 000 ₽", "15000 руб.", "1 234,5 р.", "99.90 RUB";
/// spaces (also non-breaking) group thousands, a comma or a point marks kopecks. Empty when the
/// text is not an amount.
std::optional<Money> parseAmount(QString text);

/// A day: "dd.mm.yyyy", "d.m.yyyy", "yyyy-mm-dd", "dd.mm.yy" (20yy); a time after it is
/// ignored. Empty when the text is not a day.
std::optional<QDate> parseDay(const QString& text);

}  // namespace fd::core
