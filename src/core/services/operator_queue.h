#pragma once

#include "services/service_context.h"
#include "storage/queue_repository.h"

namespace fd::core {

/// A call-center operator's queue: new leads (oldest first, flagged past the first-call
/// SLA), callbacks that are due, meetings from now to the end of their office's next working
/// day still to confirm, and
/// recent no-shows to rebook. The moments that bound the lists follow from the clock and
/// the company settings.
class OperatorQueue final {
public:
    /// No-shows older than this are no longer offered for rebooking.
    static constexpr int kNoShowDays = 14;
    /// The most rows one list shows; the count above it tells how many there are.
    static constexpr int kListLimit = 500;

    OperatorQueue(Database& db, Id operatorId, Clock clock = systemClock());

    QueueScope scope() const { return m_scope; }
    int slaMinutes() const { return m_slaMinutes; }
    /// Re-reads the clock (the lists move with time).
    void refreshScope();

    Result<QueueCounts> counts();
    Result<std::vector<QueueItem>> items(QueueTab tab, int limit = kListLimit);
    /// Takes the oldest new lead nobody has yet for this operator, or nothing when none is left.
    /// Seats claiming at the same moment never get the same lead.
    Result<std::optional<Id>> claimNewLead();
    /// Takes this lead for the operator before they call it, when nobody has it yet. Refused
    /// (Conflict) when another operator took it first.
    Status claim(Id leadId);

private:
    Database& m_db;
    Clock m_clock;
    QueueScope m_scope;
    int m_slaMinutes = 15;
    QString m_zone;
};

}  // namespace fd::core
