#pragma once

// A hash map from 64-bit integers to small values, in one array (open addressing, linear
// probing): for the million-entry lookups of a bulk import or the demo, where a node per entry
// costs more to allocate and free than the lookups themselves.

#include <QtGlobal>

#include <cstddef>
#include <utility>
#include <vector>

namespace fd::core {

template <class Value>
class FlatIntMap {
public:
    /// The value of `key`, or null. Valid until the next get() of a new key.
    Value* find(quint64 key) {
        if (m_slots.empty()) {
            return nullptr;
        }
        for (std::size_t i = slotOf(key);; i = (i + 1) & mask()) {
            Slot& s = m_slots[i];
            if (!s.used) {
                return nullptr;
            }
            if (s.key == key) {
                return &s.value;
            }
        }
    }
    bool contains(quint64 key) const { return const_cast<FlatIntMap*>(this)->find(key) != nullptr; }

    /// The value of `key`, added (value-initialized) if missing.
    Value& get(quint64 key) {
        if ((m_size + 1) * 4 > m_slots.size() * 3) {  // at most three quarters full
            grow();
        }
        for (std::size_t i = slotOf(key);; i = (i + 1) & mask()) {
            Slot& s = m_slots[i];
            if (!s.used) {
                s = Slot{key, Value{}, true};
                ++m_size;
                return s.value;
            }
            if (s.key == key) {
                return s.value;
            }
        }
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot {
        quint64 key = 0;
        Value value{};
        bool used = false;
    };

    std::size_t mask() const { return m_slots.size() - 1; }
    /// The key's home slot (its bits mixed, so neighbouring keys spread).
    std::size_t slotOf(quint64 key) const {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return static_cast<std::size_t>(key) & mask();
    }
    void grow() {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(m_slots.empty() ? 64 : m_slots.size() * 2));
        m_size = 0;
        for (const Slot& s : old) {
            if (s.used) {
                get(s.key) = s.value;
            }
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

}  // namespace fd::core
