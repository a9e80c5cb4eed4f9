#include "funnel/month_forecast.h"

#include "funnel/funnel_data.h"
#include "funnel/wilson.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace fd::core {

namespace {

constexpr double kZ = 1.96;

/// The recent meetings' rates of one scope and the spread of how long before a meeting it is booked.
struct Recent {
    qint64 due = 0;
    qint64 dueArrived = 0;
    qint64 arrived = 0;
    qint64 target = 0;
    qint64 sold = 0;
    std::vector<std::pair<qint64, qint64>> leadHours;  ///< (hours, arrivals), by hours
};

bool mine(ForecastScope scope, Id id, Id operatorId, Id officeId) {
    switch (scope) {
        case ForecastScope::Company:
            return true;
        case ForecastScope::Operator:
            return operatorId == id;
        case ForecastScope::Office:
            return officeId == id;
        case ForecastScope::PaceOnly:
            return false;
    }
    return false;
}

Recent recentOf(const ForecastInput& in, ForecastScope scope, Id id) {
    Recent r;
    std::map<qint64, qint64> hours;
    for (const OutlookCount& c : in.recent) {
        if (!mine(scope, id, c.operatorId, c.officeId)) {
            continue;
        }
        r.due += c.due;
        r.dueArrived += c.dueArrived;
        r.arrived += c.arrived;
        r.target += c.target;
        r.sold += c.sold;
        if (c.arrived > 0) {
            hours[c.leadHours] += c.arrived;
        }
    }
    r.leadHours.assign(hours.begin(), hours.end());
    return r;
}

/// The share of arrivals still to be booked `ahead` seconds before their time.
double notBookedYet(const Recent& r, qint64 ahead) {
    if (ahead <= 0) {
        return 0.0;
    }
    if (r.arrived == 0) {
        return 1.0;
    }
    qint64 bookedEarlier = 0;  // arrivals booked at least `ahead` before their meeting
    for (auto it = r.leadHours.rbegin(); it != r.leadHours.rend() && it->first * 3600 >= ahead; ++it) {
        bookedEarlier += it->second;
    }
    return 1.0 - static_cast<double>(bookedEarlier) / static_cast<double>(r.arrived);
}

KpiForecast ranged(double fact, double expected, double rateLow, double rateHigh, ForecastMethod method) {
    KpiForecast f;
    f.method = method;
    f.value = fact + expected;
    const double spread = kZ * std::sqrt(std::max(0.0, expected));
    f.low = fact + std::max(0.0, expected - spread - rateLow);
    f.high = fact + expected + spread + rateHigh;
    return f;
}

/// The pace of the working days gone carried over the days left.
std::optional<KpiForecast> dailyRate(const KpiFigures& figures, Kpi kpi, const ForecastInput& in) {
    const auto it = figures.find(kpi);
    if (it == figures.end() || !it->second.fact || in.daysDone <= 0) {
        return std::nullopt;
    }
    const double fact = *it->second.fact;
    const double expected = fact / in.daysDone * in.daysLeft;
    KpiForecast f;
    f.method = ForecastMethod::DailyRate;
    f.daysDone = static_cast<int>(std::ceil(in.daysDone));
    f.daysLeft = static_cast<int>(std::ceil(in.daysLeft));
    f.value = fact + expected;
    // An amount is as uncertain as the number of sales (payments, contracts) it is made of.
    double events = expected;
    if (isMoney(kpi)) {
        const auto sales = figures.find(Kpi::Sales);
        const double sold = sales != figures.end() ? sales->second.fact.value_or(0) : 0;
        events = sold / in.daysDone * in.daysLeft;
    }
    const double relative = events > 0 ? kZ / std::sqrt(events) : 1.0;
    f.low = fact + std::max(0.0, expected * (1 - relative));
    f.high = fact + expected * (1 + relative);
    return f;
}

double factOf(const KpiFigures& figures, Kpi kpi) {
    const auto it = figures.find(kpi);
    return it != figures.end() ? it->second.fact.value_or(0) : 0;
}

/// Arrivals, target arrivals and sales from the meetings booked ahead and the follow-ups due.
void addPipeline(KpiFigures& figures, const ForecastInput& in, ForecastScope scope, Id id) {
    const Recent r = recentOf(in, scope, id);
    const Rate showUp = wilsonRate(r.dueArrived, r.due);
    const Rate targetShare = wilsonRate(r.target, r.arrived);
    const Rate closeShare = wilsonRate(r.sold, r.arrived);
    double ahead = 0;
    for (const OutlookCount& c : in.ahead) {
        ahead += mine(scope, id, c.operatorId, c.officeId) ? static_cast<double>(c.booked) : 0;
    }
    double notBooked = 0;  // working days' worth of arrivals still to be booked
    for (const qint64 middle : in.dayMiddles) {
        notBooked += notBookedYet(r, middle - in.asOf);
    }
    const double pace = in.recentDays > 0 ? static_cast<double>(r.arrived) / in.recentDays : 0;
    const double p = showUp.rate.value_or(0);
    const double q = targetShare.rate.value_or(0);
    const double arrivals = ahead * p + pace * notBooked;
    KpiForecast a = ranged(factOf(figures, Kpi::Arrivals), arrivals, ahead * (p - showUp.ciLow.value_or(p)),
                           ahead * (showUp.ciHigh.value_or(p) - p), ForecastMethod::Booked);
    a.ahead = ahead;
    a.rate = p;
    figures[Kpi::Arrivals].forecast = a;
    KpiForecast t = ranged(factOf(figures, Kpi::TargetArrivals), arrivals * q,
                           arrivals * (q - targetShare.ciLow.value_or(q)),
                           arrivals * (targetShare.ciHigh.value_or(q) - q), ForecastMethod::Booked);
    t.ahead = ahead;
    t.rate = p * q;
    figures[Kpi::TargetArrivals].forecast = t;
    double followUps = 0;
    qint64 recentFollowUps = 0;
    qint64 recentFollowUpSales = 0;
    if (scope != ForecastScope::Operator) {  // an operator's sales: from their arrivals only
        for (const FollowUpCount& f : in.dueFollowUps) {
            followUps += mine(scope, id, 0, f.officeId) ? static_cast<double>(f.count) : 0;
        }
        for (const FollowUpCount& f : in.recentFollowUps) {
            if (mine(scope, id, 0, f.officeId)) {
                recentFollowUps += f.count;
                recentFollowUpSales += f.sold;
            }
        }
    }
    const Rate followUpShare = wilsonRate(recentFollowUpSales, recentFollowUps);
    const double c = closeShare.rate.value_or(0);
    const double u = followUpShare.rate.value_or(0);
    KpiForecast s = ranged(
        factOf(figures, Kpi::Sales), arrivals * c + followUps * u,
        arrivals * (c - closeShare.ciLow.value_or(c)) + followUps * (u - followUpShare.ciLow.value_or(u)),
        arrivals * (closeShare.ciHigh.value_or(c) - c) + followUps * (followUpShare.ciHigh.value_or(u) - u),
        ForecastMethod::Pipeline);
    s.ahead = arrivals;
    s.rate = c;
    s.followUps = followUps;
    s.followUpRate = u;
    figures[Kpi::Sales].forecast = s;
}

}  // namespace

std::vector<OutlookCount> recentMeetings(const FunnelData& data, qint64 from, qint64 to) {
    constexpr qint64 kNone = FunnelLeadFact::kNone;
    // One hash lookup per event: the operator, office and hours packed in one key.
    std::unordered_map<std::uint64_t, OutlookCount> groups;
    auto group = [&](const FunnelLeadFact& f, qint64 hours) -> OutlookCount& {
        const std::uint64_t key = (static_cast<std::uint64_t>(f.operatorId) << 32) ^
                                  (static_cast<std::uint64_t>(f.office) << 12) ^
                                  static_cast<std::uint64_t>(hours);
        OutlookCount& c = groups[key];
        c.operatorId = f.operatorId;
        c.officeId = f.office;
        c.leadHours = hours;
        return c;
    };
    // Only leads active in the window or later can have been booked or arrived in it.
    for (const std::uint32_t place : data.candidates(false, from, std::numeric_limits<qint64>::max())) {
        const FunnelLeadFact& f = data.leads[place];
        const qint64 booked = f.at(2);
        const qint64 arrived = f.at(3);
        if (arrived != kNone && arrived >= from && arrived < to) {
            const qint64 hours = booked != kNone ? std::clamp<qint64>((arrived - booked) / 3600, 0, 1440) : 0;
            OutlookCount& c = group(f, hours);
            ++c.arrived;
            c.target += f.at(4) != kNone && f.at(4) < to ? 1 : 0;
            c.sold += f.at(5) != kNone && f.at(5) < to && f.at(5) - arrived < 86400 ? 1 : 0;
        }
        // Bookings of the window's first weeks: their meetings have come due by `to`.
        if (booked != kNone && booked >= from && booked < to - 7 * 86400 && f.hadDueMeeting) {
            OutlookCount& c = group(f, 0);
            ++c.booked;
            ++c.due;
            c.dueArrived += arrived != kNone && arrived < to ? 1 : 0;
        }
    }
    std::vector<OutlookCount> out;
    out.reserve(groups.size());
    for (auto& [key, c] : groups) {
        out.push_back(c);
    }
    // In a stable order, whatever the hash's.
    std::sort(out.begin(), out.end(), [](const OutlookCount& a, const OutlookCount& b) {
        return std::tie(a.operatorId, a.officeId, a.leadHours) <
               std::tie(b.operatorId, b.officeId, b.leadHours);
    });
    return out;
}

void addForecasts(KpiFigures& figures, const ForecastInput& in, ForecastScope scope, Id id) {
    for (const Kpi kpi :
         {Kpi::Leads, Kpi::LeadsWorked, Kpi::Booked, Kpi::Arrivals, Kpi::TargetArrivals, Kpi::Sales,
          Kpi::SalesAfterFollowUp, Kpi::MoneyReceived, Kpi::Contracted, Kpi::Visitors, Kpi::Spend}) {
        if (auto f = dailyRate(figures, kpi, in)) {
            figures[kpi].forecast = *f;
        }
    }
    if (scope != ForecastScope::PaceOnly && in.daysDone > 0) {
        addPipeline(figures, in, scope, id);
    }
    // Cost per target arrival: the spend's forecast over the target arrivals'.
    const auto spend = figures.find(Kpi::Spend);
    const auto target = figures.find(Kpi::TargetArrivals);
    if (spend != figures.end() && spend->second.forecast && target != figures.end() &&
        target->second.forecast && target->second.forecast->value > 0 && target->second.forecast->low > 0) {
        const KpiForecast& s = *spend->second.forecast;
        const KpiForecast& t = *target->second.forecast;
        KpiForecast f;
        f.method = ForecastMethod::Ratio;
        f.value = s.value / t.value;
        f.low = s.low / t.high;
        f.high = s.high / t.low;
        figures[Kpi::CostPerTarget].forecast = f;
    }
}

}  // namespace fd::core
