#include "storage/catalog_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

Office readOffice(const Query& q) {
    Office o;
    o.id = q.i64(0);
    o.name = q.text(1);
    o.address = q.text(2);
    o.timeZone = q.text(3);
    o.workStartMin = static_cast<int>(q.i64(4));
    o.workEndMin = static_cast<int>(q.i64(5));
    o.workDays = static_cast<int>(q.i64(6));
    o.slotMinutes = static_cast<int>(q.i64(7));
    o.seatsPerSlot = static_cast<int>(q.i64(8));
    o.active = q.i64(9) != 0;
    return o;
}

Employee readEmployee(const Query& q) {
    Employee e;
    e.id = q.i64(0);
    e.name = q.text(1);
    e.role = fromCode<Role>(q.text(2)).value_or(Role::Operator);
    e.officeId = q.optI64(3);
    e.active = q.i64(4) != 0;
    return e;
}

Channel readChannel(const Query& q) {
    return Channel{q.i64(0), q.text(1), q.i64(2) != 0};
}

Campaign readCampaign(const Query& q) {
    Campaign c;
    c.id = q.i64(0);
    c.channelId = q.i64(1);
    c.name = q.text(2);
    c.utmSource = q.text(3);
    c.utmMedium = q.text(4);
    c.utmCampaign = q.text(5);
    c.active = q.i64(6) != 0;
    return c;
}

Reason readReason(const Query& q) {
    Reason r;
    r.id = q.i64(0);
    r.gate = fromCode<ReasonGate>(q.text(1)).value_or(ReasonGate::CallCenter);
    r.code = q.text(2);
    r.name = q.text(3);
    r.active = q.i64(4) != 0;
    r.position = static_cast<int>(q.i64(5));
    return r;
}

#define FD_OFFICE_COLUMNS                                                                                   \
    "id, name, address, time_zone, work_start_min, work_end_min, work_days, slot_minutes, seats_per_slot, " \
    "active"
#define FD_REASON_COLUMNS "id, gate, code, name, active, position"

}  // namespace

std::optional<QString> CatalogRepository::setting(const QString& key) {
    Query q(m_db, "SELECT value FROM settings WHERE key = :key");
    q.bind(":key", key);
    return q.one([](const Query& r) { return r.text(0); });
}

void CatalogRepository::setSetting(const QString& key, const QString& value) {
    Query q(m_db,
            "INSERT INTO settings(key, value) VALUES (:key, :value) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(":key", key).bind(":value", value).exec();
}

void CatalogRepository::removeSetting(const QString& key) {
    Query q(m_db, "DELETE FROM settings WHERE key = :key");
    q.bind(":key", key).exec();
}

Id CatalogRepository::insertOffice(const Office& o) {
    Query q(
        m_db,
        "INSERT INTO offices(name, address, time_zone, work_start_min, work_end_min, work_days, "
        "slot_minutes, "
        "seats_per_slot, active) VALUES (:name, :address, :tz, :start, :end, :days, :slot, :seats, :active) "
        "RETURNING id");
    q.bind(":name", o.name).bind(":address", o.address).bind(":tz", o.timeZone);
    q.bind(":start", o.workStartMin).bind(":end", o.workEndMin).bind(":days", o.workDays);
    q.bind(":slot", o.slotMinutes).bind(":seats", o.seatsPerSlot).bind(":active", o.active);
    return q.insert();
}

std::optional<Office> CatalogRepository::office(Id id) {
    Query q(m_db, "SELECT " FD_OFFICE_COLUMNS " FROM offices WHERE id = :id");
    q.bind(":id", id);
    std::optional<Office> o = q.one(readOffice);
    if (o) {
        o->closedDays = closedDays(o->id);
    }
    return o;
}

std::vector<Office> CatalogRepository::offices() {
    Query q(m_db, "SELECT " FD_OFFICE_COLUMNS " FROM offices ORDER BY id");
    std::vector<Office> all = q.all(readOffice);
    for (Office& o : all) {
        o.closedDays = closedDays(o.id);
    }
    return all;
}

void CatalogRepository::updateOffice(const Office& o) {
    Query q(m_db,
            "UPDATE offices SET name = :name, address = :address, time_zone = :tz, work_start_min = :start, "
            "work_end_min = :end, work_days = :days, slot_minutes = :slot, seats_per_slot = :seats, "
            "active = :active WHERE id = :id");
    q.bind(":name", o.name).bind(":address", o.address).bind(":tz", o.timeZone);
    q.bind(":start", o.workStartMin).bind(":end", o.workEndMin).bind(":days", o.workDays);
    q.bind(":slot", o.slotMinutes).bind(":seats", o.seatsPerSlot).bind(":active", o.active);
    q.bind(":id", o.id).exec();
}

std::vector<QDate> CatalogRepository::closedDays(Id officeId) {
    Query q(m_db, "SELECT day FROM office_closed_days WHERE office_id = :office ORDER BY day");
    q.bind(":office", officeId);
    return q.all([](const Query& r) { return QDate::fromString(r.text(0), Qt::ISODate); });
}

void CatalogRepository::setClosedDay(Id officeId, QDate day, DayState state) {
    Query q(m_db, state == DayState::Closed
                      ? "INSERT INTO office_closed_days(office_id, day) VALUES (:office, :day) "
                        "ON CONFLICT DO NOTHING"
                      : "DELETE FROM office_closed_days WHERE office_id = :office AND day = :day");
    q.bind(":office", officeId).bind(":day", day.toString(Qt::ISODate)).exec();
}

Id CatalogRepository::insertEmployee(const Employee& e) {
    Query q(m_db,
            "INSERT INTO employees(name, role, office_id, active) VALUES (:name, :role, :office, :active) "
            "RETURNING id");
    q.bind(":name", e.name)
        .bind(":role", toCode(e.role))
        .bind(":office", e.officeId)
        .bind(":active", e.active);
    return q.insert();
}

std::optional<Employee> CatalogRepository::employee(Id id) {
    Query q(m_db, "SELECT id, name, role, office_id, active FROM employees WHERE id = :id");
    q.bind(":id", id);
    return q.one(readEmployee);
}

std::vector<Employee> CatalogRepository::employees() {
    Query q(m_db, "SELECT id, name, role, office_id, active FROM employees ORDER BY id");
    return q.all(readEmployee);
}

void CatalogRepository::updateEmployee(const Employee& e) {
    Query q(m_db,
            "UPDATE employees SET name = :name, role = :role, office_id = :office, active = :active "
            "WHERE id = :id");
    q.bind(":name", e.name).bind(":role", toCode(e.role)).bind(":office", e.officeId);
    q.bind(":active", e.active).bind(":id", e.id).exec();
}

Id CatalogRepository::insertChannel(const Channel& c) {
    Query q(m_db, "INSERT INTO channels(name, active) VALUES (:name, :active) RETURNING id");
    q.bind(":name", c.name).bind(":active", c.active);
    return q.insert();
}

void CatalogRepository::updateChannel(const Channel& c) {
    Query q(m_db, "UPDATE channels SET name = :name, active = :active WHERE id = :id");
    q.bind(":name", c.name).bind(":active", c.active).bind(":id", c.id).exec();
}

std::optional<Channel> CatalogRepository::channel(Id id) {
    Query q(m_db, "SELECT id, name, active FROM channels WHERE id = :id");
    q.bind(":id", id);
    return q.one(readChannel);
}

std::optional<Channel> CatalogRepository::channelByName(const QString& name) {
    Query q(m_db, "SELECT id, name, active FROM channels WHERE name = :name");
    q.bind(":name", name);
    return q.one(readChannel);
}

std::vector<Channel> CatalogRepository::channels() {
    Query q(m_db, "SELECT id, name, active FROM channels ORDER BY id");
    return q.all(readChannel);
}

Id CatalogRepository::insertCampaign(const Campaign& c) {
    Query q(m_db,
            "INSERT INTO campaigns(channel_id, name, utm_source, utm_medium, utm_campaign, active) "
            "VALUES (:channel, :name, :source, :medium, :campaign, :active) RETURNING id");
    q.bind(":channel", c.channelId).bind(":name", c.name).bindText(":source", c.utmSource);
    q.bindText(":medium", c.utmMedium).bindText(":campaign", c.utmCampaign).bind(":active", c.active);
    return q.insert();
}

void CatalogRepository::updateCampaign(const Campaign& c) {
    Query q(m_db,
            "UPDATE campaigns SET channel_id = :channel, name = :name, utm_source = :source, "
            "utm_medium = :medium, utm_campaign = :campaign, active = :active WHERE id = :id");
    q.bind(":channel", c.channelId).bind(":name", c.name).bindText(":source", c.utmSource);
    q.bindText(":medium", c.utmMedium).bindText(":campaign", c.utmCampaign).bind(":active", c.active);
    q.bind(":id", c.id).exec();
}

std::optional<Campaign> CatalogRepository::campaign(Id id) {
    Query q(m_db,
            "SELECT id, channel_id, name, utm_source, utm_medium, utm_campaign, active FROM campaigns "
            "WHERE id = :id");
    q.bind(":id", id);
    return q.one(readCampaign);
}

std::vector<Campaign> CatalogRepository::campaigns() {
    Query q(m_db,
            "SELECT id, channel_id, name, utm_source, utm_medium, utm_campaign, active FROM campaigns ORDER "
            "BY id");
    return q.all(readCampaign);
}

std::optional<Reason> CatalogRepository::reason(Id id) {
    Query q(m_db, "SELECT " FD_REASON_COLUMNS " FROM reasons WHERE id = :id");
    q.bind(":id", id);
    return q.one(readReason);
}

std::optional<Reason> CatalogRepository::reasonByCode(const QString& code) {
    Query q(m_db, "SELECT " FD_REASON_COLUMNS " FROM reasons WHERE code = :code");
    q.bind(":code", code);
    return q.one(readReason);
}

Id CatalogRepository::insertReason(const Reason& r) {
    Query q(m_db,
            "INSERT INTO reasons(gate, code, name, active, position) VALUES (:gate, :code, :name, :active, "
            "(SELECT coalesce(max(position), 0) + 1 FROM reasons)) RETURNING id");
    q.bind(":gate", toCode(r.gate)).bind(":code", r.code).bind(":name", r.name).bind(":active", r.active);
    return q.insert();
}

void CatalogRepository::updateReason(const Reason& r) {
    Query q(m_db, "UPDATE reasons SET name = :name, active = :active, position = :position WHERE id = :id");
    q.bind(":name", r.name).bind(":active", r.active).bind(":position", r.position).bind(":id", r.id).exec();
}

std::vector<Reason> CatalogRepository::reasons() {
    Query q(m_db, "SELECT " FD_REASON_COLUMNS " FROM reasons ORDER BY position, id");
    return q.all(readReason);
}

void CatalogRepository::upsertSpend(const QString& day, Id channelId, OptId campaignId, qint64 kopecks) {
    Query del(m_db,
              "DELETE FROM ad_spend WHERE day = :day AND channel_id = :channel "
              "AND coalesce(campaign_id, 0) = coalesce(:campaign, 0)");
    del.bind(":day", day).bind(":channel", channelId).bind(":campaign", campaignId).exec();
    Query q(m_db,
            "INSERT INTO ad_spend(day, channel_id, campaign_id, amount) VALUES (:day, :channel, :campaign, "
            ":amount)");
    q.bind(":day", day)
        .bind(":channel", channelId)
        .bind(":campaign", campaignId)
        .bind(":amount", kopecks)
        .exec();
}

void CatalogRepository::upsertVisitors(const QString& day, Id channelId, OptId campaignId, qint64 visitors) {
    Query del(m_db,
              "DELETE FROM site_visitors WHERE day = :day AND channel_id = :channel "
              "AND coalesce(campaign_id, 0) = coalesce(:campaign, 0)");
    del.bind(":day", day).bind(":channel", channelId).bind(":campaign", campaignId).exec();
    Query q(m_db,
            "INSERT INTO site_visitors(day, channel_id, campaign_id, visitors) "
            "VALUES (:day, :channel, :campaign, :visitors)");
    q.bind(":day", day)
        .bind(":channel", channelId)
        .bind(":campaign", campaignId)
        .bind(":visitors", visitors)
        .exec();
}

std::optional<qint64> CatalogRepository::spendOn(const QString& day, Id channelId, OptId campaignId) {
    Query q(m_db,
            "SELECT amount FROM ad_spend WHERE day = :day AND channel_id = :channel "
            "AND coalesce(campaign_id, 0) = coalesce(:campaign, 0)");
    q.bind(":day", day).bind(":channel", channelId).bind(":campaign", campaignId).exec();
    return q.next() ? std::optional<qint64>(q.i64(0)) : std::nullopt;
}

std::optional<qint64> CatalogRepository::visitorsOn(const QString& day, Id channelId, OptId campaignId) {
    Query q(m_db,
            "SELECT visitors FROM site_visitors WHERE day = :day AND channel_id = :channel "
            "AND coalesce(campaign_id, 0) = coalesce(:campaign, 0)");
    q.bind(":day", day).bind(":channel", channelId).bind(":campaign", campaignId).exec();
    return q.next() ? std::optional<qint64>(q.i64(0)) : std::nullopt;
}

}  // namespace fd::core
