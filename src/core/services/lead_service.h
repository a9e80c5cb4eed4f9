#pragma once

#include "domain/access.h"
#include "domain/entities.h"
#include "domain/phone.h"
#include "domain/result.h"
#include "services/service_context.h"
#include "storage/lead_inserts.h"

#include <memory>
#include <optional>

namespace fd::core {

/// A request as it arrives: from the site, an import, or an operator typing an inbound call.
struct NewLead {
    QString name;
    QString phone;  ///< as typed; normalized by the service
    QString email;
    QString externalId;
    QString note;
    OptId channelId;
    OptId campaignId;  ///< its channel is taken when channelId is empty
    OptId operatorId;
    OptTime createdAt;  ///< default: now
    OptId actorId;
};

struct CreatedLead {
    Id leadId = 0;
    bool repeatTouch = false;  ///< the request became a touch of an existing lead
    OptId touchId;
};

/// Where and when a meeting is booked.
struct BookingRequest {
    Id officeId = 0;
    qint64 scheduledAt = 0;  ///< UTC epoch of a slot start
    OptId managerId;
};

struct CallInput {
    Id leadId = 0;
    Id operatorId = 0;
    CallOutcome outcome = CallOutcome::NoAnswer;
    OptTime at;          ///< default: now
    OptTime callbackAt;  ///< required for a callback
    OptId reasonId;      ///< required for refused and non-target (a call-center reason)
    QString note;
    std::optional<BookingRequest> booking;  ///< required for booked
};

/// A new lead's input after the checks that need no database: the phone normalized, the email
/// lower-cased, the name simplified.
struct CheckedLead {
    NewLead input;
    qint64 at = 0;
    QString name;
    std::optional<Phone> phone;
    QString email;
    QString externalId;
    QString searchKey;  ///< of a contact made from it
    /// Its texts in UTF-8 as they are written (LeadIntake::prepareText), made by an import's
    /// reading thread so the writing thread only binds them.
    std::optional<LeadText> text;
};

/// Writes new leads inside a write transaction the caller holds, by the rule of createLead: a
/// phone with a lead created within the attribution window becomes a repeat touch of that
/// lead, otherwise a lead (with the contact of that phone, or a new one). The caller has
/// checked the input and the catalog references; an import writes many leads through one
/// intake without a savepoint per lead.
class LeadIntake final {
public:
    enum class Mode {
        Single,  ///< a lead at a time, each complete when written
        /// Many leads in one transaction (an import): their contacts enter the search index and
        /// their audit lines (by `actorId`) are written when finish() is called, which must
        /// happen before the transaction commits.
        Batch,
        /// A batch of a size like the database's own: phones and external ids the database did
        /// not hold before are looked up in memory (it reads the stored ones once).
        Bulk
    };
    explicit LeadIntake(Database& db, Mode mode = Mode::Single, OptId actorId = {});
    ~LeadIntake();
    LeadIntake(const LeadIntake&) = delete;
    LeadIntake& operator=(const LeadIntake&) = delete;

    /// The checks that need no database; an error names the field.
    static Result<CheckedLead> check(const NewLead& input, qint64 now);
    /// Sets lead.text, for a writer on another thread.
    static void prepareText(CheckedLead& lead);
    /// `status`: a new lead's (an import may bring leads at a later stage).
    CreatedLead write(const CheckedLead& lead, LeadStatus status = LeadStatus::New);
    /// True when a lead or a repeat touch already carries this external id.
    bool externalIdKnown(const QString& externalId);
    void finish();

private:
    /// Writes the rows held before the database is asked about them.
    void flushHeld();
    struct Memory;
    Memory& memory();

    Database& m_db;
    qint64 m_window = 0;
    bool m_batch = false;
    bool m_bulk = false;
    OptId m_actor;
    OptId m_firstContact;  ///< the first contact, lead and touch written in batch mode
    OptId m_firstLead;
    OptId m_firstTouch;
    std::unique_ptr<Memory> m_memory;        ///< bulk mode, loaded on first use
    std::unique_ptr<LeadInserts> m_inserts;  ///< batch and bulk modes
};

/// Statuses in which the lead is still the call center's to work (a call may change them).
bool inCallCenterStage(LeadStatus s);
/// What a call's outcome needs besides the lead and the operator; the error names the field.
Status checkCallInput(const CallInput& in, qint64 at);
/// The call attempt a call made at `at` is (without its id).
CallAttempt callOf(const CallInput& in, qint64 at);
/// The callback a call nobody answered schedules by itself, after a delay that grows with the
/// unanswered calls in a row (`history`: the lead's calls by time, this one included); nothing
/// after `maxAttempts` of them or for another outcome.
std::optional<Task> retryTask(const CallInput& in, const std::vector<CallAttempt>& history, int maxAttempts,
                              qint64 at);

/// Leads and the call center's work on them.
class LeadService final {
public:
    explicit LeadService(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// Creates a lead, or — when a lead with the same normalized phone was created within the
    /// attribution window — records a repeat touch of it and keeps its first source.
    /// `as`: the work it is part of — a call (the call center) or a walk-in (the office desk).
    Result<CreatedLead> createLead(const NewLead& input, Action as = Action::WorkCallCenter);
    /// The newest lead of the contact with this phone, whenever it was created — what an
    /// operator typing an inbound call should open instead of a duplicate. An unusable phone
    /// is an error naming the field.
    Result<OptId> leadWithPhone(const QString& phone);
    /// Logs one call attempt and applies its outcome (status, callback task, booking) and the
    /// milestones in one transaction. Returns the call attempt's id.
    Result<Id> logCall(const CallInput& input);
    /// Closes the lead as lost or non-target with a reason, without a call.
    Status disqualify(Id leadId, Id reasonId, bool nonTarget, OptId actorId);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
