#include "funnel/funnel_engine.h"

#include "services/catalog_service.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/funnel_repository.h"
#include "storage/storage_error.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <unordered_map>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fd::core {

namespace {

constexpr qint64 kDay = 86400;
constexpr std::size_t kStages = kStageCount;

struct Accumulator {
    std::array<qint64, kStages> stages{};
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
};

bool timeBreakdown(Breakdown b) {
    return b == Breakdown::Day || b == Breakdown::Week || b == Breakdown::Month;
}

QString bucketKey(Breakdown b, QDate d) {
    switch (b) {
        case Breakdown::Week: {
            int year = 0;
            const int week = d.weekNumber(&year);
            return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        }
        case Breakdown::Month:
            return d.toString(QStringLiteral("yyyy-MM"));
        default:
            return d.toString(Qt::ISODate);
    }
}

QString bucketLabel(Breakdown b, QDate d) {
    if (b == Breakdown::Week) {
        return d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate);
    }
    return bucketKey(b, d);
}

/// Calendar days of the reporting time zone by binary search over their starts.
class DayIndex {
public:
    DayIndex(const QTimeZone& zone, QDate from, QDate to) : m_first(from) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            m_starts.push_back(QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch());
        }
    }
    /// The index (days after `from`) of the day of an instant inside [from, to].
    int indexOf(qint64 t) const {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
        return static_cast<int>(std::max<std::ptrdiff_t>(0, (it - m_starts.begin()) - 1));
    }
    QDate dayOf(qint64 t) const { return m_first.addDays(indexOf(t)); }
    QDate first() const { return m_first; }
    int size() const { return static_cast<int>(m_starts.size()); }

private:
    QDate m_first;
    std::vector<qint64> m_starts;
};

/// The p-th percentile by linear interpolation between the closest ranks, found by selection
/// (reorders `values`, never sorts them fully).
double selectPercentile(std::vector<double>& values, double p) {
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
    const double low = values[lo];
    const double high =
        lo + 1 < values.size()
            ? *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end())
            : low;
    return low + (h - static_cast<double>(lo)) * (high - low);
}

/// The median and the 75th percentile from one copy of the values.
Percentiles medianAndP75(const std::vector<double>& source) {
    if (source.empty()) {
        return {};
    }
    std::vector<double> values = source;
    const double median = selectPercentile(values, 0.5);
    return Percentiles{median, selectPercentile(values, 0.75)};
}

std::optional<double> divide(std::optional<qint64> a, qint64 b) {
    if (!a || b == 0) {
        return std::nullopt;
    }
    return static_cast<double>(*a) / static_cast<double>(b);
}

}  // namespace

QString breakdownCode(Breakdown b) {
    static const char* const codes[] = {"none",    "channel", "campaign", "office", "operator",
                                        "manager", "day",     "week",     "month"};
    return QString::fromLatin1(codes[static_cast<int>(b)]);
}

std::optional<Breakdown> breakdownFromCode(QStringView code) {
    for (int i = 0; i <= static_cast<int>(Breakdown::Month); ++i) {
        if (breakdownCode(static_cast<Breakdown>(i)) == code) {
            return static_cast<Breakdown>(i);
        }
    }
    return std::nullopt;
}

std::optional<double> FunnelEngine::percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return std::nullopt;
    }
    return selectPercentile(values, p);
}

Result<FunnelReport> FunnelEngine::run(const FunnelSpec& spec, const std::atomic<bool>* cancel) {
    return compute(spec, nullptr, nullptr, cancel);
}

Result<std::vector<Id>> FunnelEngine::leadsIn(const FunnelSpec& spec, const FunnelCell& cell,
                                              const std::atomic<bool>* cancel) {
    std::vector<Id> ids;
    const Result<FunnelReport> done = compute(spec, &cell, &ids, cancel);
    if (!done) {
        return done.error();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<FunnelReport> FunnelEngine::compute(const FunnelSpec& spec, const FunnelCell* cell,
                                           std::vector<Id>* cellLeads, const std::atomic<bool>* cancel) {
    auto cancelled = [&] {
        return Error::make(ErrorCode::Cancelled,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The report was cancelled."));
    };
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
    try {
        FunnelReport report;
        report.spec = spec;
        report.timeZone = spec.timeZone.isEmpty() ? CatalogService(m_db).reportTimeZone() : spec.timeZone;
        const QTimeZone zone(report.timeZone.toUtf8());
        if (!zone.isValid()) {
            return Error::make(ErrorCode::InvalidInput,
                               QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."),
                               {report.timeZone}, QStringLiteral("time_zone"));
        }
        const qint64 fromTs = QDateTime(spec.from, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 toTs = QDateTime(spec.to, QTime(0, 0), zone).toSecsSinceEpoch();
        const bool cohort = spec.mode == FunnelMode::Cohort;
        FunnelRepository repo(m_db);

        const auto range = repo.eventRange();
        if (range) {
            report.dataFirst = QDateTime::fromSecsSinceEpoch(range->first, zone).date();
            report.dataLast = QDateTime::fromSecsSinceEpoch(range->second, zone).date();
        }
        // Every event of interest falls in the period or the data window: one day table for both.
        const DayIndex days(zone, report.dataFirst ? std::min(*report.dataFirst, spec.from) : spec.from,
                            report.dataLast ? std::max(report.dataLast->addDays(1), spec.to) : spec.to);
        // The whole database's facts (kept while the data is unchanged), filtered here.
        const std::shared_ptr<const FunnelData> data = repo.data();
        if (cohort) {
            if (spec.windowDays) {
                report.maturityDays = *spec.windowDays;
            } else {
                if (const auto p90 = percentile(data->saleSeconds, 0.9)) {
                    report.maturityDays = static_cast<int>(std::ceil(*p90 / kDay));
                }
            }
        }
        auto member = [](const std::vector<Id>& ids, Id id) {
            return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
        };
        std::vector<const FunnelLeadFact*> leads;
        leads.reserve(data->leads.size());
        std::vector<int> position(data->leads.size(), -1);  // where each fact landed in `leads`
        for (std::size_t i = 0; i < data->leads.size(); ++i) {
            const FunnelLeadFact& f = data->leads[i];
            if (f.created < toTs && (!cohort || f.created >= fromTs) && member(spec.offices, f.office) &&
                member(spec.channels, f.channel) && member(spec.campaigns, f.campaign) &&
                member(spec.operators, f.operatorId) && member(spec.managers, f.manager)) {
                position[i] = static_cast<int>(leads.size());
                leads.push_back(&f);
            }
        }
        const Breakdown by = spec.by;
        auto attributeKey = [&](const FunnelLeadFact& f) -> Id {
            switch (by) {
                case Breakdown::Channel:
                    return f.channel;
                case Breakdown::Campaign:
                    return f.campaign;
                case Breakdown::Office:
                    return f.office;
                case Breakdown::Operator:
                    return f.operatorId;
                case Breakdown::Manager:
                    return f.manager;
                default:
                    return 0;
            }
        };
        // Groups are interned: keys are made once per distinct value, events find their group
        // through integer lookups.
        std::vector<Accumulator> groups;
        std::vector<QString> groupKeys;
        std::vector<QDate> groupDates;  // a representative day of each time bucket
        QHash<QString, int> groupByKey;
        auto intern = [&](const QString& key, QDate day) {
            const auto it = groupByKey.constFind(key);
            if (it != groupByKey.constEnd()) {
                return *it;
            }
            const int index = static_cast<int>(groups.size());
            groups.emplace_back();
            groupKeys.push_back(key);
            groupDates.push_back(day);
            groupByKey.insert(key, index);
            return index;
        };
        std::unordered_map<qint64, int> groupOfAttribute;  // id (0 for none) -> group
        std::vector<int> groupOfSmallId(4096, -1);         // the same for the usual small ids
        std::vector<int> groupOfDay(static_cast<std::size_t>(days.size()), -1);
        auto groupAt = [&](const FunnelLeadFact& f, qint64 t) -> int {
            if (by == Breakdown::None) {
                return intern(QStringLiteral("all"), {});
            }
            if (timeBreakdown(by)) {
                const int d = days.indexOf(t);
                int& g = groupOfDay[static_cast<std::size_t>(d)];
                if (g < 0) {
                    const QDate day = days.first().addDays(d);
                    g = intern(bucketKey(by, day), day);
                }
                return g;
            }
            const Id id = attributeKey(f);
            const bool small = id >= 0 && id < static_cast<Id>(groupOfSmallId.size());
            if (small && groupOfSmallId[static_cast<std::size_t>(id)] >= 0) {
                return groupOfSmallId[static_cast<std::size_t>(id)];
            }
            const auto [it, inserted] = groupOfAttribute.try_emplace(id, 0);
            if (inserted) {
                it->second = intern(id != 0 ? QString::number(id) : QStringLiteral("none"), {});
            }
            if (small) {
                groupOfSmallId[static_cast<std::size_t>(id)] = it->second;
            }
            return it->second;
        };
        Accumulator total;
        auto both = [&](int group, auto&& apply) {
            apply(groups[static_cast<std::size_t>(group)]);
            apply(total);
        };
        const qint64 asOf = range ? range->second : toTs;

        // The end of a cohort lead's window (no end without a window).
        auto limitOf = [&](const FunnelLeadFact& f) {
            return cohort && spec.windowDays ? f.created + static_cast<qint64>(*spec.windowDays) * kDay
                                             : std::numeric_limits<qint64>::max();
        };
        const std::size_t cellStage = cell ? static_cast<std::size_t>(cell->stage) : kStages;
        const bool cellIsTotal = cell && cell->groupKey == QLatin1String("all");
        for (std::size_t i = 0; i < leads.size(); ++i) {
            if (cancel && (i & 0xFFFF) == 0 && cancel->load(std::memory_order_relaxed)) {
                return cancelled();
            }
            const FunnelLeadFact& f = *leads[i];
            // Effective stage times: a later stage implies the earlier ones.
            constexpr qint64 none = FunnelLeadFact::kNone;
            std::array<qint64, kStages> eff = f.t;
            for (int s = static_cast<int>(kStages) - 2; s >= 1; --s) {
                const qint64 next = eff[static_cast<std::size_t>(s + 1)];
                qint64& cur = eff[static_cast<std::size_t>(s)];
                if (next != none && (cur == none || next < cur)) {
                    cur = next;
                }
            }
            const qint64 limit = limitOf(f);
            auto counts = [&](std::size_t s) {
                const qint64 t = eff[s];
                if (t == none) {
                    return false;
                }
                return cohort ? t < limit : (t >= fromTs && t < toTs);
            };
            const bool followUp =
                f.t[3] != none && f.t[5] != none && days.indexOf(f.t[5]) > days.indexOf(f.t[3]);
            // A cohort lead belongs to one group for all its stages: look it up once.
            const int cohortGroup = cohort ? groupAt(f, f.created) : -1;
            for (std::size_t s = 0; s < kStages; ++s) {
                if (!counts(s)) {
                    continue;
                }
                const int key = cohort ? cohortGroup : groupAt(f, eff[s]);
                if (s == cellStage &&
                    (cellIsTotal || groupKeys[static_cast<std::size_t>(key)] == cell->groupKey)) {
                    cellLeads->push_back(f.id);
                }
                const double daysSince = static_cast<double>(eff[s] - f.created) / kDay;
                both(key, [&](Accumulator& a) {
                    a.stages[s] += 1;
                    if (s == 2) {
                        a.daysToBooked.push_back(daysSince);
                        if (f.hadDueMeeting) {
                            a.noShowDen += 1;
                            a.noShowNum += f.hadNoShow ? 1 : 0;
                        }
                    } else if (s == 3) {
                        a.daysToArrived.push_back(daysSince);
                    } else if (s == 5) {
                        a.daysToSale.push_back(daysSince);
                        a.salesAfterFollowUp += followUp ? 1 : 0;
                    }
                });
            }
            if (cohort && report.maturityDays) {
                const bool immature = asOf - f.created < static_cast<qint64>(*report.maturityDays) * kDay;
                both(cohortGroup, [&](Accumulator& a) {
                    a.cohortLeads += 1;
                    a.immatureLeads += immature ? 1 : 0;
                });
            }
        }

        if (cell) {
            return report;  // a drill-down needs only the leads of its cell
        }
        if (cancel && cancel->load()) {
            return cancelled();
        }
        // Money received and signed.
        const qint64 moneyFrom = fromTs;
        const qint64 moneyTo = cohort ? std::numeric_limits<qint64>::max() : toTs;
        auto addMoney = [&](const std::vector<FunnelMoneyEvent>& events, bool revenue) {
            for (const FunnelMoneyEvent& e : events) {
                const int at = e.leadIndex < position.size() ? position[e.leadIndex] : -1;
                if (at < 0) {
                    continue;
                }
                if (e.at < moneyFrom || e.at >= moneyTo) {
                    continue;
                }
                const auto it = static_cast<std::size_t>(at);
                const FunnelLeadFact& f = *leads[it];
                if (cohort && e.at >= limitOf(f)) {
                    continue;
                }
                both(groupAt(f, cohort ? f.created : e.at),
                     [&](Accumulator& a) { (revenue ? a.revenue : a.contracted) += e.amount; });
            }
        };
        // In cohort mode money of any date counts (within the window); cohort leads were all
        // created in the period, so nothing before it can be theirs.
        addMoney(data->payments, true);
        addMoney(data->deals, false);

        // Spend and visitors exist per channel, campaign and day only.
        const bool spendApplicable = spec.offices.empty() && spec.operators.empty() &&
                                     spec.managers.empty() &&
                                     (by == Breakdown::None || by == Breakdown::Channel ||
                                      by == Breakdown::Campaign || timeBreakdown(by));
        if (spendApplicable) {
            auto wanted = [&](const DailyFigure& d) {
                if (!spec.channels.empty() &&
                    std::find(spec.channels.begin(), spec.channels.end(), d.channel) == spec.channels.end()) {
                    return false;
                }
                if (!spec.campaigns.empty() &&
                    (!d.campaign || std::find(spec.campaigns.begin(), spec.campaigns.end(), *d.campaign) ==
                                        spec.campaigns.end())) {
                    return false;
                }
                return true;
            };
            auto figureKey = [&](const DailyFigure& d) -> QString {
                switch (by) {
                    case Breakdown::None:
                        return QStringLiteral("all");
                    case Breakdown::Channel:
                        return QString::number(d.channel);
                    case Breakdown::Campaign:
                        return d.campaign ? QString::number(*d.campaign) : QStringLiteral("none");
                    default:
                        return bucketKey(by, d.day);
                }
            };
            total.spend = 0;
            total.visitors = 0;
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                it->spend = 0;
                it->visitors = 0;
            }
            for (const bool isSpend : {true, false}) {
                for (const DailyFigure& d :
                     isSpend ? repo.spend(spec.from, spec.to) : repo.visitors(spec.from, spec.to)) {
                    if (!wanted(d)) {
                        continue;
                    }
                    const int key = intern(figureKey(d), d.day);
                    Accumulator& g = groups[static_cast<std::size_t>(key)];
                    for (Accumulator* a : {&g, &total}) {
                        std::optional<qint64>& slot = isSpend ? a->spend : a->visitors;
                        slot = slot.value_or(0) + d.value;
                    }
                }
            }
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                it->spend = it->spend.value_or(0);
                it->visitors = it->visitors.value_or(0);
            }
        }

        // Names for the keys.
        CatalogRepository catalog(m_db);
        QHash<QString, QString> names;
        switch (by) {
            case Breakdown::Channel:
                for (const Channel& c : catalog.channels())
                    names.insert(QString::number(c.id), c.name);
                break;
            case Breakdown::Campaign: {
                QHash<Id, QString> channelNames;
                for (const Channel& c : catalog.channels())
                    channelNames.insert(c.id, c.name);
                for (const Campaign& c : catalog.campaigns())
                    names.insert(QString::number(c.id),
                                 channelNames.value(c.channelId) + QStringLiteral(" / ") + c.name);
                break;
            }
            case Breakdown::Office:
                for (const Office& o : catalog.offices())
                    names.insert(QString::number(o.id), o.name);
                break;
            case Breakdown::Operator:
            case Breakdown::Manager:
                for (const Employee& e : catalog.employees())
                    names.insert(QString::number(e.id), e.name);
                break;
            default:
                break;
        }

        auto finish = [&](const QString& key, const Accumulator& a, QDate day) {
            FunnelGroup g;
            g.key = key;
            if (key == QLatin1String("all")) {
                g.label = QStringLiteral("All");
            } else if (key == QLatin1String("none")) {
                g.label = QStringLiteral("(none)");
            } else if (timeBreakdown(by)) {
                g.label = bucketLabel(by, day);
            } else {
                g.label = names.value(key, key);
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
            m.spendApplicable = spendApplicable;
            m.revenue = a.revenue;
            m.contracted = a.contracted;
            if (spendApplicable) {
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
            if (cohort && report.maturityDays && a.cohortLeads > 0) {
                g.immatureShare = static_cast<double>(a.immatureLeads) / static_cast<double>(a.cohortLeads);
                g.maturing = *g.immatureShare > 0.10;
            }
            return g;
        };
        std::vector<int> order(groups.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = static_cast<int>(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
            const QString& a = groupKeys[static_cast<std::size_t>(x)];
            const QString& b = groupKeys[static_cast<std::size_t>(y)];
            if (timeBreakdown(by)) {
                return a < b;
            }
            // Named groups by name, the unassigned group last.
            if ((a == QLatin1String("none")) != (b == QLatin1String("none"))) {
                return b == QLatin1String("none");
            }
            return names.value(a, a) < names.value(b, b);
        });
        for (const int i : order) {
            report.groups.push_back(finish(groupKeys[static_cast<std::size_t>(i)],
                                           groups[static_cast<std::size_t>(i)],
                                           groupDates[static_cast<std::size_t>(i)]));
        }
        report.total = finish(QStringLiteral("all"), total, QDate());
        report.noData =
            std::all_of(total.stages.begin(), total.stages.end(), [](qint64 n) { return n == 0; }) &&
            total.revenue == 0 && total.contracted == 0 && total.spend.value_or(0) == 0;
        return report;
    } catch (const StorageError& e) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The database cannot be read: %1"),
                           {QString::fromStdString(e.what())});
    }
}

}  // namespace fd::core
