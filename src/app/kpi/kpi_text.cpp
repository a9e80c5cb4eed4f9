// How the KPI screens write KPIs, forecasts and bonus rules, in the interface's language.
#include "kpi/kpi_model.h"

#include "formatting.h"

#include <cmath>

namespace fd::app {

using core::Kpi;

QString KpiModel::kpiName(Kpi kpi) {
    switch (kpi) {
        case Kpi::Leads:
            return tr("Leads");
        case Kpi::Booked:
            return tr("Booked");
        case Kpi::Arrivals:
            return tr("Arrived");
        case Kpi::TargetArrivals:
            return tr("Target arrivals");
        case Kpi::Sales:
            return tr("Sales");
        case Kpi::MoneyReceived:
            return tr("Money received");
        case Kpi::Contracted:
            return tr("Contracted");
        case Kpi::LeadToTarget:
            return tr("Lead → target");
        case Kpi::ShowUp:
            return tr("Show-up");
        case Kpi::CloseRate:
            return tr("Close rate");
        case Kpi::CostPerTarget:
            return tr("Cost per target arrival");
        case Kpi::LeadsWorked:
            return tr("Leads worked");
        case Kpi::MinutesToFirstCall:
            return tr("Median minutes to the first call");
        case Kpi::NonTargetShare:
            return tr("Non-target share of arrivals");
        case Kpi::NoShow:
            return tr("No-show rate");
        case Kpi::SalesAfterFollowUp:
            return tr("Sales after a follow-up");
        case Kpi::AverageDeal:
            return tr("Average deal");
        case Kpi::Visitors:
            return tr("Visitors");
        case Kpi::VisitorToLead:
            return tr("Visitor → lead");
        case Kpi::Spend:
            return tr("Spend");
        case Kpi::CostPerLead:
            return tr("Cost per lead");
        case Kpi::Cac:
            return tr("Cost per sale (CAC)");
        case Kpi::Romi:
            return tr("ROMI");
    }
    return {};
}

QString KpiModel::kpiShortName(Kpi kpi) {
    switch (kpi) {
        case Kpi::TargetArrivals:
            return tr("Target");
        case Kpi::MoneyReceived:
            return tr("Money");
        case Kpi::CostPerTarget:
            return tr("Per target");
        case Kpi::LeadsWorked:
            return tr("Worked");
        case Kpi::MinutesToFirstCall:
            return tr("1st call, min");
        case Kpi::NonTargetShare:
            return tr("Non-target");
        case Kpi::NoShow:
            return tr("No-show");
        case Kpi::SalesAfterFollowUp:
            return tr("After follow-up");
        case Kpi::Cac:
            return tr("CAC");
        case Kpi::CostPerLead:
            return tr("CPL");
        default:
            return kpiName(kpi);
    }
}

QString KpiModel::kpiHelp(Kpi kpi) {
    return core::countingOf(kpi) == core::KpiCounting::Cohort
               ? tr("the month's leads, by every stage they reached by now (cohort)")
               : tr("what happened in the month (period)");
}

QString KpiModel::kpiText(Kpi kpi, const std::optional<double>& value) {
    if (!value) {
        return QStringLiteral("—");
    }
    if (core::isMoney(kpi)) {
        return formatMoney(std::llround(*value / 100.0) * 100);  // whole rubles
    }
    if (core::isRate(kpi)) {
        return QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
    }
    return QLocale().toString(*value, 'f', std::fmod(*value, 1.0) == 0 ? 0 : 1);
}

namespace {

constexpr double kMillion = 100'000'000.0;  // in kopecks

}  // namespace

QString KpiModel::figureText(Kpi kpi, const std::optional<double>& value) {
    if (value && core::isMoney(kpi) && std::abs(*value) >= kMillion) {
        return tr("₽%1 M").arg(QLocale().toString(*value / kMillion, 'f', 1));
    }
    return kpiText(kpi, value);
}

bool KpiModel::uncertain(const core::KpiFigure& f) {
    return f.low && f.high && *f.high - *f.low > 0.2;
}

QString KpiModel::forecastText(Kpi kpi, const core::KpiForecast& f) {
    // Counts are forecast whole; the range in the value's own unit, to keep it short.
    const bool millions = core::isMoney(kpi) && std::abs(f.value) >= kMillion;
    auto bound = [&](double v) {
        return !core::isMoney(kpi) ? kpiText(kpi, std::round(v))
               : millions          ? QLocale().toString(v / kMillion, 'f', 1)
                                   : QLocale().toString(std::round(v / 100.0), 'f', 0);
    };
    return tr("%1 (%2–%3)")
        .arg(figureText(kpi, core::isMoney(kpi) ? f.value : std::round(f.value)), bound(f.low),
             bound(f.high));
}

QString KpiModel::forecastHow(Kpi kpi, const core::KpiForecast& f) {
    auto percent = [](double v) { return QLocale().toString(v * 100.0, 'f', 0) + QStringLiteral(" %"); };
    auto count = [](double v) { return QLocale().toString(v, 'f', 0); };
    QString how;
    switch (f.method) {
        case core::ForecastMethod::Booked:
            how =
                tr("so far, plus %1 meetings booked for the rest of the month times %2 of the last 8 weeks, "
                   "plus the meetings still to be booked at the last 8 weeks' pace")
                    .arg(count(f.ahead), percent(f.rate));
            break;
        case core::ForecastMethod::Pipeline:
            how = tr("so far, plus %1 expected arrivals times a %2 close rate, plus %3 follow-ups due times "
                     "%4 of follow-ups that ended in a sale in the last 8 weeks")
                      .arg(count(f.ahead), percent(f.rate), count(f.followUps), percent(f.followUpRate));
            break;
        case core::ForecastMethod::DailyRate:
            how = tr("so far, at this month's pace over %1 working days gone, for %2 working days left")
                      .arg(f.daysDone)
                      .arg(f.daysLeft);
            break;
        case core::ForecastMethod::Ratio:
            how = tr("the forecast spend over the forecast target arrivals");
            break;
    }
    return tr("%1 by the month's end, between %2 and %3 (95 %): %4")
        .arg(kpiText(kpi, core::isMoney(kpi) ? f.value : std::round(f.value)),
             kpiText(kpi, core::isMoney(kpi) ? f.low : std::round(f.low)),
             kpiText(kpi, core::isMoney(kpi) ? f.high : std::round(f.high)), how);
}

QString KpiModel::ruleText(const core::RuleContribution& r) {
    const QString kpi = kpiName(r.rule.kpi);
    QString how;
    if (r.gap != core::RuleGap::None) {
        how = r.gap == core::RuleGap::NoPlan ? tr("no plan, no change") : tr("no figure, no change");
    } else {
        switch (r.rule.kind) {
            case core::BonusRuleKind::PerUnit:
                how = tr("%1 × %2").arg(kpiText(r.rule.kpi, r.base), formatMoney(r.rule.amount));
                break;
            case core::BonusRuleKind::Percent:
                how = tr("%1 % of %2")
                          .arg(QLocale().toString(r.rule.percent), formatMoney(static_cast<qint64>(r.base)));
                break;
            case core::BonusRuleKind::Steps:
                how = tr("×%1 at %2 % of plan")
                          .arg(QLocale().toString(r.multiplier),
                               QLocale().toString(r.completion * 100.0, 'f', 0));
                if (r.capped) {
                    how += tr(", up to the cap of %1").arg(formatMoney(r.rule.cap.value_or(0)));
                }
                break;
            case core::BonusRuleKind::Gate:
                how = tr("%1 against %2: ×%3")
                          .arg(kpiText(r.rule.kpi, r.base), kpiText(r.rule.kpi, r.threshold),
                               QLocale().toString(r.multiplier));
                break;
        }
    }
    return kpi + QStringLiteral(": ") + how + QStringLiteral(" → ") + formatMoney(r.kopecks);
}

}  // namespace fd::app
