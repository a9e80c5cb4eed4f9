#pragma once

#include "domain/entities.h"

#include <functional>

namespace fd::core {

class Database;

/// A lead as the export writes it: names instead of ids.
struct LeadExportRow {
    Id id = 0;
    QString externalId;
    qint64 createdAt = 0;
    QString name;
    QString phone;
    QString email;
    QString channel;
    QString campaign;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString operatorName;
    QString office;
    QString status;
    QString note;
};

/// Reads leads for export one by one, by creation time, so a million leads never sit in memory.
class LeadExportRepository final {
public:
    explicit LeadExportRepository(Database& db) : m_db(db) {}

    /// Leads created in [from, to), oldest first; `row` returns false to stop.
    void forEach(qint64 from, qint64 to, const std::function<bool(const LeadExportRow&)>& row);

private:
    Database& m_db;
};

}  // namespace fd::core
