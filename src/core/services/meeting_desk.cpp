#include "services/meeting_service.h"

// MeetingService: the office desk's own actions — walk-in clients and the follow-up list.

#include "domain/slot_grid.h"
#include "services/access_policy.h"
#include "services/deal_service.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace fd::core {

namespace {

/// A moment as the office's clock shows it, for messages.
QString localText(const Office& office, qint64 epoch) {
    return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone(office.timeZone.toUtf8()))
        .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

/// The follow-up to work on: open, and the person signed in may work the office desk.
Result<Task> openFollowUp(Database& db, LeadRepository& leads, Id taskId) {
    if (Status allowed = permit(db, Action::WorkOfficeDesk); !allowed) {
        return allowed.error();
    }
    const auto task = leads.task(taskId);
    if (!task || task->kind != TaskKind::FollowUp || task->status != TaskStatus::Open) {
        return Error::make(ErrorCode::NotFound,
                           QT_TRANSLATE_NOOP("fd::core::Error", "This follow-up is no longer open."), {},
                           QStringLiteral("task"));
    }
    return *task;
}

}  // namespace

Result<Id> MeetingService::walkIn(const NewLead& client, Id officeId, OptId managerId) {
    const qint64 at = m_clock();
    if (Status allowed = permit(m_db, Action::WorkOfficeDesk, RecordOwner{std::nullopt, officeId});
        !allowed) {
        return allowed.error();
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        const auto office = catalog.office(officeId);
        if (!office || !office->active) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an open office."),
                           QStringLiteral("office"));
        }
        if (managerId) {
            const auto manager = catalog.employee(*managerId);
            if (!manager || !manager->active || manager->role != Role::OfficeManager ||
                manager->officeId != officeId) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a manager of the office \"%1\"."),
                               QStringLiteral("manager"), {office->name});
            }
        }
        NewLead in = client;
        in.createdAt = at;
        Result<CreatedLead> created =
            LeadService(m_db, [at] { return at; }).createLead(in, Action::WorkOfficeDesk);
        if (!created) {
            return created.error();
        }
        MeetingRepository meetings(m_db);
        LeadRepository leads(m_db);
        if (const auto pending = meetings.pendingForLead(created->leadId)) {
            const auto where = catalog.office(pending->officeId);
            return Error::make(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The client has a meeting booked for %1; mark that meeting as arrived "
                                  "instead."),
                {where ? localText(*where, pending->scheduledAt) : QString()}, QStringLiteral("phone"));
        }
        Meeting m;
        m.leadId = created->leadId;
        m.officeId = officeId;
        m.managerId = managerId;
        m.bookedAt = at;
        m.scheduledAt = at;
        m.status = MeetingStatus::Arrived;
        m.arrivedAt = at;
        m.note = QStringLiteral("walk-in");
        const Id id = meetings.insert(m);
        const auto lead = leads.lead(created->leadId);
        if (lead && lead->status != LeadStatus::Sold) {
            leads.updateStatus(created->leadId, LeadStatus::Arrived, std::nullopt, at);
        }
        leads.closeTasks(created->leadId, TaskKind::Callback, at);
        leads.refreshMilestones(created->leadId, at);
        AuditRepository(m_db).append(at, in.actorId, QStringLiteral("walk_in"), QStringLiteral("meeting"),
                                     id);
        return id;
    });
}

Status MeetingService::postponeFollowUp(Id taskId, qint64 due, OptId actorId) {
    const qint64 at = m_clock();
    if (due <= at) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a follow-up date later than now."),
                       QStringLiteral("follow_up_due"));
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        LeadRepository leads(m_db);
        const Result<Task> task = openFollowUp(m_db, leads, taskId);
        if (!task) {
            return task.error();
        }
        leads.setTaskDue(taskId, due);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("postpone"), QStringLiteral("task"), taskId);
        return Ok{};
    });
}

Status MeetingService::loseFollowUp(Id taskId, Id reasonId, OptId actorId) {
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        const auto reason = CatalogRepository(m_db).reason(reasonId);
        LeadRepository leads(m_db);
        const Result<Task> task = openFollowUp(m_db, leads, taskId);
        if (!task) {
            return task.error();
        }
        if (!reason || reason->gate != ReasonGate::Office) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose a reason of the office."),
                           QStringLiteral("reason"));
        }
        leads.closeTasks(task->leadId, TaskKind::FollowUp, at);
        leads.updateStatus(task->leadId, LeadStatus::Lost, reasonId, at);
        leads.refreshMilestones(task->leadId, at);
        AuditRepository(m_db).append(at, actorId, QStringLiteral("follow_up_lost"), QStringLiteral("lead"),
                                     task->leadId);
        return Ok{};
    });
}

}  // namespace fd::core
