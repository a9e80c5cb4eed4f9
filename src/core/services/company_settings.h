#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QDate>

#include <utility>
#include <vector>

namespace fd::core {

/// Checks and tidies an office's fields (name, time zone, hours, slot, seats, working days);
/// an error names the field that is wrong.
Status checkOfficeFields(Office& office);

/// The values of a record as "field=value" pairs, for the audit trail's before and after.
using FieldValues = std::vector<std::pair<QString, QString>>;

/// All fields as "field=value; …" (a record created).
QString describeFields(const FieldValues& fields);

/// The fields that differ between two descriptions of a record, as "field=value; …" texts
/// (before, after); both empty when nothing changed.
std::pair<QString, QString> changedFields(const FieldValues& before, const FieldValues& after);

/// An administrator edits what the company is set up with: offices and their closed days,
/// channels and campaigns, the reasons offered at both gates. Nothing that history refers to
/// is deleted: it is deactivated and keeps its name in old records. Every change is on the
/// audit trail with the values before and after.
class CompanySettings final {
public:
    explicit CompanySettings(Database& db, Clock clock = systemClock())
        : m_db(db), m_clock(std::move(clock)) {}

    /// Changes an office (renaming keeps its history; slot length and seats may change with
    /// meetings booked — they stay where they are). An office with meetings still to come
    /// cannot be closed for good.
    Status updateOffice(const Office& office);
    /// Closes a working day (a holiday) or opens it again; a day with meetings booked cannot
    /// be closed until they are moved.
    Status setClosedDay(Id officeId, QDate day, DayState state);

    Status updateChannel(const Channel& channel);
    Status updateCampaign(const Campaign& campaign);

    /// A new reason at a gate, offered after the others.
    Result<Id> addReason(ReasonGate gate, const QString& name);
    /// A reason's name and whether it is offered.
    Status updateReason(const Reason& reason);
    /// Where a reason moves among those of its gate.
    enum class Move { Up, Down };
    Status moveReason(Id reasonId, Move move);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
