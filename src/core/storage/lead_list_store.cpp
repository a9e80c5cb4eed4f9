#include "storage/lead_list_store.h"

#include "storage/contact_keys.h"
#include "storage/database.h"
#include "storage/read_scope.h"
#include "storage/sqlite_statement.h"
#include "storage/storage_error.h"
#include "util/varint.h"

#include <QString>

#include <sqlite3.h>

#include <cstring>

namespace fd::core {

namespace {

constexpr const char* kSnapshot = "lead-list";

/// The status codes as the rows hold them, by the enum's order.
const std::array<QByteArray, 9>& statusCodes() {
    static const std::array<QByteArray, 9> codes = [] {
        std::array<QByteArray, 9> out;
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = toCode(static_cast<LeadStatus>(i)).toUtf8();
        }
        return out;
    }();
    return codes;
}

}  // namespace

void LeadListIndex::reserve(std::size_t n) {
    id.reserve(n);
    created.reserve(n);
    status.reserve(n);
    channel.reserve(n);
    campaign.reserve(n);
    office.reserve(n);
    operatorId.reserve(n);
    contact.reserve(n);
    nextMeeting.reserve(n);
    revenue.reserve(n);
    nameKey.reserve(n);
    phoneKey.reserve(n);
}

void LeadListIndex::resize(std::size_t n) {
    id.resize(n);
    created.resize(n);
    status.resize(n);
    channel.resize(n);
    campaign.resize(n);
    office.resize(n);
    operatorId.resize(n);
    contact.resize(n);
    nextMeeting.resize(n);
    revenue.resize(n);
    nameKey.resize(n);
    phoneKey.resize(n);
}

std::vector<std::string> LeadListStore::schema() {
    auto drop = [](const std::string& leadId) { return leadchunks::forget(kTable, leadId); };
    // The lead columns the list filters and sorts by; any other change (a note) keeps the chunk.
    const std::string columns =
        "id, contact_id, created_at, status, channel_id, campaign_id, office_id, operator_id, "
        "next_meeting_at, revenue";
    return {
        "CREATE TABLE IF NOT EXISTS lead_list (chunk INTEGER PRIMARY KEY, format INTEGER NOT NULL, leads "
        "INTEGER NOT NULL, body BLOB NOT NULL) STRICT",
        "CREATE TRIGGER IF NOT EXISTS lead_list_lead_insert AFTER INSERT ON leads BEGIN " + drop("NEW.id") +
            " END",
        "CREATE TRIGGER IF NOT EXISTS lead_list_lead_delete AFTER DELETE ON leads BEGIN " + drop("OLD.id") +
            " END",
        "CREATE TRIGGER IF NOT EXISTS lead_list_lead_update AFTER UPDATE OF " + columns + " ON leads BEGIN " +
            drop("OLD.id") + drop("NEW.id") + " END",
        // A contact's name or phone is in the chunks of each of its leads.
        "CREATE TRIGGER IF NOT EXISTS lead_list_contact_update AFTER UPDATE OF name, phone_e164 ON contacts "
        "BEGIN DELETE FROM lead_list WHERE chunk IN (SELECT id >> " +
            std::to_string(leadchunks::kShift) + " FROM leads WHERE contact_id = OLD.id); END",
    };
}

std::string LeadListStore::encode(const LeadListIndex& x, std::size_t from, std::size_t to) {
    using varint::put;
    using varint::putSigned;
    std::string out;
    out.reserve((to - from) * 40 + 4);
    put(out, to - from);
    qint64 id = 0;
    qint64 created = 0;
    qint64 contact = 0;
    for (std::size_t i = from; i < to; ++i) {
        put(out, static_cast<std::uint64_t>(x.id[i] - id));
        putSigned(out, x.created[i] - created);
        put(out, static_cast<std::uint64_t>(x.status[i]));
        put(out, x.channel[i]);
        put(out, x.campaign[i]);
        put(out, x.office[i]);
        put(out, x.operatorId[i]);
        putSigned(out, static_cast<qint64>(x.contact[i]) - contact);
        put(out, x.nextMeeting[i] == LeadListIndex::kNone
                     ? 0
                     : varint::zigzag(x.nextMeeting[i] - x.created[i]) + 1);
        putSigned(out, x.revenue[i]);
        out.append(reinterpret_cast<const char*>(x.nameKey[i].data()), 16);
        out.append(reinterpret_cast<const char*>(&x.phoneKey[i]), 8);
        id = x.id[i];
        created = x.created[i];
        contact = x.contact[i];
    }
    return out;
}

bool LeadListStore::decode(std::span<const std::uint8_t> bytes, LeadListIndex& into) {
    varint::Reader r(bytes);
    const std::size_t n = r.count();
    const std::size_t before = into.size();
    qint64 id = 0;
    qint64 created = 0;
    qint64 contact = 0;
    constexpr std::uint64_t kMax32 = std::numeric_limits<std::uint32_t>::max();
    auto small = [&]() {
        const std::uint64_t v = r.next();
        return static_cast<std::uint32_t>(v > kMax32 ? 0 : v);
    };
    bool fits = true;
    for (std::size_t i = 0; i < n && !r.broken(); ++i) {
        id += static_cast<qint64>(r.next());
        created += r.nextSigned();
        const std::uint64_t status = r.next();
        fits = fits && id <= static_cast<qint64>(kMax32) && status < statusCodes().size();
        into.id.push_back(static_cast<std::uint32_t>(id));
        into.created.push_back(created);
        into.status.push_back(static_cast<std::uint8_t>(status < statusCodes().size() ? status : 0));
        into.channel.push_back(small());
        into.campaign.push_back(small());
        into.office.push_back(small());
        into.operatorId.push_back(small());
        contact += r.nextSigned();
        fits = fits && contact >= 0 && contact <= static_cast<qint64>(kMax32);
        into.contact.push_back(static_cast<std::uint32_t>(contact));
        const std::uint64_t next = r.next();
        into.nextMeeting.push_back(next == 0 ? LeadListIndex::kNone : created + varint::unzigzag(next - 1));
        into.revenue.push_back(r.nextSigned());
        contactkeys::NameKey name{};
        std::uint64_t phone = 0;
        r.copy(name.data(), 16);
        r.copy(&phone, 8);
        into.nameKey.push_back(name);
        into.phoneKey.push_back(phone);
    }
    if (r.broken() || !r.atEnd() || !fits) {
        into.resize(before);
        return false;
    }
    return true;
}

bool LeadListStore::chunkFromRows(qint64 chunk, LeadListIndex& into) {
    SqliteStatement rows(m_db.sqliteHandle(),
                         "SELECT l.id, l.created_at, l.status, l.channel_id, l.campaign_id, l.office_id, "
                         "l.operator_id, l.contact_id, l.next_meeting_at, l.revenue, c.name, c.phone_e164 "
                         "FROM leads l JOIN contacts c ON c.id = l.contact_id "
                         "WHERE l.id >= ?1 AND l.id < ?2 ORDER BY l.id");
    rows.bind(1, leadchunks::firstId(chunk)).bind(2, leadchunks::firstId(chunk + 1));
    sqlite3_stmt* st = rows.get();
    constexpr qint64 kMax32 = std::numeric_limits<std::uint32_t>::max();
    bool fits = true;
    auto small = [&](int column) -> std::uint32_t {
        const qint64 v = sqlite3_column_int64(st, column);
        fits = fits && v >= 0 && v <= kMax32;
        return static_cast<std::uint32_t>(v);
    };
    while (rows.step()) {
        into.id.push_back(small(0));
        into.created.push_back(sqlite3_column_int64(st, 1));
        const std::string_view code(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)),
                                    static_cast<std::size_t>(sqlite3_column_bytes(st, 2)));
        std::size_t s = 0;
        while (s < statusCodes().size() && std::string_view(statusCodes()[s].constData()) != code) {
            ++s;
        }
        fits = fits && s < statusCodes().size();
        into.status.push_back(static_cast<std::uint8_t>(s < statusCodes().size() ? s : 0));
        into.channel.push_back(small(3));
        into.campaign.push_back(small(4));
        into.office.push_back(small(5));
        into.operatorId.push_back(small(6));
        into.contact.push_back(small(7));
        into.nextMeeting.push_back(sqlite3_column_type(st, 8) == SQLITE_NULL ? LeadListIndex::kNone
                                                                             : sqlite3_column_int64(st, 8));
        into.revenue.push_back(sqlite3_column_int64(st, 9));
        into.nameKey.push_back(
            contactkeys::nameKey(std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(st, 10)),
                                                  static_cast<std::size_t>(sqlite3_column_bytes(st, 10)))));
        const auto* phone = reinterpret_cast<const char*>(sqlite3_column_text(st, 11));
        into.phoneKey.push_back(
            contactkeys::phoneKey(phone, static_cast<std::size_t>(sqlite3_column_bytes(st, 11))));
    }
    return fits;
}

std::shared_ptr<const LeadListIndex> LeadListStore::index() {
    if (!m_db.sqliteHandle()) {
        return nullptr;
    }
    if (auto cached = m_db.snapshot(kSnapshot)) {
        return std::static_pointer_cast<const LeadListIndex>(cached);
    }
    ReadScope read(m_db);
    auto stamp = m_db.dataStamp();
    auto fresh = std::make_shared<LeadListIndex>();
    std::vector<leadchunks::Built> built;
    if (const std::optional<leadchunks::Span> chunks = leadchunks::span(m_db, kTable)) {
        if (((chunks->last + 1 - chunks->first) << leadchunks::kShift) > kMaxLeads) {
            return nullptr;
        }
        fresh->reserve(static_cast<std::size_t>(chunks->storedLeads) +
                       (std::size_t{1} << leadchunks::kShift));
        bool fits = true;
        leadchunks::forEach(m_db, kTable, kFormat, *chunks,
                            [&](qint64 chunk, std::optional<std::span<const std::uint8_t>> bytes) {
                                if (bytes) {
                                    return decode(*bytes, *fresh);
                                }
                                const std::size_t from = fresh->size();
                                fits = chunkFromRows(chunk, *fresh) && fits;
                                built.push_back({chunk, static_cast<qint64>(fresh->size() - from),
                                                 encode(*fresh, from, fresh->size())});
                                return true;
                            });
        if (!fits) {
            return nullptr;
        }
    }
    read.end();
    for (const std::uint32_t c : fresh->contact) {
        fresh->maxContact = std::max(fresh->maxContact, c);
    }
    // Chunks built from the rows are kept for the next reader; the snapshot stays valid when that
    // write was the only change.
    if (const auto kept = leadchunks::keep(m_db, kTable, kFormat, built, stamp)) {
        stamp = *kept;
    }
    m_db.storeSnapshot(kSnapshot, fresh, stamp);
    return fresh;
}

LeadListIndex LeadListStore::fromRows() {
    LeadListIndex out;
    if (const std::optional<leadchunks::Span> chunks = leadchunks::span(m_db, kTable)) {
        for (qint64 chunk = chunks->first; chunk <= chunks->last; ++chunk) {
            chunkFromRows(chunk, out);
        }
    }
    for (const std::uint32_t c : out.contact) {
        out.maxContact = std::max(out.maxContact, c);
    }
    return out;
}

std::vector<qint64> LeadListStore::stale() {
    std::vector<qint64> out;
    for (const auto& [chunk, bytes] : leadchunks::stored(m_db, kTable, kFormat)) {
        LeadListIndex rows;
        chunkFromRows(chunk, rows);
        if (encode(rows, 0, rows.size()) != bytes) {
            out.push_back(chunk);
        }
    }
    return out;
}

}  // namespace fd::core
