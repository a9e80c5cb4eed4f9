#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>

namespace fd::core {

/// The person signed in: whom every action is recorded under, and whose role decides what they
/// may do.
struct Actor {
    Id employeeId = 0;
    Role role = Role::Operator;
    OptId officeId;  ///< an office manager's office
    QString name;
    QString login;
};

/// What a person does in FunnelDesk, as far as permissions go.
enum class Action {
    WorkCallCenter,     ///< the queue, calls, new leads, booking, confirming and moving meetings
    WorkOfficeDesk,     ///< arrivals, outcomes, walk-ins, follow-ups, payments
    ReadLeads,          ///< the leads list and cards
    ReadMoney,          ///< revenue, contracts and payments
    ReadDashboard,      ///< funnel reports and department KPIs
    EditMarketing,      ///< spend and visitors, typed or imported
    ImportData,         ///< importing leads, deals and payments from another CRM
    ExportData,         ///< exporting the data to files
    ReadSettings,       ///< offices, staff, channels, reasons, company settings
    ManageSettings,     ///< changing them, staff and passwords included
    ReadAudit,          ///< the audit trail
    ReadBonuses,        ///< KPIs with plans and bonuses of people (one's own, or everyone's)
    ManageMotivation,   ///< plans, bonus schemes, closing and reopening months
    ErasePersonalData,  ///< erasing a client's personal data when they withdraw consent (152-FZ)
};

/// How far a role's right to an action reaches.
enum class Reach {
    None,       ///< refused
    Own,        ///< the records assigned to the person, and unassigned ones
    OwnOffice,  ///< the records of the person's office
    All,
};

/// The permission matrix (docs/permissions.md): one answer per role and action.
Reach reachOf(Role role, Action action);

/// Whether an operator may see a lead's full phone number (marketers see the last two digits).
bool seesPhoneNumbers(Role role);

/// "+7 *** ***-**-67": all but the last two digits hidden.
QString maskedPhone(const QString& text);

}  // namespace fd::core
