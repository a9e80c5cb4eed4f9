#include "funnel/month_forecast.h"

#include "funnel/wilson.h"

#include <algorithm>
#include <cmath>

namespace fd::core {

namespace {

constexpr double kZ = 1.96;

/// The recent meetings' rates of one scope and the spread of how long before a meeting it is booked.
struct Recent {
    qint64 due = 0;
    qint64 arrived = 0;
    qint64 target = 0;
    qint64 sold = 0;
    std::vector<qint64> leadTimes;  ///< of arrived meetings, sorted
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
    for (const OutlookMeeting& m : in.recent) {
        if (!mine(scope, id, m.operatorId, m.officeId) || m.state == OutlookMeeting::State::Pending) {
            continue;
        }
        ++r.due;
        if (m.state == OutlookMeeting::State::Arrived) {
            ++r.arrived;
            r.target += m.target ? 1 : 0;
            r.sold += m.sold ? 1 : 0;
            r.leadTimes.push_back(std::max<qint64>(0, m.scheduledAt - m.bookedAt));
        }
    }
    std::sort(r.leadTimes.begin(), r.leadTimes.end());
    return r;
}

/// The share of arrivals still to be booked `ahead` seconds before their time.
double notBookedYet(const std::vector<qint64>& leadTimes, qint64 ahead) {
    if (leadTimes.empty() || ahead <= 0) {
        return ahead <= 0 ? 0.0 : 1.0;
    }
    const auto bookedEarlier = leadTimes.end() - std::lower_bound(leadTimes.begin(), leadTimes.end(), ahead);
    return 1.0 - static_cast<double>(bookedEarlier) / static_cast<double>(leadTimes.size());
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
    const Rate showUp = wilsonRate(r.arrived, r.due);
    const Rate targetShare = wilsonRate(r.target, r.arrived);
    const Rate closeShare = wilsonRate(r.sold, r.arrived);
    double ahead = 0;
    for (const OutlookMeeting& m : in.ahead) {
        ahead += mine(scope, id, m.operatorId, m.officeId) ? 1 : 0;
    }
    double notBooked = 0;  // working days' worth of arrivals still to be booked
    for (const qint64 middle : in.dayMiddles) {
        notBooked += notBookedYet(r.leadTimes, middle - in.asOf);
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
    for (const OutlookFollowUp& f : in.dueFollowUps) {
        followUps += mine(scope, id, 0, f.officeId) && scope != ForecastScope::Operator ? 1 : 0;
    }
    for (const OutlookFollowUp& f : in.recentFollowUps) {
        if (mine(scope, id, 0, f.officeId) && scope != ForecastScope::Operator) {
            ++recentFollowUps;
            recentFollowUpSales += f.sold ? 1 : 0;
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
