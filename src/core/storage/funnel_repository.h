#pragma once

#include "domain/entities.h"
#include "funnel/fact_chunk.h"
#include "funnel/funnel_data.h"

#include <QDate>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// Which leads the funnel looks at: attribute filters (each an OR over its ids) and a
/// created_at range.
struct FunnelLeadFilter {
    std::vector<Id> offices;
    std::vector<Id> channels;
    std::vector<Id> campaigns;
    std::vector<Id> operators;
    std::vector<Id> managers;
    OptTime createdFrom;
    OptTime createdTo;
};

/// The reads behind funnel reports: lead facts, money events and daily marketing figures.
class FunnelRepository final {
public:
    explicit FunnelRepository(Database& db) : m_db(db) {}

    std::vector<FunnelLeadFact> leads(const FunnelLeadFilter& filter);
    /// All lead facts, payments, deals and the event range, read once and kept with the connection until the
    /// data changes (a write here or a commit anywhere else), so repeated reports — a
    /// dashboard changing filters — do not scan the database again.
    std::shared_ptr<const FunnelData> data();
    /// The same read from the rows alone, never from the stored facts (LeadFactStore): what
    /// those must always equal.
    std::shared_ptr<const FunnelData> dataFromRows();
    /// The facts, contracts and payments of the leads with ids in [from, to), from the rows, in
    /// id order (money by lead, time and id).
    FactChunk chunk(Id from, Id to);
    /// Payments (by paid_at) and deals (by signed_at) in [from, to), for any lead.
    std::vector<FunnelMoneyEvent> payments(qint64 from, qint64 to);
    std::vector<FunnelMoneyEvent> deals(qint64 from, qint64 to);
    /// Spend or visitors per day in [from, to).
    std::vector<DailyFigure> spend(QDate from, QDate to);
    std::vector<DailyFigure> visitors(QDate from, QDate to);
    /// The earliest and latest event time in the database, if any.
    std::optional<std::pair<qint64, qint64>> eventRange();

    /// The cohort funnel by channel as an analyst would write it straight over the raw event
    /// tables (no milestones): the baseline the report benchmark compares the engine with.
    /// Returns the number of groups.
    int straightforwardCohortByChannel(qint64 from, qint64 to);

private:
    std::shared_ptr<FunnelData> read(bool stored);
    std::vector<DailyFigure> daily(const char* table, QDate from, QDate to);
    Database& m_db;
};

}  // namespace fd::core
