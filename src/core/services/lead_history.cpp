#include "services/lead_history.h"

#include "domain/access.h"
#include "services/access_policy.h"
#include "services/service_context.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/deal_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"
#include "storage/storage_error.h"

#include <QStringList>

namespace fd::core {

Result<LeadHistory> loadLeadHistory(Database& db, Id leadId) {
    return whileReading([&]() -> Result<LeadHistory> {
        LeadRepository leads(db);
        CatalogRepository catalog(db);
        const auto lead = leads.lead(leadId);
        if (!lead) {
            return Error::make(ErrorCode::NotFound,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."),
                               {QString::number(leadId)}, QStringLiteral("lead"));
        }
        if (Status allowed = permit(db, Action::ReadLeads,
                                    RecordOwner{lead->operatorId, leads.officeOf(leadId).value_or(0)});
            !allowed) {
            return allowed.error();
        }
        LeadHistory h;
        h.lead = *lead;
        h.contact = leads.contact(lead->contactId).value_or(Contact{});
        if (db.actor() && !seesPhoneNumbers(db.actor()->role)) {
            h.contact.phoneE164 = maskedPhone(h.contact.phoneE164);
            h.contact.phoneRaw = maskedPhone(h.contact.phoneRaw);
        }
        QMap<Id, QString> channels;
        for (const Channel& c : catalog.channels()) {
            channels.insert(c.id, c.name);
        }
        QMap<Id, Campaign> campaigns;
        for (const Campaign& c : catalog.campaigns()) {
            campaigns.insert(c.id, c);
        }
        for (const Employee& e : catalog.employees()) {
            h.employeeNames.insert(e.id, e.name);
        }
        for (const Office& o : catalog.offices()) {
            h.officeNames.insert(o.id, o.name);
            h.officeZones.insert(o.id, o.timeZone);
        }
        for (const Reason& r : catalog.reasons()) {
            h.reasonNames.insert(r.id, r.name);
        }
        if (lead->channelId) {
            h.channel = channels.value(*lead->channelId);
        }
        if (lead->campaignId && campaigns.contains(*lead->campaignId)) {
            const Campaign& c = campaigns[*lead->campaignId];
            h.campaign = c.name;
            QStringList utm;
            for (const QString& part : {c.utmSource, c.utmMedium, c.utmCampaign}) {
                if (!part.isEmpty()) {
                    utm << part;
                }
            }
            h.utm = utm.join(QStringLiteral(" / "));
        }
        if (lead->operatorId) {
            h.operatorName = h.employeeNames.value(*lead->operatorId);
        }
        if (lead->lostReasonId) {
            h.lostReason = h.reasonNames.value(*lead->lostReasonId);
        }
        for (const LeadRepository::Touch& t : leads.touches(leadId)) {
            h.touches.push_back({t.at, t.channelId ? channels.value(*t.channelId) : QString(),
                                 t.campaignId ? campaigns.value(*t.campaignId).name : QString()});
        }
        h.calls = leads.calls(leadId);
        for (const Task& t : leads.openTasks(leadId)) {
            if (t.kind == TaskKind::Callback && (!h.nextCallback || t.dueAt < *h.nextCallback)) {
                h.nextCallback = t.dueAt;
            }
        }
        h.meetings = MeetingRepository(db).forLead(leadId);
        AuditRepository audit(db);
        for (const Meeting& m : h.meetings) {
            if (m.confirmedAt) {
                if (const OptId who =
                        audit.lastActor(QStringLiteral("meeting"), m.id, QStringLiteral("confirm"))) {
                    h.confirmedBy.insert(m.id, *who);
                }
            }
            if (m.status == MeetingStatus::Cancelled) {
                if (const OptId who =
                        audit.lastActor(QStringLiteral("meeting"), m.id, QStringLiteral("cancelled"))) {
                    h.cancelledBy.insert(m.id, *who);
                }
            }
            const QString mark = m.status == MeetingStatus::Arrived  ? QStringLiteral("arrived")
                                 : m.status == MeetingStatus::NoShow ? QStringLiteral("no_show")
                                                                     : QString();
            if (!mark.isEmpty()) {
                if (const OptId who = audit.lastActor(QStringLiteral("meeting"), m.id, mark)) {
                    h.markedBy.insert(m.id, *who);
                }
            }
            if (m.outcome) {
                if (const OptId who =
                        audit.lastActor(QStringLiteral("meeting"), m.id, QStringLiteral("outcome"))) {
                    h.outcomeBy.insert(m.id, *who);
                }
            }
        }
        DealRepository deals(db);
        h.deals = deals.forLead(leadId);
        for (const Deal& d : h.deals) {
            for (const Payment& p : deals.payments(d.id)) {
                h.payments.push_back(p);
                if (const OptId who =
                        audit.lastActor(QStringLiteral("payment"), p.id, QStringLiteral("create"))) {
                    h.paidBy.insert(p.id, *who);
                }
            }
        }
        // Money is not an operator's business: their card shows no contracts and no payments.
        if (!permit(db, Action::ReadMoney)) {
            h.deals.clear();
            h.payments.clear();
        }
        return h;
    });
}

}  // namespace fd::core
