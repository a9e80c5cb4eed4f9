#pragma once

#include <QtGlobal>

#include <optional>

namespace fd::core {

/// A conversion: how many of how many, the rate, and its 95% Wilson score interval.
/// With a zero denominator there is no rate and the interval is [0, 1]. When the numerator
/// exceeds the denominator (possible for activity counts in period mode) the rate is still
/// given but there is no interval.
struct Rate {
    qint64 num = 0;
    qint64 den = 0;
    std::optional<double> rate;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;

    bool operator==(const Rate&) const = default;
};

Rate wilsonRate(qint64 num, qint64 den);

}  // namespace fd::core
