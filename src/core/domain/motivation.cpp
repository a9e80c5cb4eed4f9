#include "domain/motivation.h"

#include <cmath>

namespace fd::core {

KpiCounting countingOf(Kpi kpi) {
    switch (kpi) {
        case Kpi::LeadToTarget:
        case Kpi::ShowUp:
        case Kpi::CloseRate:
        case Kpi::MinutesToFirstCall:
        case Kpi::NonTargetShare:
        case Kpi::NoShow:
            return KpiCounting::Cohort;
        default:
            return KpiCounting::Period;
    }
}

bool isRate(Kpi kpi) {
    switch (kpi) {
        case Kpi::LeadToTarget:
        case Kpi::ShowUp:
        case Kpi::CloseRate:
        case Kpi::NonTargetShare:
        case Kpi::NoShow:
        case Kpi::VisitorToLead:
        case Kpi::Romi:
            return true;
        default:
            return false;
    }
}

bool isMoney(Kpi kpi) {
    switch (kpi) {
        case Kpi::MoneyReceived:
        case Kpi::Contracted:
        case Kpi::CostPerTarget:
        case Kpi::AverageDeal:
        case Kpi::Spend:
        case Kpi::CostPerLead:
        case Kpi::Cac:
            return true;
        default:
            return false;
    }
}

bool isAdditive(Kpi kpi) {
    switch (kpi) {
        case Kpi::Leads:
        case Kpi::Booked:
        case Kpi::Arrivals:
        case Kpi::TargetArrivals:
        case Kpi::Sales:
        case Kpi::MoneyReceived:
        case Kpi::Contracted:
        case Kpi::LeadsWorked:
        case Kpi::SalesAfterFollowUp:
        case Kpi::Visitors:
        case Kpi::Spend:
            return true;
        default:
            return false;
    }
}

std::optional<double> KpiFigure::completion() const {
    if (!fact || !plan || *plan == 0) {
        return std::nullopt;
    }
    return *fact / *plan;
}

std::optional<double> KpiFigure::forecastCompletion() const {
    if (!forecast || !plan || *plan == 0) {
        return std::nullopt;
    }
    return forecast->value / *plan;
}

namespace {

qint64 rounded(double kopecks) {
    return static_cast<qint64>(std::llround(kopecks));
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

QString percentText(double fraction) {
    return QString::number(std::round(fraction * 1000.0) / 10.0, 'f', 1) + QStringLiteral(" %");
}

/// The contribution of one rule given the bonus accumulated before it.
RuleContribution apply(const BonusRule& rule, const KpiFigures& figures, qint64 before) {
    RuleContribution part;
    part.rule = rule;
    const auto found = figures.find(rule.kpi);
    const KpiFigure figure = found != figures.end() ? found->second : KpiFigure{};
    switch (rule.kind) {
        case BonusRuleKind::PerUnit: {
            const double units = figure.fact.value_or(0);
            part.base = units;
            part.kopecks = rounded(units * static_cast<double>(rule.amount));
            part.how = QStringLiteral("%1 × %2").arg(number(units),
                                                     number(static_cast<double>(rule.amount) / 100.0));
            break;
        }
        case BonusRuleKind::Percent: {
            const double base = figure.fact.value_or(0);
            part.base = base;
            part.kopecks = rounded(base * rule.percent / 100.0);
            part.how = QStringLiteral("%1 % × %2").arg(number(rule.percent), number(base / 100.0));
            break;
        }
        case BonusRuleKind::Steps: {
            const std::optional<double> done = figure.completion();
            if (!done) {
                part.how = QStringLiteral("no plan");
                part.gap = RuleGap::NoPlan;
                break;
            }
            part.completion = *done;
            double multiplier = 0;
            for (const BonusStep& step : rule.steps) {
                if (*done >= step.completion) {
                    multiplier = step.multiplier;
                }
            }
            part.multiplier = multiplier;
            qint64 after = rounded(static_cast<double>(before) * multiplier);
            part.how = QStringLiteral("×%1 at %2 of plan").arg(number(multiplier), percentText(*done));
            if (rule.cap && after > *rule.cap) {
                after = *rule.cap;
                part.capped = true;
                part.how +=
                    QStringLiteral(", capped at %1").arg(number(static_cast<double>(*rule.cap) / 100.0));
            }
            part.kopecks = after - before;
            break;
        }
        case BonusRuleKind::Gate: {
            const std::optional<double> threshold = rule.threshold ? rule.threshold : figure.plan;
            if (!figure.fact || !threshold) {
                part.how = figure.fact ? QStringLiteral("no plan") : QStringLiteral("no figure");
                part.gap = figure.fact ? RuleGap::NoPlan : RuleGap::NoFigure;
                break;
            }
            part.base = *figure.fact;
            part.threshold = *threshold;
            const bool hit =
                rule.comparison == Comparison::Above ? *figure.fact > *threshold : *figure.fact < *threshold;
            if (hit) {
                part.kopecks = rounded(static_cast<double>(before) * rule.multiplier) - before;
            }
            part.multiplier = hit ? rule.multiplier : 1.0;
            part.how =
                QStringLiteral("%1 %2 %3: ×%4")
                    .arg(number(*figure.fact),
                         rule.comparison == Comparison::Above ? QStringLiteral(">") : QStringLiteral("<"),
                         number(*threshold), number(hit ? rule.multiplier : 1.0));
            break;
        }
    }
    return part;
}

}  // namespace

BonusResult computeBonus(const std::vector<BonusRule>& rules, const KpiFigures& figures) {
    BonusResult result;
    for (const BonusRule& rule : rules) {
        RuleContribution part = apply(rule, figures, result.total);
        result.total += part.kopecks;
        result.parts.push_back(std::move(part));
    }
    return result;
}

Status checkRules(const std::vector<BonusRule>& rules) {
    for (const BonusRule& r : rules) {
        const QString at = QString::number(r.position);
        if (r.kind == BonusRuleKind::PerUnit && (isRate(r.kpi) || isMoney(r.kpi) || r.amount <= 0)) {
            return Error::make(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "Rule %1: an amount per unit needs a count KPI and an amount above 0."),
                {at}, QStringLiteral("rule"));
        }
        if (r.kind == BonusRuleKind::Percent && (!isMoney(r.kpi) || r.percent <= 0 || r.percent > 100)) {
            return Error::make(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "Rule %1: a percentage needs a money KPI and a share from 0 to 100 %."),
                {at}, QStringLiteral("rule"));
        }
        if (r.kind == BonusRuleKind::Steps) {
            bool ascending = !r.steps.empty();
            for (std::size_t i = 1; i < r.steps.size(); ++i) {
                ascending = ascending && r.steps[i].completion > r.steps[i - 1].completion;
            }
            for (const BonusStep& s : r.steps) {
                ascending = ascending && s.completion >= 0 && s.multiplier >= 0;
            }
            if (!ascending || (r.cap && *r.cap < 0)) {
                return Error::make(
                    ErrorCode::InvalidInput,
                    QT_TRANSLATE_NOOP("fd::core::Error",
                                      "Rule %1: steps need rising completions and multipliers of 0 "
                                      "or more."),
                    {at}, QStringLiteral("rule"));
            }
        }
        if (r.kind == BonusRuleKind::Gate && r.multiplier < 0) {
            return Error::make(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error", "Rule %1: a multiplier cannot be negative."), {at},
                QStringLiteral("rule"));
        }
    }
    return Ok{};
}

}  // namespace fd::core
