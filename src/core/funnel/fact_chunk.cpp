#include "funnel/fact_chunk.h"

namespace fd::core {

namespace {

// Bits of a lead's mask: which milestones it reached (t[1]..t[6]), a first call, and its flags.
constexpr unsigned kFirstCallBit = 1U << 6;
constexpr unsigned kNoShowBit = 1U << 7;
constexpr unsigned kDueMeetingBit = 1U << 8;
constexpr unsigned kKnownBits = (1U << 9) - 1;

std::uint64_t zigzag(qint64 v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

qint64 unzigzag(std::uint64_t v) {
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

void put(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

void putSigned(std::string& out, qint64 v) {
    put(out, zigzag(v));
}

/// Reads the bytes of a chunk; any read past the end or an overlong number marks it broken.
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

void encodeMoney(std::string& out, const std::vector<FunnelMoneyEvent>& events) {
    qint64 lead = 0;
    qint64 at = 0;
    for (const FunnelMoneyEvent& e : events) {
        putSigned(out, e.leadId - lead);
        putSigned(out, e.at - at);
        putSigned(out, e.amount);
        lead = e.leadId;
        at = e.at;
    }
}

void decodeMoney(Reader& in, std::size_t n, std::vector<FunnelMoneyEvent>& out) {
    qint64 lead = 0;
    qint64 at = 0;
    for (std::size_t i = 0; i < n && !in.broken(); ++i) {
        lead += in.nextSigned();
        at += in.nextSigned();
        out.push_back(FunnelMoneyEvent{lead, at, in.nextSigned(), 0});
    }
}

}  // namespace

std::string FactChunk::encode() const {
    std::string out;
    out.reserve(leads.size() * 24 + (deals.size() + payments.size()) * 10 + 16);
    put(out, kFormat);
    put(out, leads.size());
    put(out, deals.size());
    put(out, payments.size());
    qint64 id = 0;
    qint64 created = 0;
    for (const FunnelLeadFact& f : leads) {
        putSigned(out, f.id - id);
        putSigned(out, f.created - created);
        id = f.id;
        created = f.created;
        for (const Id attribute : {f.channel, f.campaign, f.operatorId, f.office, f.manager}) {
            putSigned(out, attribute);
        }
        unsigned mask = 0;
        for (std::size_t s = 1; s < 7; ++s) {
            mask |= f.at(s) != FunnelLeadFact::kNone ? 1U << (s - 1) : 0U;
        }
        mask |= f.firstCallAt() != FunnelLeadFact::kNone ? kFirstCallBit : 0U;
        mask |= f.hadNoShow ? kNoShowBit : 0U;
        mask |= f.hadDueMeeting ? kDueMeetingBit : 0U;
        put(out, mask);
        for (std::size_t s = 1; s < 7; ++s) {
            if (f.at(s) != FunnelLeadFact::kNone) {
                putSigned(out, f.at(s) - f.created);
            }
        }
        if (f.firstCallAt() != FunnelLeadFact::kNone) {
            putSigned(out, f.firstCallAt() - f.created);
        }
    }
    encodeMoney(out, deals);
    encodeMoney(out, payments);
    return out;
}

bool FactChunk::decode(std::span<const std::uint8_t> bytes, std::vector<FunnelLeadFact>& leads,
                       std::vector<FunnelMoneyEvent>& deals, std::vector<FunnelMoneyEvent>& payments) {
    const std::size_t leadsBefore = leads.size();
    const std::size_t dealsBefore = deals.size();
    const std::size_t paymentsBefore = payments.size();
    Reader in(bytes);
    const bool known = in.next() == static_cast<std::uint64_t>(kFormat);
    const std::size_t nLeads = known ? in.count() : 0;
    const std::size_t nDeals = known ? in.count() : 0;
    const std::size_t nPayments = known ? in.count() : 0;
    qint64 id = 0;
    qint64 created = 0;
    for (std::size_t i = 0; known && i < nLeads && !in.broken(); ++i) {
        FunnelLeadFact& f = leads.emplace_back();
        id += in.nextSigned();
        created += in.nextSigned();
        f.id = static_cast<std::uint32_t>(id);
        f.created = created;
        f.channel = static_cast<std::uint32_t>(in.nextSigned());
        f.campaign = static_cast<std::uint32_t>(in.nextSigned());
        f.operatorId = static_cast<std::uint32_t>(in.nextSigned());
        f.office = static_cast<std::uint32_t>(in.nextSigned());
        f.manager = static_cast<std::uint32_t>(in.nextSigned());
        const std::uint64_t mask = in.next();
        if ((mask & ~static_cast<std::uint64_t>(kKnownBits)) != 0) {
            break;
        }
        for (std::size_t s = 1; s < 7; ++s) {
            if ((mask & (1U << (s - 1))) != 0) {
                f.set(s, created + in.nextSigned());
            }
        }
        if ((mask & kFirstCallBit) != 0) {
            f.setFirstCallAt(created + in.nextSigned());
        }
        f.hadNoShow = (mask & kNoShowBit) != 0;
        f.hadDueMeeting = (mask & kDueMeetingBit) != 0;
    }
    const bool leadsWhole = known && !in.broken() && leads.size() - leadsBefore == nLeads;
    if (leadsWhole) {
        decodeMoney(in, nDeals, deals);
        decodeMoney(in, nPayments, payments);
    }
    if (!leadsWhole || in.broken() || !in.atEnd()) {
        leads.resize(leadsBefore);
        deals.resize(dealsBefore);
        payments.resize(paymentsBefore);
        return false;
    }
    return true;
}

}  // namespace fd::core
