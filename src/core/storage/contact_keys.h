#pragma once

// Sort keys of a contact's name and phone for the leads list's index (LeadListIndex): integers
// that order as SQLite orders the texts (BINARY: by code point), so that most of a sort by name
// or phone is a sort of integers. A key of a smaller value belongs to a smaller text; texts with
// equal keys are told apart by their contacts' texts unless both keys are exact (the whole text).

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <string_view>

namespace fd::core::contactkeys {

using NameKey = std::array<std::uint64_t, 2>;

/// Up to 18 characters of a name, 7 bits each: space, hyphen, Latin and Cyrillic letters and ё
/// each have a code, and any other character a code for where it falls between them, after
/// which the key ends inexact.
NameKey nameKey(std::string_view utf8);
inline bool exact(const NameKey& k) {
    return (k[1] & 1U) != 0;
}
/// Compares the keys without their exactness: -1, 0 or 1.
inline int compare(const NameKey& a, const NameKey& b) {
    if (a[0] != b[0]) {
        return a[0] < b[0] ? -1 : 1;
    }
    const std::uint64_t x = a[1] & ~std::uint64_t{1};
    const std::uint64_t y = b[1] & ~std::uint64_t{1};
    return x == y ? 0 : (x < y ? -1 : 1);
}

/// Up to 15 characters of a phone (+, digits), 4 bits each; no phone (NULL) orders first.
std::uint64_t phoneKey(const char* utf8OrNull, std::size_t size);
inline constexpr std::uint64_t kPhoneExactBit = std::uint64_t{1} << 62;
inline bool phoneExact(std::uint64_t k) {
    return (k & kPhoneExactBit) != 0;
}
inline std::uint64_t phoneOrder(std::uint64_t k) {
    return k & ~kPhoneExactBit;
}

}  // namespace fd::core::contactkeys
