#include "storage/contact_keys.h"

namespace fd::core::contactkeys {

namespace {

/// The next code point of UTF-8 text (a broken byte stands for itself, above every letter).
char32_t nextCodePoint(std::string_view s, std::size_t& at) {
    const auto b = static_cast<unsigned char>(s[at]);
    int more = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
    if (more < 0 || (more > 0 && at + static_cast<std::size_t>(more) >= s.size())) {
        ++at;
        return 0x10FFFF;
    }
    char32_t c = more == 0 ? b : (b & (0x3F >> more));
    ++at;
    for (int i = 0; i < more; ++i) {
        c = (c << 6) | (static_cast<unsigned char>(s[at++]) & 0x3F);
    }
    return c;
}

/// A name character's 7-bit code in code point order, and whether the character is one of the
/// alphabet's (else the code of the gap it falls in, which ends the key).
struct Code {
    unsigned value;
    bool exact;
};
Code nameCode(char32_t c) {
    // Runs of the alphabet in code point order, each with the code of its first character; the
    // code before a run's first is the gap below it.
    struct Run {
        char32_t first, last;
        unsigned code;
    };
    static constexpr Run kRuns[] = {{U' ', U' ', 2},  {U'-', U'-', 4},  {U'A', U'Z', 6},
                                    {U'a', U'z', 33}, {U'А', U'я', 60}, {U'ё', U'ё', 125}};
    for (const Run& r : kRuns) {
        if (c < r.first) {
            return {r.code - 1, false};
        }
        if (c <= r.last) {
            return {r.code + static_cast<unsigned>(c - r.first), true};
        }
    }
    return {126, false};
}

}  // namespace

NameKey nameKey(std::string_view utf8) {
    constexpr int kSymbols = 18;
    std::uint64_t bits[2] = {0, 0};
    bool isExact = true;
    std::size_t at = 0;
    int n = 0;
    for (; n < kSymbols && at < utf8.size(); ++n) {
        const Code code = nameCode(nextCodePoint(utf8, at));
        // Nine symbols a word, from its top bit down; the lowest bit of the second is exactness.
        const int word = n / 9;
        const int shift = 64 - 7 * (n % 9 + 1);
        bits[word] |= static_cast<std::uint64_t>(code.value) << shift;
        if (!code.exact) {
            isExact = false;
            break;
        }
    }
    if (at < utf8.size()) {
        isExact = false;
    }
    return {bits[0], bits[1] | (isExact ? 1U : 0U)};
}

std::uint64_t phoneKey(const char* utf8OrNull, std::size_t size) {
    if (!utf8OrNull) {
        return 0;
    }
    constexpr int kSymbols = 15;
    std::uint64_t key = std::uint64_t{1} << 63;  // a phone, even an empty one, after none
    bool isExact = size <= kSymbols;
    for (std::size_t i = 0; i < size && i < kSymbols; ++i) {
        const auto c = static_cast<unsigned char>(utf8OrNull[i]);
        unsigned code = 0;
        bool known = true;
        if (c == '+') {
            code = 2;
        } else if (c >= '0' && c <= '9') {
            code = 4 + (c - '0');
        } else {
            known = false;
            code = c < '+' ? 1 : c < '0' ? 3 : 14;
        }
        key |= static_cast<std::uint64_t>(code) << (60 - 4 * (static_cast<int>(i) + 1));
        if (!known) {
            isExact = false;
            break;
        }
    }
    return key | (isExact ? kPhoneExactBit : 0);
}

}  // namespace fd::core::contactkeys
