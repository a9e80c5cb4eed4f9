#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// Reference data: settings, offices, employees, channels, campaigns, reasons,
/// and the daily marketing figures (ad spend, site visitors).
class CatalogRepository final {
public:
    explicit CatalogRepository(Database& db) : m_db(db) {}

    std::optional<QString> setting(const QString& key);
    void setSetting(const QString& key, const QString& value);
    void removeSetting(const QString& key);

    Id insertOffice(const Office& office);
    std::optional<Office> office(Id id);
    std::vector<Office> offices();
    void updateOffice(const Office& office);
    /// The office's closed days (holidays), ascending.
    std::vector<QDate> closedDays(Id officeId);
    void setClosedDay(Id officeId, QDate day, DayState state);

    Id insertEmployee(const Employee& employee);
    std::optional<Employee> employee(Id id);
    std::vector<Employee> employees();
    void updateEmployee(const Employee& employee);

    Id insertChannel(const Channel& channel);
    std::optional<Channel> channel(Id id);
    std::optional<Channel> channelByName(const QString& name);
    std::vector<Channel> channels();
    void updateChannel(const Channel& channel);

    Id insertCampaign(const Campaign& campaign);
    std::optional<Campaign> campaign(Id id);
    std::vector<Campaign> campaigns();
    void updateCampaign(const Campaign& campaign);

    std::optional<Reason> reason(Id id);
    std::optional<Reason> reasonByCode(const QString& code);
    /// All reasons in the order they are offered (position, then id).
    std::vector<Reason> reasons();
    /// A new reason, offered after all others.
    Id insertReason(const Reason& reason);
    /// Name, active and position of a reason (its gate and code never change).
    void updateReason(const Reason& reason);

    /// Replaces the figure for that day and channel/campaign.
    void upsertSpend(const QString& day, Id channelId, OptId campaignId, qint64 kopecks);
    void upsertVisitors(const QString& day, Id channelId, OptId campaignId, qint64 visitors);
    /// The stored figure for a day and channel/campaign, if any.
    std::optional<qint64> spendOn(const QString& day, Id channelId, OptId campaignId);
    std::optional<qint64> visitorsOn(const QString& day, Id channelId, OptId campaignId);

private:
    Database& m_db;
};

}  // namespace fd::core
