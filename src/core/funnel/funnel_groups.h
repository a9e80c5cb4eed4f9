#pragma once

#include "funnel/funnel_data.h"
#include "funnel/funnel_report.h"

#include <QHash>
#include <QTimeZone>

#include <unordered_map>

namespace fd::core {

/// The counts of one group while a report is computed.
struct Accumulator {
    std::array<qint64, kStageCount> stages{};
    qint64 noShowNum = 0;
    qint64 noShowDen = 0;
    qint64 salesAfterFollowUp = 0;
    std::vector<double> daysToBooked;
    std::vector<double> daysToArrived;
    std::vector<double> daysToSale;
    qint64 revenue = 0;
    qint64 contracted = 0;
    std::optional<qint64> spend;
    std::optional<qint64> visitors;
    qint64 cohortLeads = 0;
    qint64 immatureLeads = 0;

    /// Adds another accumulator's counts and values to these.
    void add(const Accumulator& other);
};

bool timeBreakdown(Breakdown b);
/// The group key of a day under a time breakdown ("2026-03-05", "2026-W10", "2026-03").
QString bucketKey(Breakdown b, QDate d);
/// How a time bucket is labelled (a week by its Monday).
QString bucketLabel(Breakdown b, QDate d);

/// The p-th percentile by linear interpolation between the closest ranks, found by selection
/// (reorders `values`, never sorts them fully). `values` must not be empty.
double selectPercentile(std::vector<double>& values, double p);
/// The median and the 75th percentile from one copy of the values.
Percentiles medianAndP75(const std::vector<double>& source);

/// Calendar days of the reporting time zone by binary search over their starts.
class DayIndex {
public:
    DayIndex(const QTimeZone& zone, QDate from, QDate to);
    /// The index (days after `from`) of the day of an instant inside [from, to].
    int indexOf(qint64 t) const;
    QDate first() const { return m_first; }
    int size() const { return static_cast<int>(m_starts.size()); }

private:
    QDate m_first;
    std::vector<qint64> m_starts;
};

/// The groups of a report and the total. Keys are made once per distinct value; events find
/// their group through integer lookups.
class GroupTable {
public:
    GroupTable(Breakdown by, const DayIndex& days);

    /// The group of a lead's event at time `t` (t matters only for a time breakdown).
    int groupAt(const FunnelLeadFact& f, qint64 t);
    /// The group of a key, made on first use; `day` labels a time bucket.
    int intern(const QString& key, QDate day);
    /// Applies `apply` to a group's accumulator and to the total's.
    template <class F>
    void both(int group, F&& apply) {
        apply(m_groups[static_cast<std::size_t>(group)]);
        apply(m_total);
    }

    /// Adds the groups and total of a table of the same breakdown (counted over other leads).
    void absorb(const GroupTable& other);
    /// Sets the total's days (to booking, arrival and sale) to all of its groups' together: the
    /// counting gives them to the groups only.
    void gatherTotalDays();

    Breakdown by() const { return m_by; }
    std::size_t size() const { return m_groups.size(); }
    const QString& key(int group) const { return m_keys[static_cast<std::size_t>(group)]; }
    QDate day(int group) const { return m_days[static_cast<std::size_t>(group)]; }
    Accumulator& at(int group) { return m_groups[static_cast<std::size_t>(group)]; }
    Accumulator& total() { return m_total; }

private:
    Id attributeOf(const FunnelLeadFact& f) const;

    Breakdown m_by;
    const DayIndex& m_dayIndex;
    std::vector<Accumulator> m_groups;
    std::vector<QString> m_keys;
    std::vector<QDate> m_days;  // a representative day of each time bucket
    Accumulator m_total;
    QHash<QString, int> m_byKey;
    std::unordered_map<qint64, int> m_ofAttribute;  // id (0 for none) -> group
    std::vector<int> m_ofSmallId;                   // the same for the usual small ids
    std::vector<int> m_ofDay;
    int m_all = -1;  // the one group of no breakdown
};

}  // namespace fd::core
