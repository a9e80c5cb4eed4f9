#include "funnel/fact_chunk.h"

#include "util/varint.h"

namespace fd::core {

namespace {

// Bits of a lead's mask: which milestones it reached (t[1]..t[6]), a first call, and its flags.
constexpr unsigned kFirstCallBit = 1U << 6;
constexpr unsigned kNoShowBit = 1U << 7;
constexpr unsigned kDueMeetingBit = 1U << 8;
constexpr unsigned kKnownBits = (1U << 9) - 1;

using varint::put;
using varint::putSigned;
using varint::Reader;

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
