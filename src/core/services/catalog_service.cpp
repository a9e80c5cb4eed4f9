#include "services/catalog_service.h"

#include "domain/text_limits.h"
#include "services/access_policy.h"
#include "services/company_settings.h"
#include "services/staff_service.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/funnel_repository.h"

#include <QTimeZone>

namespace fd::core {

Result<Id> CatalogService::addOffice(const Office& office) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    Office o = office;
    if (Status good = checkOfficeFields(o); !good) {
        return good.error();
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        for (const Office& existing : catalog.offices()) {
            if (existing.name.compare(o.name, Qt::CaseInsensitive) == 0) {
                return Error::make(
                    ErrorCode::Conflict,
                    QT_TRANSLATE_NOOP("fd::core::Error", "An office named \"%1\" already exists."), {o.name},
                    QStringLiteral("name"));
            }
        }
        const Id id = catalog.insertOffice(o);
        AuditRepository(m_db).append(m_clock(), actingEmployee(m_db, std::nullopt), QStringLiteral("create"),
                                     QStringLiteral("office"), id);
        return id;
    });
}

Result<Id> CatalogService::addEmployee(const Employee& employee) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    Employee e = employee;
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        if (Status good = checkEmployeeFields(m_db, e); !good) {
            return good.error();
        }
        CatalogRepository catalog(m_db);
        const Id id = catalog.insertEmployee(e);
        AuditRepository(m_db).append(m_clock(), actingEmployee(m_db, std::nullopt), QStringLiteral("create"),
                                     QStringLiteral("employee"), id, toCode(e.role));
        return id;
    });
}

Result<Id> CatalogService::addChannel(const QString& name) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    if (std::optional<Error> e = textError(TextKind::CatalogName, name, QStringLiteral("channel"))) {
        return *e;
    }
    const QString n = name.simplified();
    if (n.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the channel name."),
                       QStringLiteral("channel"));
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        if (catalog.channelByName(n)) {
            return Error::make(ErrorCode::Conflict,
                               QT_TRANSLATE_NOOP("fd::core::Error", "A channel named \"%1\" already exists."),
                               {n}, QStringLiteral("channel"));
        }
        const Id id = catalog.insertChannel(Channel{0, n, true});
        AuditRepository(m_db).appendChange(m_clock(), actingEmployee(m_db, std::nullopt),
                                           QStringLiteral("create"), QStringLiteral("channel"), id, QString(),
                                           QStringLiteral("name=") + n);
        return id;
    });
}

Result<Id> CatalogService::addCampaign(const Campaign& campaign) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    if (std::optional<Error> e = campaignTextError(campaign)) {
        return *e;
    }
    Campaign c = campaign;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the campaign name."),
                       QStringLiteral("campaign"));
    }
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        if (!catalog.channel(c.channelId)) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."),
                           QStringLiteral("channel"), {QString::number(c.channelId)});
        }
        const Id id = catalog.insertCampaign(c);
        AuditRepository(m_db).appendChange(
            m_clock(), actingEmployee(m_db, std::nullopt), QStringLiteral("create"),
            QStringLiteral("campaign"), id, QString(),
            QStringLiteral("name=%1; utm_source=%2; utm_medium=%3; utm_campaign=%4")
                .arg(c.name, c.utmSource, c.utmMedium, c.utmCampaign));
        return id;
    });
}

namespace {

Status checkMarketingKey(CatalogRepository& catalog, QDate day, Id channelId, OptId campaignId) {
    if (!day.isValid()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The date is not valid."),
                       QStringLiteral("date"));
    }
    if (!catalog.channel(channelId)) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."),
                       QStringLiteral("channel"), {QString::number(channelId)});
    }
    if (campaignId) {
        const auto c = catalog.campaign(*campaignId);
        if (!c || c->channelId != channelId) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error", "The campaign does not belong to the channel."),
                QStringLiteral("campaign"));
        }
    }
    return Ok{};
}

}  // namespace

Status CatalogService::setSpend(QDate day, Id channelId, OptId campaignId, Money amount) {
    if (Status allowed = permit(m_db, Action::EditMarketing); !allowed) {
        return allowed;
    }
    if (amount.kopecks < 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Spend cannot be negative."),
                       QStringLiteral("amount"));
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        if (Status s = checkMarketingKey(catalog, day, channelId, campaignId); !s) {
            return s;
        }
        catalog.upsertSpend(day.toString(Qt::ISODate), channelId, campaignId, amount.kopecks);
        return Ok{};
    });
}

Status CatalogService::setDailyFigures(Figure figure, const std::vector<DailyValue>& values) {
    if (Status allowed = permit(m_db, Action::EditMarketing); !allowed) {
        return allowed;
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const DailyValue& v = values[i];
            Status s = figure == Figure::Spend ? setSpend(v.day, v.channelId, v.campaignId, Money{v.value})
                                               : setVisitors(v.day, v.channelId, v.campaignId, v.value);
            if (!s) {
                Error e = s.error();
                e.detail = QString::number(i);
                return e;
            }
        }
        return Ok{};
    });
}

Result<std::vector<CatalogService::DailyValue>> CatalogService::dailyFigures(Figure figure, QDate from,
                                                                             QDate to) {
    return whileReading([&]() -> Result<std::vector<DailyValue>> {
        FunnelRepository repo(m_db);
        std::vector<DailyValue> out;
        for (const DailyFigure& f :
             figure == Figure::Spend ? repo.spend(from, to) : repo.visitors(from, to)) {
            out.push_back({f.day, f.channel, f.campaign, f.value});
        }
        return out;
    });
}

Status CatalogService::setVisitors(QDate day, Id channelId, OptId campaignId, qint64 visitors) {
    if (Status allowed = permit(m_db, Action::EditMarketing); !allowed) {
        return allowed;
    }
    if (visitors < 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The number of visitors cannot be negative."),
                       QStringLiteral("visitors"));
    }
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        if (Status s = checkMarketingKey(catalog, day, channelId, campaignId); !s) {
            return s;
        }
        catalog.upsertVisitors(day.toString(Qt::ISODate), channelId, campaignId, visitors);
        return Ok{};
    });
}

namespace {

/// The numeric settings and their ranges.
struct NumericSetting {
    const char* key;
    int minimum;
    int maximum;
    const char* description;
};

constexpr NumericSetting kNumericSettings[] = {
    {"attribution_window_days", 0, 365, "days within which a request from the same phone is a repeat touch"},
    {"first_call_sla_minutes", 1, 1440, "minutes within which a new lead should get its first call"},
    {"max_call_attempts", 1, 50, "unanswered calls in a row after which a lead gets no automatic retry"},
};

}  // namespace

std::vector<CatalogService::Setting> CatalogService::settings() {
    std::vector<Setting> all;
    all.push_back({QStringLiteral("company_name"),
                   CatalogRepository(m_db).setting(QStringLiteral("company_name")).value_or(QString()),
                   QStringLiteral("the company's name")});
    all.push_back({QStringLiteral("report_time_zone"), reportTimeZone(),
                   QStringLiteral("the time zone in which reports cut days")});
    all.push_back({QStringLiteral("attribution_window_days"), QString::number(attributionWindowDays()),
                   QString::fromLatin1(kNumericSettings[0].description)});
    all.push_back({QStringLiteral("first_call_sla_minutes"), QString::number(firstCallSlaMinutes()),
                   QString::fromLatin1(kNumericSettings[1].description)});
    all.push_back({QStringLiteral("max_call_attempts"), QString::number(maxCallAttempts()),
                   QString::fromLatin1(kNumericSettings[2].description)});
    return all;
}

Status CatalogService::changeSetting(const QString& key, const QString& value) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    if (std::optional<Error> e = textError(TextKind::CatalogName, value, key)) {
        return *e;
    }
    const QString v = key == QLatin1String("company_name") ? value.simplified() : value.trimmed();
    bool known = false;
    if (key == QLatin1String("company_name")) {
        known = true;
        if (v.isEmpty()) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the company's name."), key);
        }
    }
    if (key == QLatin1String("report_time_zone")) {
        known = true;
        if (!QTimeZone(v.toUtf8()).isValid()) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."), key,
                           {v});
        }
    }
    for (const NumericSetting& n : kNumericSettings) {
        if (key == QLatin1String(n.key)) {
            known = true;
            bool ok = false;
            const int number = v.toInt(&ok);
            if (!ok || number < n.minimum || number > n.maximum) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "%1 must be a whole number from %2 to %3."), key,
                    {key, QString::number(n.minimum), QString::number(n.maximum)});
            }
        }
    }
    if (!known) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "There is no setting \"%1\"."), key, {key});
    }
    const qint64 at = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const QString before = catalog.setting(key).value_or(QString());
        catalog.setSetting(key, v);
        AuditRepository(m_db).appendChange(at, actingEmployee(m_db, std::nullopt), QStringLiteral("setting"),
                                           QStringLiteral("settings"), std::nullopt,
                                           key + QLatin1Char('=') + before, key + QLatin1Char('=') + v);
        return Ok{};
    });
}

int CatalogService::intSetting(const QString& key, int fallback, int minimum) {
    bool ok = false;
    const int value = CatalogRepository(m_db).setting(key).value_or(QString()).toInt(&ok);
    return ok && value >= minimum ? value : fallback;
}

int CatalogService::attributionWindowDays() {
    return intSetting(QStringLiteral("attribution_window_days"), 30, 0);
}

int CatalogService::maxCallAttempts() {
    return intSetting(QStringLiteral("max_call_attempts"), 5, 1);
}

int CatalogService::firstCallSlaMinutes() {
    return intSetting(QStringLiteral("first_call_sla_minutes"), 15, 1);
}

QString CatalogService::reportTimeZone() {
    const QString tz =
        CatalogRepository(m_db).setting(QStringLiteral("report_time_zone")).value_or(QString());
    return QTimeZone(tz.toUtf8()).isValid() ? tz : QStringLiteral("Europe/Moscow");
}

}  // namespace fd::core
