#pragma once

#include "domain/access.h"
#include "domain/result.h"

namespace fd::core {

class Database;

/// Whose a record is, for the actions that reach only a person's own records or office.
struct RecordOwner {
    OptId employeeId;  ///< the lead's operator; none: nobody's yet
    OptId officeId;    ///< the office of the meeting, the contract or the lead
};

/// The one place that answers "may the person signed in do this to this record": services ask
/// before they read or write, the widgets only follow. Nobody signed in — the tools that build
/// a database — may do everything.
Status permit(const std::optional<Actor>& actor, Action action, const RecordOwner& record = {});
/// The same for the person signed in on `db`; an action that only writes (spend, imports,
/// settings, plans) is also refused, with the cause, when the database can only be read.
Status permit(const Database& db, Action action, const RecordOwner& record = {});

/// Whether anything may be saved in `db`; when not, why, in words for the person (a read-only
/// file, folder or drive, a newer FunnelDesk's database, damage). The window disables what
/// writes with this text; the services refuse with it.
Status writable(const Database& db);

/// Whose a lead is (its operator); read inside the caller's transaction.
RecordOwner ownerOfLead(Database& db, Id leadId);
/// Whose a meeting is: its lead's operator and its office.
RecordOwner ownerOfMeeting(Database& db, Id meetingId);
/// For meetings the call center and the office both work on (confirm, cancel, reschedule): the
/// lead's operator, or a manager of the meeting's office, or the head.
Status permitMeetingChange(Database& db, Id meetingId);

/// The employee recorded as acting: the person signed in, else `fallback` (a tool acting for
/// the employee it names).
OptId actingEmployee(const Database& db, OptId fallback);

}  // namespace fd::core
