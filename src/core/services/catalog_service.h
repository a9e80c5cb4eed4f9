#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QDate>

#include <vector>

namespace fd::core {

/// Reference data and marketing figures: offices and their schedules, employees,
/// channels, campaigns, daily spend and visitors, company settings.
class CatalogService final {
public:
    explicit CatalogService(Database& db, Clock clock = systemClock())
        : m_db(db), m_clock(std::move(clock)) {}

    Result<Id> addOffice(const Office& office);
    Result<Id> addEmployee(const Employee& employee);
    Result<Id> addChannel(const QString& name);
    Result<Id> addCampaign(const Campaign& campaign);
    Status setSpend(QDate day, Id channelId, OptId campaignId, Money amount);
    Status setVisitors(QDate day, Id channelId, OptId campaignId, qint64 visitors);
    /// Which daily marketing figure: ad spend (kopecks) or site visitors.
    enum class Figure { Spend, Visitors };
    /// A day's figure for a channel (and campaign): spend in kopecks or visitors.
    struct DailyValue {
        QDate day;
        Id channelId = 0;
        OptId campaignId;
        qint64 value = 0;
    };
    /// Spend (`spend`) or visitors of many days at once, all or nothing; an error names the
    /// first figure refused (its index in `values` is in Error::detail).
    Status setDailyFigures(Figure figure, const std::vector<DailyValue>& values);
    /// The figures stored for the days in [from, to).
    Result<std::vector<DailyValue>> dailyFigures(Figure figure, QDate from, QDate to);

    /// A company setting a user may change, with its effective value.
    struct Setting {
        QString key;
        QString value;
        QString description;
    };
    /// The settings a user may change, in a fixed order.
    std::vector<Setting> settings();
    /// Changes a setting after checking the value (a known IANA zone, a number in range);
    /// an unknown key or a bad value is an error naming the key.
    Status changeSetting(const QString& key, const QString& value);

    /// Days within which a second request from the same phone is a repeat touch (default 30).
    int attributionWindowDays();
    /// Unanswered calls in a row after which a lead gets no automatic retry (default 5).
    int maxCallAttempts();
    /// Minutes within which a new lead should get its first call (default 15).
    int firstCallSlaMinutes();
    /// The IANA time zone in which reports cut days (default Europe/Moscow).
    QString reportTimeZone();

private:
    int intSetting(const QString& key, int fallback, int minimum);

    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
