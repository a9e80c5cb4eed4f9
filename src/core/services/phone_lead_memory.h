#pragma once

#include "domain/entities.h"
#include "util/flat_int_map.h"

#include <QString>

#include <optional>
#include <vector>

namespace fd::core {

/// Leads by phone, in memory: each normalized phone's contact and the creation times of its
/// leads — what the attribution rule asks of a phone (its newest lead within the window), for
/// writers that make many leads at once (the bulk import, the demo).
class PhoneLeadMemory {
public:
    struct Phone {
        Id contactId = 0;  ///< 0 until the phone has a contact
        qint32 newest = -1;
    };

    /// A normalized phone ("+7999…") as a number; nothing for any other text.
    static std::optional<qint64> key(const QString& e164) {
        if (e164.size() < 2 || e164.size() > 16 || e164.front() != QLatin1Char('+')) {
            return std::nullopt;
        }
        qint64 n = 0;
        for (qsizetype i = 1; i < e164.size(); ++i) {
            const char16_t c = e164[i].unicode();
            if (c < u'0' || c > u'9') {
                return std::nullopt;
            }
            n = n * 10 + (c - u'0');
        }
        return n;
    }

    /// Valid until the next get() of a phone not seen before.
    Phone* find(qint64 key) { return m_phones.find(static_cast<quint64>(key)); }
    Phone& get(qint64 key) { return m_phones.get(static_cast<quint64>(key)); }

    /// The phone's newest lead created within [since, until] (the higher id of two at once).
    OptId recentLead(const Phone& p, qint64 since, qint64 until) const {
        const LeadAt* best = nullptr;
        for (qint32 i = p.newest; i >= 0; i = m_leads[static_cast<std::size_t>(i)].older) {
            const LeadAt& l = m_leads[static_cast<std::size_t>(i)];
            if (l.at >= since && l.at <= until &&
                (!best || l.at > best->at || (l.at == best->at && l.leadId > best->leadId))) {
                best = &l;
            }
        }
        return best ? OptId{best->leadId} : std::nullopt;
    }
    void addLead(Phone& p, qint64 at, Id leadId) {
        m_leads.push_back({at, leadId, p.newest});
        p.newest = static_cast<qint32>(m_leads.size() - 1);
    }

private:
    struct LeadAt {
        qint64 at = 0;
        Id leadId = 0;
        qint32 older = -1;  ///< the phone's previous lead
    };
    FlatIntMap<Phone> m_phones;
    std::vector<LeadAt> m_leads;
};

}  // namespace fd::core
