#include "funnel/funnel_groups.h"

#include "funnel/funnel_engine.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace fd::core {

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

std::optional<double> FunnelEngine::percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return std::nullopt;
    }
    return selectPercentile(values, p);
}

Percentiles medianAndP75(const std::vector<double>& source) {
    if (source.empty()) {
        return {};
    }
    std::vector<double> values = source;
    const double median = selectPercentile(values, 0.5);
    return Percentiles{median, selectPercentile(values, 0.75)};
}

DayIndex::DayIndex(const QTimeZone& zone, QDate from, QDate to) : m_first(from) {
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        m_starts.push_back(QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch());
    }
}

int DayIndex::indexOf(qint64 t) const {
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
    return static_cast<int>(std::max<std::ptrdiff_t>(0, (it - m_starts.begin()) - 1));
}

GroupTable::GroupTable(Breakdown by, const DayIndex& days)
    : m_by(by), m_dayIndex(days), m_ofSmallId(4096, -1), m_ofDay(static_cast<std::size_t>(days.size()), -1) {}

void Accumulator::add(const Accumulator& other) {
    for (std::size_t s = 0; s < stages.size(); ++s) {
        stages[s] += other.stages[s];
    }
    noShowNum += other.noShowNum;
    noShowDen += other.noShowDen;
    salesAfterFollowUp += other.salesAfterFollowUp;
    daysToBooked.insert(daysToBooked.end(), other.daysToBooked.begin(), other.daysToBooked.end());
    daysToArrived.insert(daysToArrived.end(), other.daysToArrived.begin(), other.daysToArrived.end());
    daysToSale.insert(daysToSale.end(), other.daysToSale.begin(), other.daysToSale.end());
    revenue += other.revenue;
    contracted += other.contracted;
    if (other.spend) {
        spend = spend.value_or(0) + *other.spend;
    }
    if (other.visitors) {
        visitors = visitors.value_or(0) + *other.visitors;
    }
    cohortLeads += other.cohortLeads;
    immatureLeads += other.immatureLeads;
}

void GroupTable::absorb(const GroupTable& other) {
    for (std::size_t g = 0; g < other.m_groups.size(); ++g) {
        m_groups[static_cast<std::size_t>(intern(other.m_keys[g], other.m_days[g]))].add(other.m_groups[g]);
    }
    m_total.add(other.m_total);
}

void GroupTable::gatherTotalDays() {
    using Days = std::vector<double> Accumulator::*;
    for (const Days days :
         {&Accumulator::daysToBooked, &Accumulator::daysToArrived, &Accumulator::daysToSale}) {
        std::vector<double>& all = m_total.*days;
        all.clear();
        std::size_t n = 0;
        for (const Accumulator& g : m_groups) {
            n += (g.*days).size();
        }
        all.reserve(n);
        for (const Accumulator& g : m_groups) {
            all.insert(all.end(), (g.*days).begin(), (g.*days).end());
        }
    }
}

int GroupTable::intern(const QString& key, QDate day) {
    const auto it = m_byKey.constFind(key);
    if (it != m_byKey.constEnd()) {
        return *it;
    }
    const int index = static_cast<int>(m_groups.size());
    m_groups.emplace_back();
    m_keys.push_back(key);
    m_days.push_back(day);
    m_byKey.insert(key, index);
    return index;
}

Id GroupTable::attributeOf(const FunnelLeadFact& f) const {
    switch (m_by) {
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
}

int GroupTable::groupAt(const FunnelLeadFact& f, qint64 t) {
    if (m_by == Breakdown::None) {
        if (m_all < 0) {
            m_all = intern(QStringLiteral("all"), {});  // once, not a string lookup per event
        }
        return m_all;
    }
    if (timeBreakdown(m_by)) {
        const int d = m_dayIndex.indexOf(t);
        int& g = m_ofDay[static_cast<std::size_t>(d)];
        if (g < 0) {
            const QDate day = m_dayIndex.first().addDays(d);
            g = intern(bucketKey(m_by, day), day);
        }
        return g;
    }
    const Id id = attributeOf(f);
    const bool small = id >= 0 && id < static_cast<Id>(m_ofSmallId.size());
    if (small && m_ofSmallId[static_cast<std::size_t>(id)] >= 0) {
        return m_ofSmallId[static_cast<std::size_t>(id)];
    }
    const auto [it, inserted] = m_ofAttribute.try_emplace(id, 0);
    if (inserted) {
        it->second = intern(id != 0 ? QString::number(id) : QStringLiteral("none"), {});
    }
    if (small) {
        m_ofSmallId[static_cast<std::size_t>(id)] = it->second;
    }
    return it->second;
}

}  // namespace fd::core
