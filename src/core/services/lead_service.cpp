#include "services/lead_service.h"

#include "domain/call_retry.h"
#include "domain/phone.h"
#include "domain/search_key.h"
#include "domain/text_limits.h"
#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/meeting_service.h"
#include "services/phone_lead_memory.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/lead_inserts.h"
#include "storage/lead_repository.h"
#include "util/flat_int_map.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace fd::core {

namespace {

bool plausibleEmail(const QString& email) {
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

}  // namespace

Result<CheckedLead> LeadIntake::check(const NewLead& in, qint64 now) {
    struct Field {
        TextKind kind;
        const QString& text;
        const char* name;
    };
    for (const Field& f : {Field{TextKind::Name, in.name, "name"}, Field{TextKind::Phone, in.phone, "phone"},
                           Field{TextKind::Email, in.email, "email"},
                           Field{TextKind::ExternalId, in.externalId, "external_id"},
                           Field{TextKind::Note, in.note, "note"}}) {
        if (std::optional<Error> e = textError(f.kind, f.text, QString::fromLatin1(f.name))) {
            return *e;
        }
    }
    CheckedLead c;
    c.input = in;
    c.at = in.createdAt.value_or(now);
    c.name = in.name.simplified();
    if (!in.phone.trimmed().isEmpty()) {
        Result<Phone> p = PhoneNormalizer::normalize(in.phone);
        if (!p) {
            return p.error();
        }
        c.phone = *p;
    }
    c.email = in.email.trimmed().toLower();
    if (!c.email.isEmpty() && !plausibleEmail(c.email)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not an email address."),
                       QStringLiteral("email"), {in.email.trimmed()});
    }
    c.externalId = in.externalId.trimmed();
    if (!c.phone && c.email.isEmpty() && c.externalId.isEmpty()) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error", "A lead needs a phone, an email or an external id."),
            QStringLiteral("phone"));
    }
    c.searchKey = makeSearchKey(c.name, c.phone ? c.phone->e164 : QString(), c.email);
    return c;
}

/// What a bulk import knows without asking the database: the phones and external ids stored
/// before it began (sorted, compact) and the ones it has written itself. A phone the database
/// held before, and an external id whose hash is known, are asked of the database (which
/// also sees this import's rows), so the memory decides only where its answer is certain.
struct LeadIntake::Memory {
    std::vector<qint64> storedPhones;
    std::vector<std::size_t> storedIds;
    FlatIntMap<bool> newIds;  ///< present: written by this import
    PhoneLeadMemory newPhones;

    static std::size_t idHash(const QString& id) {
        return qHash(QStringView(id), std::size_t{0x9e3779b97f4a7c15});
    }

    bool storedPhone(qint64 key) const {
        return std::binary_search(storedPhones.begin(), storedPhones.end(), key);
    }
    bool maybeKnownId(std::size_t h) const {
        return std::binary_search(storedIds.begin(), storedIds.end(), h) || newIds.contains(h);
    }
};

LeadIntake::LeadIntake(Database& db, Mode mode, OptId actorId)
    : m_db(db),
      m_window(static_cast<qint64>(CatalogService(db).attributionWindowDays()) * 86400),
      m_batch(mode != Mode::Single),
      m_bulk(mode == Mode::Bulk),
      m_actor(actorId) {
    if (m_batch) {
        m_inserts = std::make_unique<LeadInserts>(
            db, m_bulk ? LeadInserts::Writing::Batched : LeadInserts::Writing::RowByRow);
    }
}

LeadIntake::~LeadIntake() = default;

LeadIntake::Memory& LeadIntake::memory() {
    if (!m_memory) {
        m_memory = std::make_unique<Memory>();
        LeadRepository leads(m_db);
        leads.forEachContactPhone([&](const QString& e164) {
            if (const auto key = PhoneLeadMemory::key(e164)) {
                m_memory->storedPhones.push_back(*key);
            }
        });
        leads.forEachExternalId(
            [&](const QString& id) { m_memory->storedIds.push_back(Memory::idHash(id)); });
        std::sort(m_memory->storedPhones.begin(), m_memory->storedPhones.end());
        std::sort(m_memory->storedIds.begin(), m_memory->storedIds.end());
    }
    return *m_memory;
}

bool LeadIntake::externalIdKnown(const QString& externalId) {
    if (m_bulk && !memory().maybeKnownId(Memory::idHash(externalId))) {
        return false;
    }
    flushHeld();
    return LeadRepository(m_db).externalIdKnown(externalId);
}

void LeadIntake::flushHeld() {
    if (m_inserts) {
        m_inserts->flush();
    }
}

void LeadIntake::finish() {
    flushHeld();
    m_memory.reset();  // the rows are written: the room goes to the search index's build
    if (m_firstContact) {
        LeadRepository(m_db).indexContactsFrom(*m_firstContact);
    }
    if (m_batch) {
        AuditRepository(m_db).appendImported(m_firstLead, m_firstTouch, m_actor);
    }
    m_firstContact.reset();
    m_firstLead.reset();
    m_firstTouch.reset();
}

namespace {

/// The contact a lead's input makes (or that a repeat touch records).
Contact seenOf(const CheckedLead& c) {
    return Contact{0, c.name, c.phone ? c.phone->e164 : QString(),
                   c.phone ? c.phone->raw.trimmed() : QString(), c.email};
}

}  // namespace

void LeadIntake::prepareText(CheckedLead& lead) {
    lead.text = LeadText::of(seenOf(lead), lead.searchKey, lead.externalId, lead.input.note);
}

CreatedLead LeadIntake::write(const CheckedLead& c, LeadStatus status) {
    LeadRepository leads(m_db);
    const NewLead& in = c.input;
    const Contact seen = seenOf(c);
    const LeadText* text = c.text ? &*c.text : nullptr;
    // In bulk, a phone the database did not hold before has all its leads in memory.
    Memory* mem = m_bulk ? &memory() : nullptr;
    std::optional<qint64> memoryPhone;
    if (mem && c.phone) {
        memoryPhone = PhoneLeadMemory::key(c.phone->e164);
        if (memoryPhone && mem->storedPhone(*memoryPhone)) {
            memoryPhone.reset();
        }
    }
    PhoneLeadMemory::Phone* known = memoryPhone ? mem->newPhones.find(*memoryPhone) : nullptr;
    auto rememberId = [&](const QString& id) {
        if (mem && !id.isEmpty()) {
            mem->newIds.get(Memory::idHash(id)) = true;
        }
    };
    if (c.phone) {
        const OptId existing =
            memoryPhone ? (known ? mem->newPhones.recentLead(*known, c.at - m_window, c.at) : std::nullopt)
                        : (flushHeld(), leads.recentLeadByPhone(c.phone->e164, c.at - m_window, c.at));
        if (existing) {
            const Id touchId = m_inserts ? m_inserts->touch(*existing, c.at, in.channelId, in.campaignId,
                                                            seen, c.externalId, in.note, text)
                                         : leads.insertTouch(*existing, c.at, in.channelId, in.campaignId,
                                                             seen, c.externalId, in.note);
            if (m_batch) {
                m_firstTouch = m_firstTouch.value_or(touchId);
            } else {
                AuditRepository(m_db).append(c.at, in.actorId, QStringLiteral("repeat_touch"),
                                             QStringLiteral("lead"), *existing);
            }
            rememberId(c.externalId);
            return CreatedLead{*existing, true, touchId};
        }
    }
    OptId contactId;
    if (memoryPhone) {
        contactId = known ? OptId{known->contactId} : std::nullopt;
    } else if (c.phone) {
        flushHeld();
        contactId = leads.contactByPhone(c.phone->e164);
    }
    if (!contactId) {
        contactId = m_inserts ? m_inserts->contact(seen, c.searchKey, c.at, text)
                              : leads.insertContact(seen, c.searchKey, c.at, false);
        if (m_batch && !m_firstContact) {
            m_firstContact = contactId;
        }
    }
    Lead lead;
    lead.contactId = *contactId;
    lead.createdAt = c.at;
    lead.channelId = in.channelId;
    lead.campaignId = in.campaignId;
    lead.operatorId = in.operatorId;
    lead.externalId = c.externalId;
    lead.note = in.note;
    lead.status = status;
    const Id leadId = m_inserts ? m_inserts->lead(lead, c.at, text) : leads.insertLead(lead, c.at);
    if (m_batch) {
        m_firstLead = m_firstLead.value_or(leadId);
    } else {
        AuditRepository(m_db).append(c.at, in.actorId, QStringLiteral("create"), QStringLiteral("lead"),
                                     leadId);
    }
    rememberId(c.externalId);
    if (memoryPhone) {
        PhoneLeadMemory::Phone& p = known ? *known : mem->newPhones.get(*memoryPhone);
        p.contactId = *contactId;
        mem->newPhones.addLead(p, c.at, leadId);
    }
    return CreatedLead{leadId, false, std::nullopt};
}

Result<CreatedLead> LeadService::createLead(const NewLead& input, Action as) {
    if (Status allowed = permit(m_db, as); !allowed) {
        return allowed.error();
    }
    const Result<CheckedLead> checked = LeadIntake::check(input, m_clock());
    if (!checked) {
        return checked.error();
    }
    CheckedLead lead = *checked;
    return inWriteTransaction(m_db, [&]() -> Result<CreatedLead> {
        CatalogRepository catalog(m_db);
        LeadRepository leads(m_db);
        NewLead& in = lead.input;
        OptId channelId = in.channelId;
        if (in.campaignId) {
            const auto campaign = catalog.campaign(*in.campaignId);
            if (!campaign) {
                return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The campaign %1 does not exist."),
                                *in.campaignId, "campaign");
            }
            if (channelId && *channelId != campaign->channelId) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The campaign does not belong to the channel."),
                    QStringLiteral("campaign"));
            }
            channelId = campaign->channelId;
        }
        if (channelId && !catalog.channel(*channelId)) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."),
                            *channelId, "channel");
        }
        in.channelId = channelId;
        if (in.operatorId) {
            const auto op = catalog.employee(*in.operatorId);
            if (!op || !op->active) {
                return notFound(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The operator %1 does not exist or has left."),
                    *in.operatorId, "operator");
            }
        }
        if (!lead.externalId.isEmpty() && leads.leadByExternalId(lead.externalId)) {
            return Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error", "A lead with the external id \"%1\" already exists."),
                {lead.externalId}, QStringLiteral("external_id"));
        }
        return LeadIntake(m_db).write(lead);
    });
}

Result<OptId> LeadService::leadWithPhone(const QString& phone) {
    Result<Phone> p = PhoneNormalizer::normalize(phone);
    if (!p) {
        return p.error();
    }
    return whileReading([&]() -> Result<OptId> {
        return LeadRepository(m_db).recentLeadByPhone(p->e164, std::numeric_limits<qint64>::min(),
                                                      std::numeric_limits<qint64>::max());
    });
}

Status LeadService::disqualify(Id leadId, Id reasonId, bool nonTarget, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        LeadRepository leads(m_db);
        if (!leads.lead(leadId)) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."), leadId,
                            "lead");
        }
        if (Status allowed = permit(m_db, Action::WorkCallCenter, ownerOfLead(m_db, leadId)); !allowed) {
            return allowed;
        }
        if (!CatalogRepository(m_db).reason(reasonId)) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose the reason."),
                           QStringLiteral("reason"));
        }
        leads.updateStatus(leadId, nonTarget ? LeadStatus::NonTarget : LeadStatus::Lost, reasonId, at);
        leads.closeTasks(leadId, TaskKind::Callback, at);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("disqualify"), QStringLiteral("lead"),
                                     leadId);
        return Ok{};
    });
}

}  // namespace fd::core
