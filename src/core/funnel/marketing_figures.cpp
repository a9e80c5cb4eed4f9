#include "funnel/marketing_figures.h"

#include "funnel/fact_source.h"
#include "funnel/funnel_groups.h"

#include <algorithm>

namespace fd::core {

bool spendApplicable(const FunnelSpec& spec, Breakdown by) {
    // Spend and visitors exist per channel, campaign and day only.
    return spec.offices.empty() && spec.operators.empty() && spec.managers.empty() &&
           (by == Breakdown::None || by == Breakdown::Channel || by == Breakdown::Campaign ||
            timeBreakdown(by));
}

Status addMarketingFiguresTo(GroupTable& table, const FunnelSpec& spec, FactSource& source) {
    const Breakdown by = table.by();
    if (!spendApplicable(spec, by)) {
        return Ok{};
    }
    auto wanted = [&](const DailyFigure& d) {
        const auto& channels = spec.channels;
        const auto& campaigns = spec.campaigns;
        if (!channels.empty() && std::find(channels.begin(), channels.end(), d.channel) == channels.end()) {
            return false;
        }
        return campaigns.empty() ||
               (d.campaign && std::find(campaigns.begin(), campaigns.end(), *d.campaign) != campaigns.end());
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
    for (const DailyFigureKind kind : {DailyFigureKind::Spend, DailyFigureKind::Visitors}) {
        Result<std::vector<DailyFigure>> figures = source.daily(kind, spec.from, spec.to);
        if (!figures) {
            return figures.error();
        }
        for (const DailyFigure& d : *figures) {
            if (wanted(d)) {
                table.both(table.intern(figureKey(d), d.day), [&](Accumulator& a) {
                    std::optional<qint64>& slot = kind == DailyFigureKind::Spend ? a.spend : a.visitors;
                    slot = slot.value_or(0) + d.value;
                });
            }
        }
    }
    return Ok{};
}

}  // namespace fd::core
