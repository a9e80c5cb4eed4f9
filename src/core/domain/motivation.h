#pragma once

#include "domain/entities.h"
#include "domain/enums.h"
#include "domain/result.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace fd::core {

/// The KPIs plans and bonuses are made of. Activity KPIs (how many arrived, sold, paid this
/// month) count the period: events that happened in the month. Conversions count the cohort:
/// the leads created in the month, to every stage they reached by now (docs/metrics.md).
enum class Kpi {
    Leads,               ///< leads created in the month (given to the operator)
    Booked,              ///< meetings booked in the month
    Arrivals,            ///< raw arrivals in the month
    TargetArrivals,      ///< arrivals in the month qualified target
    Sales,               ///< contracts signed in the month
    MoneyReceived,       ///< kopecks paid in the month
    Contracted,          ///< kopecks of the contracts signed in the month
    LeadToTarget,        ///< cohort: target arrivals over leads
    ShowUp,              ///< cohort: arrivals over bookings
    CloseRate,           ///< cohort: sales over arrivals
    CostPerTarget,       ///< kopecks of spend in the month per target arrival in the month
    LeadsWorked,         ///< leads first reached by a call in the month
    MinutesToFirstCall,  ///< cohort: the median minutes from a lead's creation to its first call
    NonTargetShare,      ///< cohort: arrivals not target over arrivals
    NoShow,              ///< cohort: leads with a no-show over leads with a meeting that came due
    SalesAfterFollowUp,  ///< contracts signed in the month on a later day than the first arrival
    AverageDeal,         ///< kopecks contracted in the month per sale in the month
    Visitors,            ///< site visitors in the month (marketing)
    VisitorToLead,       ///< leads in the month over visitors in the month
    Spend,               ///< kopecks of advertising spend in the month
    CostPerLead,         ///< kopecks of spend per lead of the month
    Cac,                 ///< kopecks of spend per sale of the month
    Romi,                ///< (money received − spend) over spend, of the month
};
inline constexpr int kKpiCount = 23;

template <>
struct EnumCodes<Kpi> {
    static constexpr std::array codes{"leads",
                                      "booked",
                                      "arrivals",
                                      "target_arrivals",
                                      "sales",
                                      "money",
                                      "contracted",
                                      "lead_to_target",
                                      "show_up",
                                      "close_rate",
                                      "cost_per_target",
                                      "leads_worked",
                                      "minutes_to_first_call",
                                      "non_target_share",
                                      "no_show",
                                      "sales_after_follow_up",
                                      "average_deal",
                                      "visitors",
                                      "visitor_to_lead",
                                      "spend",
                                      "cpl",
                                      "cac",
                                      "romi"};
};

enum class KpiCounting { Period, Cohort };
KpiCounting countingOf(Kpi kpi);
/// A fraction (0.25 is 25 %) rather than a count or an amount.
bool isRate(Kpi kpi);
/// An amount in kopecks.
bool isMoney(Kpi kpi);
/// A count or an amount that adds up over people (a department's plan is their plans' sum).
bool isAdditive(Kpi kpi);

/// How a forecast to the month's end was made.
enum class ForecastMethod {
    Booked,     ///< the meetings booked for the rest of the month times recent show-up (and target) rates
    Pipeline,   ///< sales: expected arrivals and follow-ups due times recent close rates
    DailyRate,  ///< the month's pace so far over the working days left
    Ratio,      ///< a cost per unit: the forecast amount over the forecast units
};

/// Where a count or an amount is likely to end the month, with a 95 % range.
struct KpiForecast {
    double value = 0;
    double low = 0;
    double high = 0;
    ForecastMethod method = ForecastMethod::DailyRate;
    double ahead = 0;         ///< Booked: meetings to come; Pipeline: expected arrivals to come
    double rate = 0;          ///< Booked, Pipeline: the recent rate applied
    double followUps = 0;     ///< Pipeline: follow-ups due by the month's end
    double followUpRate = 0;  ///< Pipeline: recent share of follow-ups that ended in a sale
    int daysDone = 0;         ///< DailyRate: working days gone, including today
    int daysLeft = 0;         ///< DailyRate: working days left
};

/// A KPI's fact and, when one is set, its plan; for a rate its 95 % interval, for a count or an
/// amount of an open month its forecast to the month's end.
struct KpiFigure {
    std::optional<double> fact;
    std::optional<double> plan;
    std::optional<double> low;  ///< a rate's 95 % Wilson interval
    std::optional<double> high;
    std::optional<KpiForecast> forecast;

    KpiFigure(std::optional<double> factValue = std::nullopt, std::optional<double> planValue = std::nullopt)
        : fact(factValue), plan(planValue) {}

    /// fact / plan, when both are known and the plan is not zero.
    std::optional<double> completion() const;
    /// forecast / plan, likewise.
    std::optional<double> forecastCompletion() const;
};
using KpiFigures = std::map<Kpi, KpiFigure>;

/// The kinds of rule a motivation scheme is built from — a small set, not a language.
enum class BonusRuleKind {
    PerUnit,  ///< an amount per unit of a count KPI (per target arrival, per sale)
    Percent,  ///< a percentage of a money KPI (of money received)
    Steps,    ///< the bonus so far times a multiplier by plan completion of a KPI, up to a cap
    Gate,     ///< the bonus so far times a multiplier when a quality KPI is above (or below) a threshold
};
template <>
struct EnumCodes<BonusRuleKind> {
    static constexpr std::array codes{"per_unit", "percent", "steps", "gate"};
};

enum class Comparison { Above, Below };
template <>
struct EnumCodes<Comparison> {
    static constexpr std::array codes{"above", "below"};
};

/// From this completion of the plan on (0.8 is 80 %), the bonus so far is multiplied by this.
struct BonusStep {
    double completion = 0;
    double multiplier = 1;

    bool operator==(const BonusStep&) const = default;
};

struct BonusRule {
    Id id = 0;
    Role role = Role::Operator;
    QString monthFrom;  ///< "YYYY-MM": the scheme holds from this month until a newer one
    int position = 0;   ///< rules apply in this order
    BonusRuleKind kind = BonusRuleKind::PerUnit;
    Kpi kpi = Kpi::TargetArrivals;
    qint64 amount = 0;                          ///< PerUnit: kopecks per unit
    double percent = 0;                         ///< Percent: 3.0 is 3 %
    std::vector<BonusStep> steps;               ///< Steps: ascending by completion
    std::optional<qint64> cap;                  ///< Steps: the bonus never exceeds this (kopecks)
    Comparison comparison = Comparison::Above;  ///< Gate
    std::optional<double> threshold;            ///< Gate: a fixed threshold; none: the KPI's plan
    double multiplier = 1;                      ///< Gate

    bool operator==(const BonusRule&) const = default;
};

/// What a rule could not apply for.
enum class RuleGap { None, NoPlan, NoFigure };

/// What one rule added to (or took from) the bonus, and how: the figures behind it, so that a
/// screen can say it in its own language, and `how` as the CLI and the payroll sheet say it.
struct RuleContribution {
    BonusRule rule;
    qint64 kopecks = 0;
    QString how;            ///< "12 × 1500", "×1.2 at 104.0 % of plan", "no plan"
    double base = 0;        ///< PerUnit: the units; Percent: the money (kopecks); Gate: the KPI's fact
    double completion = 0;  ///< Steps: fact over plan
    double multiplier = 1;  ///< Steps and Gate: the multiplier applied
    double threshold = 0;   ///< Gate: what the fact was compared with
    bool capped = false;    ///< Steps: the cap held the bonus back
    RuleGap gap = RuleGap::None;
};

struct BonusResult {
    std::vector<RuleContribution> parts;
    qint64 total = 0;
};

/// The bonus a scheme's rules give for these figures, rule by rule in their order.
BonusResult computeBonus(const std::vector<BonusRule>& rules, const KpiFigures& figures);

/// Whether a scheme's rules are usable; an error names the rule (its position) and what is wrong.
Status checkRules(const std::vector<BonusRule>& rules);

}  // namespace fd::core
