#include "services/data_fixes.h"

#include "services/access_policy.h"
#include "services/meeting_service.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/data_fix_repository.h"
#include "storage/database.h"

namespace fd::core {

namespace {

OptId actorOf(const Database& db) {
    return db.actor() ? OptId(db.actor()->employeeId) : std::nullopt;
}

}  // namespace

Result<int> DataFixes::markNoShows(const std::vector<Id>& meetingIds, OptId actorId) {
    return inWriteTransaction(m_db, [&]() -> Result<int> {
        MeetingService meetings(m_db, m_clock);
        for (const Id m : meetingIds) {
            if (Status done = meetings.markNoShow(m, actorId); !done) {
                return done.error();
            }
        }
        return static_cast<int>(meetingIds.size());
    });
}

Result<int> DataFixes::assignSource(const std::vector<Id>& leadIds, Id channelId, OptId campaignId) {
    if (Status allowed = permit(m_db, Action::EditMarketing); !allowed) {
        return allowed.error();
    }
    return inWriteTransaction(m_db, [&]() -> Result<int> {
        CatalogRepository catalog(m_db);
        if (campaignId) {
            const std::optional<Campaign> c = catalog.campaign(*campaignId);
            if (!c || c->channelId != channelId) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The campaign is not one of the channel's."),
                    QStringLiteral("campaign"));
            }
        }
        const int changed = DataFixRepository(m_db).assignSource(leadIds, channelId, campaignId);
        AuditRepository(m_db).append(
            m_clock(), actorOf(m_db), QStringLiteral("assign_source"), QStringLiteral("channel"), channelId,
            QStringLiteral("%1 leads, campaign %2")
                .arg(changed)
                .arg(campaignId ? QString::number(*campaignId) : QStringLiteral("-")));
        return changed;
    });
}

Result<int> DataFixes::mergeDuplicates(const std::vector<Id>& contactIds) {
    if (Status allowed = permit(m_db, Action::ErasePersonalData); !allowed) {
        return allowed.error();  // the personal data of clients: the head's and the administrator's
    }
    return inWriteTransaction(m_db, [&]() -> Result<int> {
        DataFixRepository fixes(m_db);
        AuditRepository audit(m_db);
        int merged = 0;
        for (const Id drop : contactIds) {
            const OptId keep = fixes.olderTwin(drop);
            if (!keep) {
                continue;  // merged already, or its twin changed its number
            }
            const int leads = fixes.mergeContacts(*keep, drop);
            audit.appendChange(m_clock(), actorOf(m_db), QStringLiteral("merge"), QStringLiteral("contact"),
                               *keep, QStringLiteral("contact %1").arg(drop),
                               QStringLiteral("contact %1 with %2 more leads").arg(*keep).arg(leads));
            ++merged;
        }
        return merged;
    });
}

}  // namespace fd::core
