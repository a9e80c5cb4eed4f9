#include "services/lead_service.h"

// LeadService: a call and what its outcome does to the lead (status, callbacks, the meeting).

#include "domain/call_retry.h"
#include "domain/phone.h"
#include "domain/search_key.h"
#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/meeting_service.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace fd::core {

bool inCallCenterStage(LeadStatus s) {
    return s == LeadStatus::New || s == LeadStatus::InProgress || s == LeadStatus::Callback ||
           s == LeadStatus::Lost || s == LeadStatus::NonTarget;
}

Status checkCallInput(const CallInput& in, qint64 at) {
    switch (in.outcome) {
        case CallOutcome::Callback:
            if (!in.callbackAt || *in.callbackAt <= at) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a callback time later than now."),
                               QStringLiteral("callback_at"));
            }
            break;
        case CallOutcome::Refused:
        case CallOutcome::NonTarget:
            if (!in.reasonId) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose the reason."),
                               QStringLiteral("reason"));
            }
            break;
        case CallOutcome::Booked:
            if (!in.booking) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an office slot for the meeting."),
                               QStringLiteral("slot"));
            }
            break;
        default:
            break;
    }
    return Ok{};
}

CallAttempt callOf(const CallInput& in, qint64 at) {
    CallAttempt call;
    call.leadId = in.leadId;
    call.operatorId = in.operatorId;
    call.calledAt = at;
    call.outcome = in.outcome;
    call.callbackAt = in.outcome == CallOutcome::Callback ? in.callbackAt : std::nullopt;
    call.reasonId = in.reasonId;
    call.note = in.note;
    return call;
}

std::optional<Task> retryTask(const CallInput& in, const std::vector<CallAttempt>& history, int maxAttempts,
                              qint64 at) {
    int unanswered = 0;
    for (auto c = history.rbegin(); c != history.rend() && !reachedPerson(c->outcome); ++c) {
        unanswered += c->outcome == CallOutcome::NoAnswer || c->outcome == CallOutcome::Busy ? 1 : 0;
    }
    const auto delay = retryDelaySeconds(in.outcome, unanswered, maxAttempts);
    if (!delay) {
        return std::nullopt;
    }
    Task task;
    task.leadId = in.leadId;
    task.assigneeId = in.operatorId;
    task.kind = TaskKind::Callback;
    task.dueAt = at + *delay;
    task.note = QStringLiteral("retry");
    return task;
}

namespace {

/// No answer or busy: a lead still being worked comes back to the operator's callbacks by
/// itself, after a delay that grows with the unanswered calls in a row.
void scheduleRetry(Database& db, const Clock& clock, const Lead& lead, const CallInput& in, qint64 at) {
    LeadRepository leads(db);
    if (lead.status == LeadStatus::New) {
        leads.updateStatus(in.leadId, LeadStatus::InProgress, std::nullopt, at);
    }
    const bool working = lead.status == LeadStatus::New || lead.status == LeadStatus::InProgress ||
                         lead.status == LeadStatus::Callback;
    if (!working) {
        return;
    }
    const std::vector<CallAttempt> history = leads.calls(in.leadId);
    leads.closeTasks(in.leadId, TaskKind::Callback, at);
    if (const auto task = retryTask(in, history, CatalogService(db, clock).maxCallAttempts(), at)) {
        leads.insertTask(*task, at);
    }
}

/// What the call's outcome does to the lead: its status, its callback, its meeting.
Status applyCallOutcome(Database& db, const Clock& clock, const Lead& lead, const CallInput& in, qint64 at) {
    LeadRepository leads(db);
    const bool mayChangeStatus = inCallCenterStage(lead.status);
    switch (in.outcome) {
        case CallOutcome::NoAnswer:
        case CallOutcome::Busy:
            scheduleRetry(db, clock, lead, in, at);
            break;
        case CallOutcome::WrongNumber:
            if (mayChangeStatus) {
                leads.updateStatus(in.leadId, LeadStatus::Lost, std::nullopt, at);
            }
            break;
        case CallOutcome::Callback: {
            if (mayChangeStatus) {
                leads.updateStatus(in.leadId, LeadStatus::Callback, std::nullopt, at);
            }
            // The new time replaces any callback still open.
            leads.closeTasks(in.leadId, TaskKind::Callback, at);
            Task task;
            task.leadId = in.leadId;
            task.assigneeId = in.operatorId;
            task.kind = TaskKind::Callback;
            task.dueAt = *in.callbackAt;
            leads.insertTask(task, at);
            break;
        }
        case CallOutcome::Refused:
        case CallOutcome::NonTarget:
            if (mayChangeStatus) {
                leads.updateStatus(
                    in.leadId, in.outcome == CallOutcome::Refused ? LeadStatus::Lost : LeadStatus::NonTarget,
                    in.reasonId, at);
            }
            break;
        case CallOutcome::Booked: {
            Result<Id> booked =
                MeetingService(db, [at] { return at; }).book(in.leadId, *in.booking, in.operatorId);
            if (!booked) {
                return booked.error();
            }
            break;
        }
    }
    return Ok{};
}

}  // namespace

Result<Id> LeadService::logCall(const CallInput& in) {
    const qint64 at = in.at.value_or(m_clock());
    if (Status valid = checkCallInput(in, at); !valid) {
        return valid.error();
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        LeadRepository leads(m_db);
        const auto lead = leads.lead(in.leadId);
        if (!lead) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The lead %1 does not exist."), in.leadId,
                            "lead");
        }
        if (Status allowed =
                permit(m_db, Action::WorkCallCenter, RecordOwner{lead->operatorId, std::nullopt});
            !allowed) {
            return allowed.error();
        }
        if (const auto& actor = m_db.actor();
            actor && actor->role == Role::Operator && actor->employeeId != in.operatorId) {
            return Error::make(ErrorCode::Refused,
                               QT_TRANSLATE_NOOP("fd::core::Error", "An operator logs only their own calls."),
                               {}, QStringLiteral("permission"));
        }
        const auto op = catalog.employee(in.operatorId);
        if (!op || !op->active) {
            return notFound(
                QT_TRANSLATE_NOOP("fd::core::Error", "The operator %1 does not exist or has left."),
                in.operatorId, "operator");
        }
        if (in.reasonId) {
            const auto reason = catalog.reason(*in.reasonId);
            if (!reason || reason->gate != ReasonGate::CallCenter) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a reason of the call center."),
                               QStringLiteral("reason"));
            }
        }

        const Id callId = leads.insertCall(callOf(in, at));
        if (!lead->operatorId && op->role == Role::Operator) {
            leads.assignOperator(in.leadId, in.operatorId, at);
        }
        if (reachedPerson(in.outcome) || in.outcome == CallOutcome::WrongNumber) {
            leads.closeTasks(in.leadId, TaskKind::Callback, at);
        }
        if (Status applied = applyCallOutcome(m_db, m_clock, *lead, in, at); !applied) {
            return applied.error();
        }
        leads.refreshMilestones(in.leadId, at);
        AuditRepository(m_db).append(at, in.operatorId, QStringLiteral("call"), QStringLiteral("lead"),
                                     in.leadId, toCode(in.outcome));
        return callId;
    });
}

}  // namespace fd::core
