#include "funnel/funnel_engine.h"

#include "funnel/fact_source.h"
#include "funnel/funnel_groups.h"
#include "funnel/marketing_figures.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <memory>

namespace fd::core {

namespace {

constexpr qint64 kDay = 86400;
constexpr std::size_t kStages = kStageCount;
constexpr qint64 kNone = FunnelLeadFact::kNone;

std::optional<double> divide(std::optional<qint64> a, qint64 b) {
    if (!a || b == 0) {
        return std::nullopt;
    }
    return static_cast<double>(*a) / static_cast<double>(b);
}

Error cancelled() {
    return Error::make(ErrorCode::Cancelled,
                       QT_TRANSLATE_NOOP("fd::core::Error", "The report was cancelled."));
}

Status validate(const FunnelSpec& spec) {
    if (!spec.from.isValid() || !spec.to.isValid() || spec.from >= spec.to) {
        return Error::make(ErrorCode::InvalidInput,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The period must start before it ends."), {},
                           QStringLiteral("period"));
    }
    if (spec.windowDays && *spec.windowDays < 1) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error", "The conversion window must be at least one day."), {},
            QStringLiteral("window_days"));
    }
    return Ok{};
}

/// Effective stage times: a later stage implies the earlier ones.
std::array<qint64, kStages> effectiveTimes(const FunnelLeadFact& f) {
    std::array<qint64, kStages> eff = f.milestones();
    for (int s = static_cast<int>(kStages) - 2; s >= 1; --s) {
        const qint64 next = eff[static_cast<std::size_t>(s + 1)];
        qint64& cur = eff[static_cast<std::size_t>(s)];
        if (next != kNone && (cur == kNone || next < cur)) {
            cur = next;
        }
    }
    return eff;
}

/// One report's computation, step by step: prepare, select the leads, count their stages, add
/// money and marketing figures, finish the groups.
class Computation {
public:
    /// Counts `spec` once for each breakdown of `breakdowns` (only spec.by when empty), in one
    /// pass over the leads.
    Computation(FactSource& source, const FunnelSpec& spec, const std::atomic<bool>* cancel,
                std::vector<Breakdown> breakdowns = {}, std::size_t parallelFrom = 0)
        : m_source(source),
          m_spec(spec),
          m_cancel(cancel),
          m_cohort(spec.mode == FunnelMode::Cohort),
          m_breakdowns(breakdowns.empty() ? std::vector<Breakdown>{spec.by} : std::move(breakdowns)),
          m_parallelFrom(parallelFrom) {
        m_report.spec = spec;
    }

    /// Checks the spec, reads the facts and selects the leads the spec looks at.
    Status start(const QString& defaultZone);
    Status countStages(const FunnelCell* cell, std::vector<Id>* cellLeads);
    void addMoney();
    Status addMarketingFigures();
    /// The report of each breakdown, in their order.
    Result<std::vector<FunnelReport>> finish();

private:
    Status prepare(const QString& defaultZone);
    void selectLeads();
    bool stopped() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// The end of a cohort lead's window (no end without a window).
    qint64 limitOf(const FunnelLeadFact& f) const {
        return m_cohort && m_spec.windowDays ? f.created + static_cast<qint64>(*m_spec.windowDays) * kDay
                                             : std::numeric_limits<qint64>::max();
    }
    using Tables = std::vector<std::unique_ptr<GroupTable>>;
    /// Counts the selected leads [from, to) into `tables` (one per breakdown).
    Status countRange(std::size_t from, std::size_t to, Tables& tables, const FunnelCell* cell,
                      std::vector<Id>* cellLeads);
    void countLead(const FunnelLeadFact& f, Tables& tables, const FunnelCell* cell,
                   std::vector<Id>* cellLeads);
    /// Counts a lead's stages (those `counts` says count) into one breakdown's groups.
    template <class Counts>
    void countLead(const FunnelLeadFact& f, const std::array<qint64, kStages>& eff, const Counts& counts,
                   bool followUp, GroupTable& table);
    void addMoneyEvents(const std::vector<FunnelMoneyEvent>& events, qint64& (*slot)(Accumulator&));
    Result<FunnelReport> finishTable(GroupTable& table);
    FunnelGroup finishGroup(Breakdown by, const QString& key, const Accumulator& a, QDate day,
                            const QHash<Id, QString>& names) const;

    FactSource& m_source;
    const FunnelSpec& m_spec;
    const std::atomic<bool>* m_cancel;
    const bool m_cohort;
    FunnelReport m_report;
    qint64 m_fromTs = 0;
    qint64 m_toTs = 0;
    qint64 m_asOf = 0;
    std::shared_ptr<const FunnelData> m_data;
    std::unique_ptr<DayIndex> m_days;
    std::vector<Breakdown> m_breakdowns;
    std::size_t m_parallelFrom;                         // 0: never in parallel
    std::vector<std::unique_ptr<GroupTable>> m_tables;  // one per breakdown
    std::vector<const FunnelLeadFact*> m_leads;
    std::vector<int> m_position;  // where each fact landed in m_leads
};

Status Computation::start(const QString& defaultZone) {
    if (Status valid = validate(m_spec); !valid) {
        return valid;
    }
    if (Status ready = prepare(defaultZone); !ready) {
        return ready;
    }
    selectLeads();
    return Ok{};
}

Status Computation::prepare(const QString& defaultZone) {
    m_report.timeZone = m_spec.timeZone.isEmpty() ? defaultZone : m_spec.timeZone;
    const QTimeZone zone(m_report.timeZone.toUtf8());
    if (!zone.isValid()) {
        return Error::make(ErrorCode::InvalidInput,
                           QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."),
                           {m_report.timeZone}, QStringLiteral("time_zone"));
    }
    m_fromTs = QDateTime(m_spec.from, QTime(0, 0), zone).toSecsSinceEpoch();
    m_toTs = QDateTime(m_spec.to, QTime(0, 0), zone).toSecsSinceEpoch();
    // The whole company's facts (a source may keep them while the data is unchanged), filtered here.
    Result<std::shared_ptr<const FunnelData>> data = m_source.facts();
    if (!data) {
        return data.error();
    }
    m_data = *data;
    const auto& range = m_data->eventRange;
    if (range) {
        m_report.dataFirst = QDateTime::fromSecsSinceEpoch(range->first, zone).date();
        m_report.dataLast = QDateTime::fromSecsSinceEpoch(range->second, zone).date();
    }
    m_asOf = range ? range->second : m_toTs;
    // Every event of interest falls in the period or the data window: one day table for both.
    m_days = std::make_unique<DayIndex>(
        zone, m_report.dataFirst ? std::min(*m_report.dataFirst, m_spec.from) : m_spec.from,
        m_report.dataLast ? std::max(m_report.dataLast->addDays(1), m_spec.to) : m_spec.to);
    for (const Breakdown by : m_breakdowns) {
        m_tables.push_back(std::make_unique<GroupTable>(by, *m_days));
    }
    if (m_cohort) {
        if (m_spec.windowDays) {
            m_report.maturityDays = *m_spec.windowDays;
        } else if (const auto p90 = m_data->saleSecondsP90) {
            m_report.maturityDays = static_cast<int>(std::ceil(*p90 / kDay));
        }
    }
    return Ok{};
}

void Computation::selectLeads() {
    auto member = [](const std::vector<Id>& ids, Id id) {
        return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    const FunnelSpec& s = m_spec;
    const std::vector<std::uint32_t> candidates = m_data->candidates(m_cohort, m_fromTs, m_toTs);
    m_leads.reserve(candidates.size());
    m_position.assign(m_data->leads.size(), -1);
    for (const std::uint32_t i : candidates) {
        const FunnelLeadFact& f = m_data->leads[i];
        if (f.created < m_toTs && (!m_cohort || f.created >= m_fromTs) && member(s.offices, f.office) &&
            member(s.channels, f.channel) && member(s.campaigns, f.campaign) &&
            member(s.operators, f.operatorId) && member(s.managers, f.manager)) {
            m_position[i] = static_cast<int>(m_leads.size());
            m_leads.push_back(&f);
        }
    }
}

Status Computation::countStages(const FunnelCell* cell, std::vector<Id>* cellLeads) {
    // Many leads are counted in two halves at once, the second into tables of its own that are
    // merged after it: the same groups in the same order, the same values.
    const bool split = cell == nullptr && m_parallelFrom > 0 && m_leads.size() >= m_parallelFrom;
    const std::size_t half = split ? m_leads.size() / 2 : m_leads.size();
    Tables second;
    std::future<Status> other;
    if (half < m_leads.size()) {
        for (const Breakdown by : m_breakdowns) {
            second.push_back(std::make_unique<GroupTable>(by, *m_days));
        }
        other = std::async(std::launch::async, [this, half, &second] {
            return countRange(half, m_leads.size(), second, nullptr, nullptr);
        });
    }
    const Status mine = countRange(0, half, m_tables, cell, cellLeads);
    if (other.valid()) {
        const Status theirs = other.get();
        if (!theirs) {
            return theirs;
        }
        for (std::size_t t = 0; t < m_tables.size(); ++t) {
            m_tables[t]->absorb(*second[t]);
        }
    }
    return mine;
}

Status Computation::countRange(std::size_t from, std::size_t to, Tables& tables, const FunnelCell* cell,
                               std::vector<Id>* cellLeads) {
    for (std::size_t i = from; i < to; ++i) {
        if ((i & 0xFFFF) == 0 && stopped()) {
            return cancelled();
        }
        countLead(*m_leads[i], tables, cell, cellLeads);
    }
    return Ok{};
}

void Computation::countLead(const FunnelLeadFact& f, Tables& tables, const FunnelCell* cell,
                            std::vector<Id>* cellLeads) {
    const std::array<qint64, kStages> eff = effectiveTimes(f);
    const qint64 limit = limitOf(f);
    unsigned counted = 0;  // bit s: stage s counts
    for (std::size_t s = 0; s < kStages; ++s) {
        const qint64 t = eff[s];
        if (t != kNone && (m_cohort ? t < limit : (t >= m_fromTs && t < m_toTs))) {
            counted |= 1U << s;
        }
    }
    if (counted == 0 && !m_cohort) {
        return;  // most leads of a long history, in a short period
    }
    const auto counts = [counted](std::size_t s) { return ((counted >> s) & 1U) != 0; };
    const bool followUp = counts(5) && f.at(3) != kNone && f.at(5) != kNone &&
                          m_days->indexOf(f.at(5)) > m_days->indexOf(f.at(3));
    const std::size_t cellStage = cell ? static_cast<std::size_t>(cell->stage) : kStages;
    for (const std::unique_ptr<GroupTable>& table : tables) {
        countLead(f, eff, counts, followUp, *table);
    }
    if (cellStage == kStages || !counts(cellStage)) {
        return;
    }
    GroupTable& first = *tables.front();
    const int key = first.groupAt(f, m_cohort ? f.created : eff[cellStage]);
    if (cell->groupKey == QLatin1String("all") || first.key(key) == cell->groupKey) {
        cellLeads->push_back(f.id);
    }
}

template <class Counts>
void Computation::countLead(const FunnelLeadFact& f, const std::array<qint64, kStages>& eff,
                            const Counts& counts, bool followUp, GroupTable& table) {
    // A cohort lead belongs to one group for all its stages: look it up once.
    const int cohortGroup = m_cohort ? table.groupAt(f, f.created) : -1;
    for (std::size_t s = 0; s < kStages; ++s) {
        if (!counts(s)) {
            continue;
        }
        const int key = m_cohort ? cohortGroup : table.groupAt(f, eff[s]);
        // The days go to the group only: the total's are its groups' together (GroupTable::finish).
        const double daysSince = static_cast<double>(eff[s] - f.created) / kDay;
        Accumulator& group = table.at(key);
        if (s == 2) {
            group.daysToBooked.push_back(daysSince);
        } else if (s == 3) {
            group.daysToArrived.push_back(daysSince);
        } else if (s == 5) {
            group.daysToSale.push_back(daysSince);
        }
        table.both(key, [&](Accumulator& a) {
            a.stages[s] += 1;
            if (s == 2 && f.hadDueMeeting) {
                a.noShowDen += 1;
                a.noShowNum += f.hadNoShow ? 1 : 0;
            } else if (s == 5) {
                a.salesAfterFollowUp += followUp ? 1 : 0;
            }
        });
    }
    if (m_cohort && m_report.maturityDays) {
        const bool immature = m_asOf - f.created < static_cast<qint64>(*m_report.maturityDays) * kDay;
        table.both(cohortGroup, [&](Accumulator& a) {
            a.cohortLeads += 1;
            a.immatureLeads += immature ? 1 : 0;
        });
    }
}

void Computation::addMoneyEvents(const std::vector<FunnelMoneyEvent>& events, qint64& (*slot)(Accumulator&)) {
    // In cohort mode money of any date counts (within the window); cohort leads were all created
    // in the period, so nothing before it can be theirs.
    const qint64 moneyTo = m_cohort ? std::numeric_limits<qint64>::max() : m_toTs;
    for (const FunnelMoneyEvent& e : events) {
        if (e.at < m_fromTs || e.at >= moneyTo) {
            continue;  // the time first: most events of a long history are outside the period
        }
        const int at = e.leadIndex < m_position.size() ? m_position[e.leadIndex] : -1;
        if (at < 0) {
            continue;
        }
        const FunnelLeadFact& f = *m_leads[static_cast<std::size_t>(at)];
        if (m_cohort && e.at >= limitOf(f)) {
            continue;
        }
        for (const std::unique_ptr<GroupTable>& table : m_tables) {
            table->both(table->groupAt(f, m_cohort ? f.created : e.at),
                        [&](Accumulator& a) { slot(a) += e.amount; });
        }
    }
}

void Computation::addMoney() {
    addMoneyEvents(m_data->payments, [](Accumulator& a) -> qint64& { return a.revenue; });
    addMoneyEvents(m_data->deals, [](Accumulator& a) -> qint64& { return a.contracted; });
}

Status Computation::addMarketingFigures() {
    for (const std::unique_ptr<GroupTable>& table : m_tables) {
        if (Status added = addMarketingFiguresTo(*table, m_spec, m_source); !added) {
            return added;
        }
    }
    return Ok{};
}

FunnelGroup Computation::finishGroup(Breakdown by, const QString& key, const Accumulator& a, QDate day,
                                     const QHash<Id, QString>& names) const {
    FunnelGroup g;
    g.key = key;
    if (key == QLatin1String("all")) {
        g.label = QStringLiteral("All");
    } else if (key == QLatin1String("none")) {
        g.label = QStringLiteral("(none)");
    } else if (timeBreakdown(by)) {
        g.label = bucketLabel(by, day);
    } else {
        g.label = names.value(key.toLongLong(), key);
    }
    g.stages = a.stages;
    for (std::size_t s = 1; s < kStages; ++s) {
        g.step[s - 1] = wilsonRate(a.stages[s], a.stages[s - 1]);
        g.cumulative[s - 1] = wilsonRate(a.stages[s], a.stages[0]);
    }
    g.noShow = wilsonRate(a.noShowNum, a.noShowDen);
    g.nonTargetShare = wilsonRate(std::max<qint64>(0, a.stages[3] - a.stages[4]), a.stages[3]);
    g.salesAfterFollowUp = a.salesAfterFollowUp;
    g.salesFirstMeeting = a.stages[5] - a.salesAfterFollowUp;
    g.daysToBooked = medianAndP75(a.daysToBooked);
    g.daysToArrived = medianAndP75(a.daysToArrived);
    g.daysToSale = medianAndP75(a.daysToSale);
    FunnelMoney& m = g.money;
    m.spendApplicable = spendApplicable(m_spec, by);
    m.revenue = a.revenue;
    m.contracted = a.contracted;
    if (m.spendApplicable) {
        m.spend = a.spend.value_or(0);
        m.visitors = a.visitors.value_or(0);
        m.cpl = divide(m.spend, a.stages[0]);
        m.costPerBooked = divide(m.spend, a.stages[2]);
        m.costPerArrival = divide(m.spend, a.stages[3]);
        m.costPerTarget = divide(m.spend, a.stages[4]);
        m.cac = divide(m.spend, a.stages[5]);
        if (*m.spend > 0) {
            m.romi = static_cast<double>(m.revenue - *m.spend) / static_cast<double>(*m.spend);
        }
        m.visitorToLead = wilsonRate(a.stages[0], *m.visitors);
    }
    m.averageDeal = divide(m.contracted, a.stages[5]);
    if (m_cohort && m_report.maturityDays && a.cohortLeads > 0) {
        g.immatureShare = static_cast<double>(a.immatureLeads) / static_cast<double>(a.cohortLeads);
        g.maturing = *g.immatureShare > 0.10;
    }
    return g;
}

Result<std::vector<FunnelReport>> Computation::finish() {
    std::vector<FunnelReport> reports;
    for (const std::unique_ptr<GroupTable>& table : m_tables) {
        Result<FunnelReport> report = finishTable(*table);
        if (!report) {
            return report.error();
        }
        reports.push_back(std::move(report.value()));
    }
    return reports;
}

Result<FunnelReport> Computation::finishTable(GroupTable& table) {
    const Breakdown by = table.by();
    FunnelReport report = m_report;
    report.spec.by = by;
    Result<QHash<Id, QString>> named = m_source.groupNames(by);
    if (!named) {
        return named.error();
    }
    const QHash<Id, QString>& names = *named;
    auto nameOf = [&](const QString& key) { return names.value(key.toLongLong(), key); };
    std::vector<int> order(table.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<int>(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const QString& a = table.key(x);
        const QString& b = table.key(y);
        if (timeBreakdown(by)) {
            return a < b;
        }
        // Named groups by name, the unassigned group last.
        if ((a == QLatin1String("none")) != (b == QLatin1String("none"))) {
            return b == QLatin1String("none");
        }
        return nameOf(a) < nameOf(b);
    });
    // The total holds every value of the groups: its percentiles are found beside theirs.
    table.gatherTotalDays();
    const Accumulator& total = table.total();
    std::future<FunnelGroup> totalGroup = std::async(
        std::launch::async, [&] { return finishGroup(by, QStringLiteral("all"), total, QDate(), names); });
    for (const int i : order) {
        report.groups.push_back(finishGroup(by, table.key(i), table.at(i), table.day(i), names));
    }
    report.total = totalGroup.get();
    report.noData = std::all_of(total.stages.begin(), total.stages.end(), [](qint64 n) { return n == 0; }) &&
                    total.revenue == 0 && total.contracted == 0 && total.spend.value_or(0) == 0;
    return report;
}

}  // namespace

Result<FunnelReport> FunnelEngine::run(const FunnelSpec& spec, const std::atomic<bool>* cancel) {
    Result<std::vector<FunnelReport>> reports = runMany(spec, {spec.by}, cancel);
    if (!reports) {
        return reports.error();
    }
    return std::move(reports.value().front());
}

Result<std::vector<FunnelReport>> FunnelEngine::runMany(const FunnelSpec& spec,
                                                        const std::vector<Breakdown>& breakdowns,
                                                        const std::atomic<bool>* cancel) {
    Computation c(m_source, spec, cancel, breakdowns, m_parallelFrom);
    if (const Status started = c.start(m_reportTimeZone); !started) {
        return started.error();
    }
    if (const Status counted = c.countStages(nullptr, nullptr); !counted) {
        return counted.error();
    }
    if (cancel && cancel->load()) {
        return cancelled();
    }
    c.addMoney();
    if (const Status figures = c.addMarketingFigures(); !figures) {
        return figures.error();
    }
    return c.finish();
}

Result<std::vector<Id>> FunnelEngine::leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                              const std::atomic<bool>* cancel) {
    Computation c(m_source, spec, cancel);
    if (const Status started = c.start(m_reportTimeZone); !started) {
        return started.error();
    }
    std::vector<Id> ids;
    if (const Status counted = c.countStages(&cell, &ids); !counted) {
        return counted.error();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace fd::core
