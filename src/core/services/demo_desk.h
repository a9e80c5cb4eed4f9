#pragma once

// Where the demo's history is written. The simulation decides what happens to each lead and
// asks a desk to do it by the application's rules: the services themselves (ServiceDesk, on
// any database), or DemoLedger (demo_ledger.h), which applies the same rules in memory and
// writes each batch of rows at once on SQLite.

#include "domain/entities.h"
#include "domain/result.h"
#include "services/deal_service.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"

namespace fd::core::demo {

class Desk {
public:
    Desk() = default;
    virtual ~Desk() = default;
    Desk(const Desk&) = delete;
    Desk& operator=(const Desk&) = delete;

    virtual Result<CreatedLead> createLead(const NewLead& in) = 0;
    /// A call; a booked call returns the id of the meeting it booked, every other the call's.
    virtual Result<Id> logCall(const CallInput& in) = 0;
    virtual Status disqualify(Id leadId, Id reasonId, Id actorId) = 0;
    virtual Result<Id> reschedule(Id meetingId, const BookingRequest& request, Id actorId) = 0;
    virtual Status confirm(Id meetingId, Id actorId) = 0;
    virtual Status cancel(Id meetingId, Id actorId) = 0;
    virtual Status markArrived(Id meetingId, Id actorId) = 0;
    virtual Status markNoShow(Id meetingId, Id actorId) = 0;
    /// The outcome; a sale returns the id of its deal.
    virtual Result<OptId> recordOutcome(const OutcomeInput& in) = 0;
    virtual Result<Id> addDeal(const DealInput& in) = 0;
    virtual Result<Id> addPayment(const PaymentInput& in) = 0;
    virtual Meeting meeting(Id meetingId) = 0;
    /// Writes what is still held, before the caller commits.
    virtual void flush() {}
    /// After the last flush, before anything reads the history: what the writing left to do.
    virtual void finish() {}
};

/// The services, one call each.
class ServiceDesk final : public Desk {
public:
    ServiceDesk(Database& db, const Clock& clock)
        : m_db(db), m_leads(db, clock), m_meetings(db, clock), m_deals(db, clock) {}

    Result<CreatedLead> createLead(const NewLead& in) override { return m_leads.createLead(in); }
    Result<Id> logCall(const CallInput& in) override;
    Status disqualify(Id leadId, Id reasonId, Id actorId) override {
        return m_leads.disqualify(leadId, reasonId, false, actorId);
    }
    Result<Id> reschedule(Id meetingId, const BookingRequest& request, Id actorId) override {
        return m_meetings.reschedule(meetingId, request, actorId);
    }
    Status confirm(Id meetingId, Id actorId) override { return m_meetings.confirm(meetingId, actorId); }
    Status cancel(Id meetingId, Id actorId) override { return m_meetings.cancel(meetingId, actorId); }
    Status markArrived(Id meetingId, Id actorId) override {
        return m_meetings.markArrived(meetingId, actorId);
    }
    Status markNoShow(Id meetingId, Id actorId) override { return m_meetings.markNoShow(meetingId, actorId); }
    Result<OptId> recordOutcome(const OutcomeInput& in) override;
    Result<Id> addDeal(const DealInput& in) override { return m_deals.addDeal(in); }
    Result<Id> addPayment(const PaymentInput& in) override { return m_deals.addPayment(in); }
    Meeting meeting(Id meetingId) override;

private:
    Database& m_db;
    LeadService m_leads;
    MeetingService m_meetings;
    DealService m_deals;
};

}  // namespace fd::core::demo
