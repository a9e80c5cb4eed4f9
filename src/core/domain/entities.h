#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fd::core {

// Plain records as stored. Ids are database ids; times are UTC epoch seconds.

using Id = qint64;
using OptId = std::optional<Id>;
using OptTime = std::optional<qint64>;

/// Whether an office works on a calendar day that is one of its working weekdays.
enum class DayState { Open, Closed };

struct Office {
    Id id = 0;
    QString name;
    QString address;
    QString timeZone = QStringLiteral("Europe/Moscow");
    int workStartMin = 9 * 60;  ///< minutes after local midnight
    int workEndMin = 20 * 60;
    int workDays = 0x1F;  ///< bit 0 = Monday ... bit 6 = Sunday
    int slotMinutes = 60;
    int seatsPerSlot = 2;
    bool active = true;
    std::vector<QDate> closedDays;  ///< holidays and other days closed although working days, ascending
};

struct Employee {
    Id id = 0;
    QString name;
    Role role = Role::Operator;
    OptId officeId;
    bool active = true;
};

struct Channel {
    Id id = 0;
    QString name;
    bool active = true;
};

struct Campaign {
    Id id = 0;
    Id channelId = 0;
    QString name;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    bool active = true;
};

struct Reason {
    Id id = 0;
    ReasonGate gate = ReasonGate::CallCenter;
    QString code;
    QString name;
    bool active = true;
    int position = 0;  ///< the order in which the choices are offered
};

struct Contact {
    Id id = 0;
    QString name;
    QString phoneE164;
    QString phoneRaw;
    QString email;
};

/// The stage milestones kept on the lead row (see docs/metrics.md for their meaning).
struct Milestones {
    OptTime firstContactAt;
    OptTime bookedAt;
    OptTime arrivedAt;
    std::optional<bool> isTarget;
    OptTime targetAt;
    OptTime soldAt;
    OptTime firstPaidAt;
    qint64 contractAmount = 0;
    qint64 revenue = 0;

    bool operator==(const Milestones&) const = default;
};

struct Lead {
    Id id = 0;
    Id contactId = 0;
    qint64 createdAt = 0;
    OptId channelId;
    OptId campaignId;
    OptId operatorId;
    LeadStatus status = LeadStatus::New;
    OptId lostReasonId;
    QString externalId;
    QString note;
    Milestones milestones;
};

struct CallAttempt {
    Id id = 0;
    Id leadId = 0;
    Id operatorId = 0;
    qint64 calledAt = 0;
    CallOutcome outcome = CallOutcome::NoAnswer;
    OptTime callbackAt;
    OptId reasonId;
    QString note;
};

struct Meeting {
    Id id = 0;
    Id leadId = 0;
    Id officeId = 0;
    OptId managerId;
    OptId bookedById;
    qint64 bookedAt = 0;
    qint64 scheduledAt = 0;
    MeetingStatus status = MeetingStatus::Scheduled;
    OptTime confirmedAt;
    OptTime arrivedAt;
    std::optional<MeetingOutcome> outcome;
    OptId outcomeReasonId;
    std::optional<Qualification> qualification;
    OptTime outcomeAt;
    QString note;
    OptId rescheduledFromId;
};

struct Deal {
    Id id = 0;
    Id leadId = 0;
    OptId meetingId;
    OptId managerId;
    qint64 signedAt = 0;
    std::optional<Money> amount;  ///< unknown amount allowed (imported sales)
    QString product;
    QString externalId;
};

struct Payment {
    Id id = 0;
    Id dealId = 0;
    qint64 paidAt = 0;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString externalId;
};

struct Task {
    Id id = 0;
    Id leadId = 0;
    OptId meetingId;
    OptId assigneeId;
    TaskKind kind = TaskKind::Callback;
    qint64 dueAt = 0;
    TaskStatus status = TaskStatus::Open;
    QString note;
};

}  // namespace fd::core
