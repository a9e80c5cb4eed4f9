#include "services/personal_data_service.h"

#include "domain/phone.h"
#include "services/access_policy.h"
#include "storage/audit_repository.h"
#include "storage/lead_repository.h"

#include <spdlog/spdlog.h>

namespace fd::core {

Result<ErasureSummary> PersonalDataService::eraseContact(Id contactId) {
    if (Status allowed = permit(m_db, Action::ErasePersonalData); !allowed) {
        return allowed.error();
    }
    Result<ErasureSummary> done = inWriteTransaction(m_db, [&]() -> Result<ErasureSummary> {
        ErasureRepository erasure(m_db);
        const std::optional<PersonalValues> person = erasure.personalValues(contactId);
        if (!person) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "There is no client number %1."), contactId,
                            "contact");
        }
        ErasureSummary summary;
        summary.contactId = contactId;
        summary.leadCount = static_cast<qint64>(person->leadIds.size());
        summary.blanked = erasure.erase(*person);
        // Recorded without a single erased value: who, when, which client number, how many leads.
        AuditRepository(m_db).append(m_clock(), actingEmployee(m_db, std::nullopt),
                                     QStringLiteral("erase_personal_data"), QStringLiteral("contact"),
                                     contactId, QStringLiteral("leads=%1").arg(summary.leadCount));
        return summary;
    });
    if (!done) {
        return done;
    }
    try {
        done.value().purged = ErasureRepository(m_db).purgeCopies();
    } catch (const StorageError& e) {
        // The erasure itself is committed; the old pages leave the journal at its next checkpoint.
        spdlog::warn("after an erasure, the journal could not be emptied: {}", e.what());
        done.value().purged = false;
    }
    return done;
}

Result<ErasureSummary> PersonalDataService::eraseClientOf(Id leadId) {
    if (Status allowed = permit(m_db, Action::ErasePersonalData); !allowed) {
        return allowed.error();
    }
    const Result<std::optional<Lead>> lead =
        whileReading([&]() -> Result<std::optional<Lead>> { return LeadRepository(m_db).lead(leadId); });
    if (!lead) {
        return lead.error();
    }
    if (!lead->has_value()) {
        return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "There is no lead number %1."), leadId, "lead");
    }
    return eraseContact((*lead)->contactId);
}

Result<std::vector<Id>> PersonalDataService::contactsOf(const QString& phoneOrEmail) {
    if (Status allowed = permit(m_db, Action::ErasePersonalData); !allowed) {
        return allowed.error();
    }
    const QString text = phoneOrEmail.trimmed();
    const bool email = text.contains(QLatin1Char('@'));
    QString phone;
    if (!email) {
        const Result<Phone> normalized = PhoneNormalizer::normalize(text);
        if (!normalized) {
            return normalized.error();
        }
        phone = normalized->e164;
    }
    return whileReading([&]() -> Result<std::vector<Id>> {
        return ErasureRepository(m_db).contactsWith(phone, email ? text : QString());
    });
}

}  // namespace fd::core
