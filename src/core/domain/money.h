#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace fd::core {

/// An exact amount of money in minor units (kopecks). Never a double.
struct Money {
    qint64 kopecks = 0;

    static constexpr Money fromRubles(qint64 rubles) { return Money{rubles * 100}; }
    constexpr Money operator+(Money o) const { return Money{kopecks + o.kopecks}; }
    constexpr Money operator-(Money o) const { return Money{kopecks - o.kopecks}; }
    constexpr Money& operator+=(Money o) {
        kopecks += o.kopecks;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    /// "1234.50" — a locale-neutral text for files and logs; screens format by locale.
    QString toPlainString() const;
    /// Parses "1234", "1234.5", "1 234,50" (spaces and a comma or dot as decimal separator).
    static std::optional<Money> parse(QStringView text);
};

}  // namespace fd::core
