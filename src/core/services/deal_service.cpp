#include "services/deal_service.h"

#include "services/access_policy.h"

#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/deal_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

namespace fd::core {

Deal dealOf(const DealInput& in, OptId meetingId, qint64 at) {
    Deal d;
    d.leadId = in.leadId;
    d.meetingId = meetingId;
    d.managerId = in.managerId;
    d.signedAt = in.signedAt ? in.signedAt : at;
    d.amount = in.amount;
    d.product = in.product.simplified();
    d.externalId = in.externalId.trimmed();
    return d;
}

Payment paymentOf(const PaymentInput& in, qint64 at) {
    Payment p;
    p.dealId = in.dealId;
    p.paidAt = in.paidAt ? in.paidAt : at;
    p.amount = in.amount;
    p.method = in.method;
    p.externalId = in.externalId.trimmed();
    return p;
}

Status checkPaymentFits(const PaymentInput& in, const std::optional<Money>& contract,
                        const std::function<Money()>& paidSoFar) {
    if (!contract || in.allowOverpayment) {
        return Ok{};
    }
    const Money outstanding = *contract - paidSoFar();
    if (in.amount > outstanding) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                         "The payment of %1 is more than the outstanding %2. Mark it as an "
                                         "overpayment to accept it."),
                       QStringLiteral("amount"), {in.amount.toPlainString(), outstanding.toPlainString()});
    }
    return Ok{};
}

Result<Id> DealService::addDeal(const DealInput& in) {
    const qint64 at = m_clock();
    if (in.amount && in.amount->kopecks <= 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the contract amount, greater than zero."),
                       QStringLiteral("amount"));
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        LeadRepository leads(m_db);
        MeetingRepository meetings(m_db);
        DealRepository deals(m_db);
        const auto lead = leads.lead(in.leadId);
        if (Status allowed = permit(m_db, Action::WorkOfficeDesk,
                                    in.meetingId ? ownerOfMeeting(m_db, *in.meetingId) : RecordOwner{});
            !allowed) {
            return allowed.error();
        }
        if (!lead) {
            return Error::make(ErrorCode::NotFound,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."),
                               {QString::number(in.leadId)}, QStringLiteral("lead"));
        }
        OptId meetingId = in.meetingId;
        if (meetingId) {
            const auto m = meetings.meeting(*meetingId);
            if (!m || m->leadId != in.leadId) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The meeting %1 is not this client's."),
                               QStringLiteral("meeting"), {QString::number(*meetingId)});
            }
        } else {
            for (const Meeting& m : meetings.forLead(in.leadId)) {
                if (m.status == MeetingStatus::Arrived) {
                    meetingId = m.id;
                }
            }
        }
        if (in.managerId && !CatalogRepository(m_db).employee(*in.managerId)) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The manager %1 does not exist."),
                           QStringLiteral("manager"), {QString::number(*in.managerId)});
        }
        const Id id = deals.insertDeal(dealOf(in, meetingId, at));
        leads.updateStatus(in.leadId, LeadStatus::Sold, std::nullopt, at);
        leads.closeTasks(in.leadId, TaskKind::FollowUp, at);
        leads.refreshMilestones(in.leadId, at);
        AuditRepository(m_db).append(at, in.actorId, QStringLiteral("create"), QStringLiteral("deal"), id);
        return id;
    });
}

Result<Id> DealService::addPayment(const PaymentInput& in) {
    const qint64 at = m_clock();
    if (in.amount.kopecks <= 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The payment amount must be greater than zero."),
                       QStringLiteral("amount"));
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        DealRepository deals(m_db);
        const auto deal = deals.deal(in.dealId);
        if (!deal) {
            return Error::make(ErrorCode::NotFound,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The deal %1 does not exist."),
                               {QString::number(in.dealId)}, QStringLiteral("deal"));
        }
        if (Status allowed = permit(m_db, Action::WorkOfficeDesk,
                                    deal->meetingId ? ownerOfMeeting(m_db, *deal->meetingId) : RecordOwner{});
            !allowed) {
            return allowed.error();
        }
        if (Status fits = checkPaymentFits(in, deal->amount, [&] { return deals.paidTotal(in.dealId); });
            !fits) {
            return fits.error();
        }
        const Id id = deals.insertPayment(paymentOf(in, at));
        LeadRepository(m_db).refreshMilestones(deal->leadId, at);
        AuditRepository(m_db).append(at, in.actorId, QStringLiteral("create"), QStringLiteral("payment"), id);
        return id;
    });
}

}  // namespace fd::core
