#include "services/access_policy.h"

#include "storage/database.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

namespace fd::core {

namespace {

/// Who may do an action at all, said to a person who may not.
const char* refusal(Action action) {
    switch (action) {
        case Action::WorkCallCenter:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only call-center operators and the head work the call center.");
        case Action::WorkOfficeDesk:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only office managers and the head work the office desk.");
        case Action::ReadLeads:
            return QT_TRANSLATE_NOOP("fd::core::Error", "Your role does not show leads.");
        case Action::ReadMoney:
            return QT_TRANSLATE_NOOP(
                "fd::core::Error",
                "Only office managers, marketers, the head and the administrator see money.");
        case Action::ReadDashboard:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only marketers, the head and the administrator read reports and KPIs.");
        case Action::EditMarketing:
            return QT_TRANSLATE_NOOP("fd::core::Error", "Only marketers enter spend and visitors.");
        case Action::ImportData:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the administrator imports data from another CRM.");
        case Action::ExportData:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only marketers, the head and the administrator export data.");
        case Action::ReadSettings:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the head and the administrator see the settings.");
        case Action::ManageSettings:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the administrator changes settings, staff and passwords.");
        case Action::ReadAudit:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the head and the administrator read the audit trail.");
        case Action::ReadBonuses:
            return QT_TRANSLATE_NOOP(
                "fd::core::Error",
                "Each person sees their own bonus; only the head and the administrator see "
                "everyone's.");
        case Action::ManageMotivation:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the head sets plans and bonus schemes and closes months.");
        case Action::ErasePersonalData:
            return QT_TRANSLATE_NOOP("fd::core::Error",
                                     "Only the head and the administrator erase a client's personal data.");
    }
    return "";
}

Error refused(const char* key) {
    return Error::make(ErrorCode::Refused, key, {}, QStringLiteral("permission"));
}

}  // namespace

Status permit(const std::optional<Actor>& actor, Action action, const RecordOwner& record) {
    if (!actor) {
        return Ok{};
    }
    switch (reachOf(actor->role, action)) {
        case Reach::All:
            return Ok{};
        case Reach::None:
            return refused(refusal(action));
        case Reach::Own:
            if (record.employeeId && *record.employeeId != actor->employeeId) {
                return refused(
                    QT_TRANSLATE_NOOP("fd::core::Error",
                                      "This lead is another operator's: only they or the head may work it."));
            }
            return Ok{};
        case Reach::OwnOffice:
            if (!actor->officeId || (record.officeId && *record.officeId != *actor->officeId)) {
                return refused(
                    QT_TRANSLATE_NOOP("fd::core::Error",
                                      "This belongs to another office: only its managers or the head may "
                                      "work it."));
            }
            return Ok{};
    }
    return refused(refusal(action));
}

Status permit(const Database& db, Action action, const RecordOwner& record) {
    if (Status allowed = permit(db.actor(), action, record); !allowed) {
        return allowed;
    }
    switch (action) {
        case Action::EditMarketing:
        case Action::ImportData:
        case Action::ManageSettings:
        case Action::ManageMotivation:
        case Action::ErasePersonalData:
            return writable(db);
        default:
            return Ok{};
    }
}

Status writable(const Database& db) {
    switch (db.writeAccess()) {
        case WriteAccess::Writable:
            return Ok{};
        case WriteAccess::ReadOnlyFile:
            return Error::make(ErrorCode::ReadOnly,
                               QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "The database file can only be read (its permissions do not "
                                                 "allow changes): FunnelDesk shows everything and saves "
                                                 "nothing. Ask for write access to the file to work in it."));
        case WriteAccess::ReadOnlyFolder:
            return Error::make(
                ErrorCode::ReadOnly,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database is in a folder or on a drive that cannot be "
                                  "written: FunnelDesk shows everything and saves nothing. Copy "
                                  "it to a folder you can write to, or ask for write access."));
        case WriteAccess::NewerSchema:
            return Error::make(
                ErrorCode::ReadOnly,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database was written by a newer FunnelDesk: this one shows "
                                  "it and saves nothing. Update FunnelDesk to work in it."));
        case WriteAccess::Damaged:
            return Error::make(ErrorCode::Storage, kDamagedMessage);
    }
    return Ok{};
}

RecordOwner ownerOfLead(Database& db, Id leadId) {
    const std::optional<Lead> lead = LeadRepository(db).lead(leadId);
    return RecordOwner{lead ? lead->operatorId : std::nullopt, std::nullopt};
}

RecordOwner ownerOfMeeting(Database& db, Id meetingId) {
    const std::optional<Meeting> meeting = MeetingRepository(db).meeting(meetingId);
    if (!meeting) {
        return {};
    }
    RecordOwner owner = ownerOfLead(db, meeting->leadId);
    owner.officeId = meeting->officeId;
    return owner;
}

Status permitMeetingChange(Database& db, Id meetingId) {
    if (!db.actor()) {
        return Ok{};
    }
    const RecordOwner owner = ownerOfMeeting(db, meetingId);
    const Action action = reachOf(db.actor()->role, Action::WorkCallCenter) != Reach::None
                              ? Action::WorkCallCenter
                              : Action::WorkOfficeDesk;
    return permit(db, action, owner);
}

OptId actingEmployee(const Database& db, OptId fallback) {
    return db.actor() ? OptId(db.actor()->employeeId) : fallback;
}

}  // namespace fd::core
