#include "funnel/wilson.h"

#include <algorithm>
#include <cmath>

namespace fd::core {

Rate wilsonRate(qint64 num, qint64 den) {
    Rate r;
    r.num = num;
    r.den = den;
    if (den <= 0) {
        r.ciLow = 0.0;
        r.ciHigh = 1.0;
        return r;
    }
    const double n = static_cast<double>(den);
    const double p = static_cast<double>(num) / n;
    r.rate = p;
    if (num < 0 || num > den) {
        return r;
    }
    constexpr double z = 1.959963984540054;  // the 97.5th percentile of the normal distribution
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    r.ciLow = std::clamp(centre - half, 0.0, 1.0);
    r.ciHigh = std::clamp(centre + half, 0.0, 1.0);
    // Rounding can put an interval bound a hair inside the rate at 0 or 1.
    r.ciLow = std::min(*r.ciLow, p);
    r.ciHigh = std::max(*r.ciHigh, p);
    return r;
}

}  // namespace fd::core
