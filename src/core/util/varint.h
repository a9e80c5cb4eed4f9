#pragma once

// Variable-length integers for the packed chunks kept beside the lead rows (FactChunk, the list's
// chunks): seven bits a byte, small numbers in one byte, signed ones zigzagged.

#include <QtGlobal>

#include <cstdint>
#include <cstring>
#include <span>
#include <string>

namespace fd::core::varint {

inline std::uint64_t zigzag(qint64 v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

inline qint64 unzigzag(std::uint64_t v) {
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

inline void put(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

inline void putSigned(std::string& out, qint64 v) {
    put(out, zigzag(v));
}

/// Reads packed bytes; any read past the end or an overlong number marks them broken.
class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> bytes)
        : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    std::uint64_t next() {
        if (m_at != m_end && *m_at < 0x80) {
            return *m_at++;  // most numbers of a chunk fit in one byte
        }
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_end) {
                m_broken = true;
                return 0;
            }
            const std::uint8_t b = *m_at++;
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        m_broken = true;
        return 0;
    }
    qint64 nextSigned() { return unzigzag(next()); }
    /// `n` bytes as they are.
    void copy(void* to, std::size_t n) {
        if (static_cast<std::size_t>(m_end - m_at) < n) {
            m_broken = true;
            m_at = m_end;
            return;
        }
        std::memcpy(to, m_at, n);
        m_at += n;
    }
    /// A count that cannot be larger than the bytes left (every item takes at least one).
    std::size_t count() {
        const std::uint64_t n = next();
        if (n > static_cast<std::uint64_t>(m_end - m_at)) {
            m_broken = true;
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    bool broken() const { return m_broken; }
    bool atEnd() const { return m_at == m_end; }

private:
    const std::uint8_t* m_at;
    const std::uint8_t* m_end;
    bool m_broken = false;
};

}  // namespace fd::core::varint
