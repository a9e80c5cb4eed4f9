#pragma once

#include "funnel/fact_source.h"

namespace fd::core {

class Database;

/// The funnel engine's facts from the company's database: the milestones on the lead rows,
/// payments, deals, spend, visitors and the catalog's names (FunnelRepository, CatalogRepository).
class DatabaseFactSource final : public FactSource {
public:
    explicit DatabaseFactSource(Database& db) : m_db(db) {}

    Result<std::shared_ptr<const FunnelData>> facts() override;
    Result<std::vector<DailyFigure>> daily(DailyFigureKind kind, QDate from, QDate to) override;
    Result<QHash<Id, QString>> groupNames(Breakdown by) override;

private:
    Database& m_db;
};

}  // namespace fd::core
