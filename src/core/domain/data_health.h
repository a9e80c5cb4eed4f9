#pragma once

// Data health: the marks a funnel number needs and nobody made. Each kind of gap, who owns the
// fixing, and the records behind it.

#include "domain/entities.h"
#include "domain/enums.h"

#include <QString>

#include <array>
#include <vector>

namespace fd::core {

/// A kind of missing or doubtful mark. The order is the order the view lists them in.
enum class GapKind {
    UnmarkedMeeting,          ///< a meeting whose time passed with no mark whether the client came
    ArrivalWithoutOutcome,    ///< an arrival without its outcome or the client's qualification
    ThinkingWithoutFollowUp,  ///< "thinking" with no date to follow up on
    FollowUpOverdue,          ///< a follow-up whose date has passed
    LostWithoutReason,        ///< a lead lost or non-target with no reason (a wrong number needs none)
    LeadWithoutSource,        ///< a lead with no channel or no campaign
    MoneyOverdue,             ///< a contract with money due and no payment for a month
    PaidDayWithoutSpend,      ///< a paid channel brought leads on a day with no spend entered
    SpendWithoutVisitors,     ///< spend entered for a day with no visitors figure
    DuplicateContacts,        ///< one phone or e-mail on different contacts
    RepeatLeads,              ///< leads of one person created minutes apart
    InactiveBooker,           ///< a coming meeting booked by an operator who no longer works
    ClosedOfficeRecords,      ///< a coming meeting or a lead still in an office that is closed
};
inline constexpr int kGapKindCount = 13;

template <>
struct EnumCodes<GapKind> {
    static constexpr std::array codes{"unmarked_meeting",
                                      "arrival_without_outcome",
                                      "thinking_without_follow_up",
                                      "follow_up_overdue",
                                      "lost_without_reason",
                                      "lead_without_source",
                                      "money_overdue",
                                      "paid_day_without_spend",
                                      "spend_without_visitors",
                                      "duplicate_contacts",
                                      "repeat_leads",
                                      "inactive_booker",
                                      "closed_office_records"};
};

/// Who must fix a gap.
enum class GapOwnerKind {
    Employee,  ///< an operator or an office manager
    Office,    ///< an office whose meeting has no manager
    Channel,   ///< the marketer, for a channel's figures
    Source,    ///< where leads came from: an import (no person) or the person who typed them
    Company,   ///< the head or the administrator
};

template <>
struct EnumCodes<GapOwnerKind> {
    static constexpr std::array codes{"employee", "office", "channel", "source", "company"};
};

struct GapOwner {
    GapOwnerKind kind = GapOwnerKind::Company;
    OptId id;  ///< the employee, office or channel; for a source, the person who typed (none: an import)
    OptId officeId;  ///< the office the gap is in, where it has one (an office manager sees those)
    QString name;

    friend bool operator==(const GapOwner&, const GapOwner&) = default;
};

/// A record behind a gap: the lead it is about (most are), and what else names it.
struct GapRecord {
    OptId leadId;
    OptId meetingId;
    OptId dealId;
    OptId contactId;
    OptId channelId;
    OptId operatorId;  ///< the lead's operator, whose call-center KPIs the gap may move
    QString day;       ///< YYYY-MM-DD, for a day's spend or visitors
    qint64 at =
        0;  ///< when the gap arose: the meeting's time, the lead's creation, the due date, the day's start
};

/// One row of the view: a kind of gap, its owner, and the records behind it.
struct GapGroup {
    GapKind kind = GapKind::UnmarkedMeeting;
    GapOwner owner;
    std::vector<GapRecord> records;
    int count() const { return static_cast<int>(records.size()); }
};

/// Every gap of a period, grouped by kind and owner (kinds in their order, owners by name).
struct HealthReport {
    qint64 from = 0;
    qint64 to = 0;
    std::vector<GapGroup> groups;

    /// How many gaps of `kind` there are.
    int count(GapKind kind) const;
    /// The lead ids behind a kind of gap (each once), for the lists and the KPI ranges.
    std::vector<Id> leads(GapKind kind) const;
};

}  // namespace fd::core
