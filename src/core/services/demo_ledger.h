#pragma once

#include "services/demo_desk.h"
#include "services/phone_lead_memory.h"
#include "storage/demo_rows.h"

#include <QSet>

#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fd::core::demo {

/// The services' rules for the demo's history, applied in memory: each call, booking, mark,
/// deal and payment changes rows held for the current batch of leads exactly as the services
/// would change them in the database (tests compare the two), and flush() writes the batch's
/// rows at once, each lead row once with its final status and milestones.
///
/// Every change but a repeat touch is to a lead of the current batch: the simulation works
/// each lead to its end before it makes the next one, and commits only between leads.
/// Used on SQLite without a signed-in person (whose name the audit lines would carry).
class DemoLedger final : public Desk {
public:
    DemoLedger(Database& db, Clock clock);
    ~DemoLedger() override;

    Result<CreatedLead> createLead(const NewLead& in) override;
    Result<Id> logCall(const CallInput& in) override;
    Status disqualify(Id leadId, Id reasonId, Id actorId) override;
    Result<Id> reschedule(Id meetingId, const BookingRequest& request, Id actorId) override;
    Status confirm(Id meetingId, Id actorId) override;
    Status cancel(Id meetingId, Id actorId) override {
        return endPending(meetingId, actorId, MeetingStatus::Cancelled);
    }
    Status markArrived(Id meetingId, Id actorId) override;
    Status markNoShow(Id meetingId, Id actorId) override {
        return endPending(meetingId, actorId, MeetingStatus::NoShow);
    }
    Result<OptId> recordOutcome(const OutcomeInput& in) override;
    Result<Id> addDeal(const DealInput& in) override;
    Result<Id> addPayment(const PaymentInput& in) override;
    Meeting meeting(Id meetingId) override;
    void flush() override;
    void finish() override { m_writer.finish(); }

private:
    /// What the batch holds of one lead: its row and its rows in the other tables, by index.
    struct Work {
        std::vector<std::size_t> calls;
        std::vector<std::size_t> meetings;
        std::vector<std::size_t> deals;
        std::vector<std::size_t> payments;
        std::vector<std::size_t> tasks;
    };
    /// Ids of one table: the first one of the batch and the next one.
    struct Ids {
        Id first = 1;
        Id next = 1;
        Id take() { return next++; }
        bool inBatch(Id id) const { return id >= first && id < next; }
        std::size_t index(Id id) const { return static_cast<std::size_t>(id - first); }
        void startBatch() { first = next; }
    };

    // demo_ledger.cpp: leads, calls, tasks, milestones and the flush.
    DemoLeadRow* lead(Id id);
    Work& work(Id leadId) { return m_work[m_leadIds.index(leadId)]; }
    void setStatus(DemoLeadRow& l, LeadStatus status, OptId reasonId, qint64 at);
    void closeTasks(Id leadId, TaskKind kind, qint64 at);
    void addTask(const Task& t, qint64 at);
    void scheduleRetry(DemoLeadRow& l, LeadStatus before, const CallInput& in, qint64 at);
    void audit(qint64 at, OptId employeeId, const char* action, const char* entity, Id entityId,
               const QString& details = {});
    void refresh(DemoLeadRow& l, qint64 at);
    void settleMilestones(DemoLeadRow& l);

    // demo_ledger_meetings.cpp: bookings, the office's marks, deals and payments.
    Meeting* meetingRow(Id id);
    /// Whether the lead may be booked into the slot; `freed`: a meeting whose seat is given up.
    Status checkBooking(qint64 at, Id leadId, const BookingRequest& request, const Meeting* freed);
    Id book(qint64 at, Id leadId, const BookingRequest& request, OptId bookedById, OptId rescheduledFrom);
    Result<Meeting*> pendingMeeting(Id id);
    Status endPending(Id meetingId, Id actorId, MeetingStatus status);
    void setMeetingStatus(Meeting& m, MeetingStatus status);
    Result<Id> addDealAt(qint64 at, const DealInput& in);
    int& seats(Id officeId, qint64 slotStart) { return m_seats[{officeId, slotStart}]; }

    Database& m_db;
    Clock m_clock;
    DemoRowWriter m_writer;
    DemoRows m_rows;
    std::vector<Work> m_work;  ///< parallel to m_rows.leads

    std::unordered_map<Id, Office> m_offices;
    std::unordered_map<Id, Employee> m_staff;
    std::unordered_map<Id, ReasonGate> m_reasons;
    std::unordered_map<Id, Id> m_campaignChannel;
    std::unordered_map<Id, bool> m_channels;
    int m_maxAttempts = 0;
    qint64 m_window = 0;

    Ids m_contactIds;
    Ids m_leadIds;
    Ids m_touchIds;
    Ids m_callIds;
    Ids m_meetingIds;
    Ids m_dealIds;
    Ids m_paymentIds;
    Ids m_taskIds;

    PhoneLeadMemory m_phones;
    QSet<QString> m_externalIds;
    std::map<std::pair<Id, qint64>, int> m_seats;  ///< (office, slot start) -> seats taken
};

}  // namespace fd::core::demo
