#include "storage/lead_list_memory.h"

#include "storage/contact_keys.h"
#include "storage/database.h"
#include "storage/lead_list_where.h"
#include "storage/sqlite_statement.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace fd::core::leadlist {

namespace {

constexpr std::uint32_t kNoMatch = 0;  // ids and foreign keys start at 1

/// A filter's id as the index holds it; kNoMatch for one no lead can have.
std::uint32_t narrow(qint64 v) {
    return v > 0 && v <= std::numeric_limits<std::uint32_t>::max() ? static_cast<std::uint32_t>(v) : kNoMatch;
}

/// The contacts a text search finds, as bits by contact id.
std::vector<std::uint64_t> contactsFound(Database& db, const LeadListIndex& x, const QString& needle) {
    std::vector<std::uint64_t> bits(x.maxContact / 64 + 1, 0);
    QString phrase = needle;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    SqliteStatement found(db.sqliteHandle(), "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?1");
    found.bind(1, QStringLiteral("\"%1\"").arg(phrase));
    while (found.step()) {
        const qint64 c = sqlite3_column_int64(found.get(), 0);
        if (c >= 0 && c <= x.maxContact) {
            bits[static_cast<std::size_t>(c) >> 6] |= std::uint64_t{1} << (c & 63);
        }
    }
    return bits;
}

/// Where a small table's rows come in the order of their names (BINARY, then id): 1, 2, …;
/// 0 is kept for the leads without one, first in ascending order as SQL puts NULLs.
std::unordered_map<std::uint32_t, qint64> ranks(Database& db, const char* table) {
    const std::string sql = std::string("SELECT id, name FROM ") + table;  // from the whitelist below
    SqliteStatement rows(db.sqliteHandle(), sql.c_str());
    std::vector<std::pair<std::string, qint64>> named;
    while (rows.step()) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(rows.get(), 1));
        named.emplace_back(
            std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(rows.get(), 1))),
            sqlite3_column_int64(rows.get(), 0));
    }
    std::sort(named.begin(), named.end());
    std::unordered_map<std::uint32_t, qint64> out;
    for (std::size_t i = 0; i < named.size(); ++i) {
        out.emplace(narrow(named[i].second), static_cast<qint64>(i + 1));
    }
    return out;
}

/// Puts rows [offset, end) of `v` in order at their places (the rest before or after, unsorted).
template <class T, class Less>
void selectSlice(std::vector<T>& v, std::size_t offset, std::size_t end, Less less) {
    end = std::min(end, v.size());
    if (offset >= end) {
        return;
    }
    if (offset > 0) {
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(offset), v.end(), less);
    }
    if (end < v.size()) {
        std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(offset),
                         v.begin() + static_cast<std::ptrdiff_t>(end), v.end(), less);
    }
    std::sort(v.begin() + static_cast<std::ptrdiff_t>(offset), v.begin() + static_cast<std::ptrdiff_t>(end),
              less);
}

/// A lead under a sort by one number, ties by creation and id.
struct Keyed {
    qint64 key;
    qint64 created;
    std::uint32_t id;
};

std::vector<Id> byNumber(const LeadListIndex& x, const std::vector<std::uint32_t>& matched, bool descending,
                         std::size_t offset, std::size_t end, const auto& keyOf) {
    std::vector<Keyed> v;
    v.reserve(matched.size());
    for (const std::uint32_t p : matched) {
        v.push_back({keyOf(p), x.created[p], x.id[p]});
    }
    auto asc = [](const Keyed& a, const Keyed& b) {
        return a.key != b.key ? a.key < b.key : a.created != b.created ? a.created < b.created : a.id < b.id;
    };
    if (descending) {
        selectSlice(v, offset, end, [&](const Keyed& a, const Keyed& b) { return asc(b, a); });
    } else {
        selectSlice(v, offset, end, asc);
    }
    std::vector<Id> out;
    for (std::size_t i = offset; i < std::min(end, v.size()); ++i) {
        out.push_back(v[i].id);
    }
    return out;
}

/// A lead under a sort by its contact's name or phone: the key, and the text itself once read.
struct ByContact {
    contactkeys::NameKey key;  ///< without its exactness
    bool exact;
    std::uint32_t contact;
    qint64 created;
    std::uint32_t id;
    const std::string* text = nullptr;  ///< read for keys shared by texts that may differ
};

/// The texts (`column` of contacts, from the whitelist) of these contacts; a NULL reads as none.
std::unordered_map<std::uint32_t, std::string> contactTexts(Database& db, const char* column,
                                                            std::vector<std::uint32_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::unordered_map<std::uint32_t, std::string> out;
    constexpr std::size_t kBatch = 200;
    for (std::size_t at = 0; at < ids.size(); at += kBatch) {
        const std::size_t n = std::min(kBatch, ids.size() - at);
        std::string sql = std::string("SELECT id, ") + column + " FROM contacts WHERE id IN (?";
        for (std::size_t i = 1; i < n; ++i) {
            sql += ",?";
        }
        sql += ")";
        SqliteStatement rows(db.sqliteHandle(), sql.c_str());
        for (std::size_t i = 0; i < n; ++i) {
            rows.bind(static_cast<int>(i + 1), static_cast<qint64>(ids[at + i]));
        }
        while (rows.step()) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(rows.get(), 1));
            out.emplace(
                static_cast<std::uint32_t>(sqlite3_column_int64(rows.get(), 0)),
                std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(rows.get(), 1))));
        }
    }
    return out;
}

std::vector<Id> byContact(Database& db, const LeadListIndex& x, const std::vector<std::uint32_t>& matched,
                          bool names, bool descending, std::size_t offset, std::size_t end) {
    std::vector<ByContact> v;
    v.reserve(matched.size());
    for (const std::uint32_t p : matched) {
        ByContact e{{}, true, x.contact[p], x.created[p], x.id[p]};
        if (names) {
            e.key = {x.nameKey[p][0], x.nameKey[p][1] & ~std::uint64_t{1}};
            e.exact = contactkeys::exact(x.nameKey[p]);
        } else {
            e.key = {contactkeys::phoneOrder(x.phoneKey[p]), 0};
            e.exact = contactkeys::phoneExact(x.phoneKey[p]);
        }
        v.push_back(e);
    }
    // Ascending: the key; texts when both were read; then contact, creation and id.
    auto keyLess = [](const ByContact& a, const ByContact& b) { return a.key < b.key; };
    auto asc = [](const ByContact& a, const ByContact& b) {
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (a.text && b.text && *a.text != *b.text) {
            return *a.text < *b.text;
        }
        return a.contact != b.contact   ? a.contact < b.contact
               : a.created != b.created ? a.created < b.created
                                        : a.id < b.id;
    };
    auto less = [&](const ByContact& a, const ByContact& b) { return descending ? asc(b, a) : asc(a, b); };
    auto before = [&](const ByContact& a, const ByContact& b) {
        return descending ? keyLess(b, a) : keyLess(a, b);
    };
    selectSlice(v, offset, end, less);
    end = std::min(end, v.size());
    if (offset >= end) {
        return {};
    }
    // The order by keys is the texts' but among equal keys of texts that may differ: the leads
    // with the slice's first to last key are put in the texts' order, reading those texts.
    const ByContact first = v[offset];
    const ByContact last = v[end - 1];
    std::size_t preceding = 0;
    std::vector<ByContact> around;
    for (const ByContact& e : v) {
        if (before(e, first)) {
            ++preceding;
        } else if (!before(last, e)) {
            around.push_back(e);
        }
    }
    std::sort(around.begin(), around.end(), less);
    std::vector<std::uint32_t> unread;
    for (std::size_t i = 0; i < around.size();) {
        std::size_t j = i + 1;
        bool mayDiffer = !around[i].exact;
        bool several = false;
        while (j < around.size() && around[j].key == around[i].key) {
            mayDiffer = mayDiffer || !around[j].exact;
            several = several || around[j].contact != around[i].contact;
            ++j;
        }
        if (mayDiffer && several) {
            for (std::size_t k = i; k < j; ++k) {
                unread.push_back(around[k].contact);
            }
        }
        i = j;
    }
    std::unordered_map<std::uint32_t, std::string> texts;
    if (!unread.empty()) {
        texts = contactTexts(db, names ? "name" : "phone_e164", unread);
        for (ByContact& e : around) {
            if (auto it = texts.find(e.contact); it != texts.end()) {
                e.text = &it->second;
            }
        }
        std::sort(around.begin(), around.end(), less);
    }
    std::vector<Id> out;
    for (std::size_t i = offset - preceding; i < end - preceding && i < around.size(); ++i) {
        out.push_back(around[i].id);
    }
    return out;
}

}  // namespace

std::vector<std::uint32_t> matchInMemory(Database& db, const LeadListIndex& x, const LeadFilter& f) {
    const qint64 from = f.createdFrom.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = f.createdTo.value_or(std::numeric_limits<qint64>::max());
    const bool bounded = f.createdFrom || f.createdTo;
    const auto status = static_cast<std::uint8_t>(f.status.value_or(LeadStatus::New));
    const std::uint32_t channel = f.channelId ? narrow(*f.channelId) : kNoMatch;
    const std::uint32_t office = f.officeId ? narrow(*f.officeId) : kNoMatch;
    const std::uint32_t reachOffice = f.reachOfficeId ? narrow(*f.reachOfficeId) : kNoMatch;
    const std::uint32_t op = f.operatorId ? narrow(*f.operatorId) : kNoMatch;
    const std::uint32_t reachOperator = f.reachOperatorId ? narrow(*f.reachOperatorId) : kNoMatch;
    // An id no lead can hold (none is 0 in the index): nothing matches (an operator's reach still
    // takes the leads of nobody).
    for (const OptId& v : {f.channelId, f.officeId, f.reachOfficeId, f.operatorId}) {
        if (v && narrow(*v) == kNoMatch) {
            return {};
        }
    }
    const QString needle = searchNeedle(f.text);
    std::vector<std::uint64_t> found;
    if (!needle.isEmpty()) {
        found = contactsFound(db, x, needle);
    }
    std::vector<std::uint32_t> out;
    const auto n = static_cast<std::uint32_t>(x.size());
    for (std::uint32_t p = 0; p < n; ++p) {
        if ((bounded && (x.created[p] < from || x.created[p] >= to)) || (f.status && x.status[p] != status) ||
            (f.channelId && x.channel[p] != channel) || (f.officeId && x.office[p] != office) ||
            (f.reachOfficeId && x.office[p] != reachOffice) || (f.operatorId && x.operatorId[p] != op) ||
            (f.reachOperatorId && x.operatorId[p] != 0 && x.operatorId[p] != reachOperator)) {
            continue;
        }
        if (!found.empty() && (found[x.contact[p] >> 6] & (std::uint64_t{1} << (x.contact[p] & 63))) == 0) {
            continue;
        }
        out.push_back(p);
    }
    return out;
}

std::vector<Id> pageInMemory(Database& db, const LeadListIndex& x, const std::vector<std::uint32_t>& matched,
                             LeadSort sort, qint64 offset, int limit) {
    if (offset < 0 || limit <= 0 || static_cast<std::size_t>(offset) >= matched.size()) {
        return {};
    }
    const auto from = static_cast<std::size_t>(offset);
    const std::size_t end = from + static_cast<std::size_t>(limit);
    const bool desc = sort.descending;
    auto dimension = [&](const char* table, const std::vector<std::uint32_t>& column) {
        const std::unordered_map<std::uint32_t, qint64> rank = ranks(db, table);
        return byNumber(x, matched, desc, from, end, [&](std::uint32_t p) -> qint64 {
            const auto it = rank.find(column[p]);
            return column[p] == 0 || it == rank.end() ? 0 : it->second;
        });
    };
    switch (sort.column) {
        case LeadColumn::Name:
        case LeadColumn::Phone:
            return byContact(db, x, matched, sort.column == LeadColumn::Name, desc, from, end);
        case LeadColumn::Channel:
            return dimension("channels", x.channel);
        case LeadColumn::Campaign:
            return dimension("campaigns", x.campaign);
        case LeadColumn::Operator:
            return dimension("employees", x.operatorId);
        case LeadColumn::Office:
            return dimension("offices", x.office);
        case LeadColumn::State: {
            // SQL orders the status by its code's text.
            std::array<qint64, 9> rank{};
            std::array<std::pair<QString, int>, 9> codes;
            for (int s = 0; s < 9; ++s) {
                codes[static_cast<std::size_t>(s)] = {toCode(static_cast<LeadStatus>(s)), s};
            }
            std::sort(codes.begin(), codes.end());
            for (std::size_t i = 0; i < codes.size(); ++i) {
                rank[static_cast<std::size_t>(codes[i].second)] = static_cast<qint64>(i);
            }
            return byNumber(x, matched, desc, from, end,
                            [&](std::uint32_t p) { return rank[static_cast<std::size_t>(x.status[p])]; });
        }
        case LeadColumn::NextMeeting:
            return byNumber(x, matched, desc, from, end, [&](std::uint32_t p) { return x.nextMeeting[p]; });
        case LeadColumn::Revenue:
            return byNumber(x, matched, desc, from, end, [&](std::uint32_t p) { return x.revenue[p]; });
        case LeadColumn::Created:
            break;
    }
    return byNumber(x, matched, desc, from, end, [&](std::uint32_t p) { return x.created[p]; });
}

}  // namespace fd::core::leadlist
