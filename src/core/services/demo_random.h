#pragma once

#include <QtGlobal>

#include <cmath>
#include <vector>

namespace fd::core {

/// A small deterministic generator (xoshiro256**, seeded by splitmix64) so the demo
/// database is the same for the same seed on every platform and standard library.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed) {
        quint64 x = seed;
        for (quint64& s : m_s) {
            x += 0x9E3779B97F4A7C15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next() {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) {
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(double p) { return unit() < p; }
    /// Exponentially distributed with the given mean.
    double exponential(double mean) { return -mean * std::log(1.0 - unit()); }
    /// An index drawn with the given weights.
    std::size_t weighted(const std::vector<double>& weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(range(0, static_cast<qint64>(items.size()) - 1))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4]{};
};

}  // namespace fd::core
