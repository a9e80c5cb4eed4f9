#pragma once

#include "domain/result.h"
#include "funnel/funnel_data.h"
#include "funnel/funnel_spec.h"

#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace fd::core {

/// Where the funnel engine gets its facts. The engine computes over what a source returns and
/// knows nothing of databases: storage supplies them from the company's database
/// (DatabaseFactSource), tests and other engines from memory (MemoryFactSource).
class FactSource {
public:
    virtual ~FactSource() = default;

    /// Every lead's facts and money events. A source may keep them while the data is unchanged.
    virtual Result<std::shared_ptr<const FunnelData>> facts() = 0;
    /// Spend or visitors per channel, campaign and day in [from, to).
    virtual Result<std::vector<DailyFigure>> daily(DailyFigureKind kind, QDate from, QDate to) = 0;
    /// The names of a breakdown's groups by id: channels, "channel / campaign", offices or
    /// employees; empty for the other breakdowns.
    virtual Result<QHash<Id, QString>> groupNames(Breakdown by) = 0;
};

/// A fact source over data held in memory.
class MemoryFactSource final : public FactSource {
public:
    explicit MemoryFactSource(FunnelData data) : m_data(std::make_shared<FunnelData>(std::move(data))) {
        m_data->index();
    }

    std::vector<DailyFigure> spend;
    std::vector<DailyFigure> visitors;
    std::map<Breakdown, QHash<Id, QString>> names;

    Result<std::shared_ptr<const FunnelData>> facts() override {
        return std::shared_ptr<const FunnelData>(m_data);
    }
    Result<std::vector<DailyFigure>> daily(DailyFigureKind kind, QDate from, QDate to) override {
        std::vector<DailyFigure> out;
        for (const DailyFigure& d : kind == DailyFigureKind::Spend ? spend : visitors) {
            if (d.day >= from && d.day < to) {
                out.push_back(d);
            }
        }
        return out;
    }
    Result<QHash<Id, QString>> groupNames(Breakdown by) override {
        const auto it = names.find(by);
        return it != names.end() ? it->second : QHash<Id, QString>{};
    }

private:
    std::shared_ptr<FunnelData> m_data;
};

}  // namespace fd::core
