#pragma once

#include "domain/entities.h"

#include <QDate>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// One lead as the funnel engine sees it: its attributes and its stage milestones. Compact on
/// purpose (a report may hold a million): an id of 0 is "none", a time of kNone "not reached".
struct FunnelLeadFact {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    Id id = 0;
    qint64 created = 0;
    Id channel = 0;
    Id campaign = 0;
    Id operatorId = 0;
    Id office = 0;
    Id manager = 0;  ///< the manager of the lead's first arrived meeting
    /// created, first contact, booked, arrived, target, sold, first payment
    std::array<qint64, 7> t{kNone, kNone, kNone, kNone, kNone, kNone, kNone};
    qint64 firstCallAt = kNone;  ///< the first call attempt, whatever its outcome
    bool hadNoShow = false;      ///< a meeting marked no-show
    bool hadDueMeeting = false;  ///< a meeting marked arrived or no-show
};

struct FunnelMoneyEvent {
    Id leadId = 0;
    qint64 at = 0;
    qint64 amount = 0;          ///< kopecks; 0 for a deal of unknown amount
    std::size_t leadIndex = 0;  ///< in FunnelData::leads, set when the data is loaded
};

struct DailyFigure {
    QDate day;
    Id channel = 0;
    OptId campaign;
    qint64 value = 0;
};

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

/// Everything a funnel report reads per lead and per money event, for the whole database.
struct FunnelData {
    std::vector<FunnelLeadFact> leads;  ///< in id order
    std::vector<FunnelMoneyEvent> payments;
    std::vector<FunnelMoneyEvent> deals;
    std::vector<double> saleSeconds;  ///< creation to sale, of every sold lead
};

/// The reads behind funnel reports: lead facts, money events and daily marketing figures.
class FunnelRepository final {
public:
    explicit FunnelRepository(Database& db) : m_db(db) {}

    std::vector<FunnelLeadFact> leads(const FunnelLeadFilter& filter);
    /// All lead facts, payments and deals, read once and kept with the connection until the
    /// data changes (a write here or a commit anywhere else), so repeated reports — a
    /// dashboard changing filters — do not scan the database again.
    std::shared_ptr<const FunnelData> data();
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
    std::vector<DailyFigure> daily(const char* table, QDate from, QDate to);
    Database& m_db;
};

}  // namespace fd::core
