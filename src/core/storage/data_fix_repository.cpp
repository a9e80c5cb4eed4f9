#include "storage/data_fix_repository.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/sql_dialect.h"

namespace fd::core {

OptId DataFixRepository::olderTwin(Id contactId) {
    Query q(m_db,
            "SELECT min(o.id) FROM contacts c JOIN contacts o ON o.id < c.id AND "
            "((c.phone_e164 IS NOT NULL AND o.phone_e164 = c.phone_e164) OR "
            "(c.email IS NOT NULL AND c.email <> '' AND o.email = c.email)) WHERE c.id = :id");
    q.bind(":id", contactId);
    return q.one([](const Query& r) { return r.optI64(0); }).value_or(std::nullopt);
}

int DataFixRepository::mergeContacts(Id keep, Id drop) {
    Query keys(m_db, "SELECT id, search_key FROM contacts WHERE id IN (:keep, :drop)");
    keys.bind(":keep", keep).bind(":drop", drop);
    QString keepKey;
    QString dropKey;
    for (const auto& [id, key] : keys.all([](const Query& r) { return std::pair{r.i64(0), r.text(1)}; })) {
        (id == keep ? keepKey : dropKey) = key;
    }
    const QString merged =
        dropKey.isEmpty() || keepKey.contains(dropKey) ? keepKey : keepKey + QLatin1Char(' ') + dropKey;
    const bool sqlite = m_db.dialect().engine() == SqlDialect::Engine::SQLite;
    if (sqlite) {
        // The search index holds each contact's key: the old ones out, the merged one in.
        for (const auto& [id, key] : {std::pair{keep, keepKey}, std::pair{drop, dropKey}}) {
            if (!key.isEmpty()) {
                Query out(
                    m_db,
                    "INSERT INTO contacts_fts(contacts_fts, rowid, search_key) VALUES ('delete', :id, :key)");
                out.bind(":id", id).bind(":key", key).exec();
            }
        }
        Query in(m_db, "INSERT INTO contacts_fts(rowid, search_key) VALUES (:id, :key)");
        in.bind(":id", keep).bind(":key", merged).exec();
    }
    Query fill(
        m_db,
        "UPDATE contacts SET search_key = :key, "
        "name = CASE WHEN name = '' THEN (SELECT d.name FROM contacts d WHERE d.id = :drop) ELSE name END, "
        "phone_e164 = coalesce(phone_e164, (SELECT d.phone_e164 FROM contacts d WHERE d.id = :drop)), "
        "phone_raw = coalesce(phone_raw, (SELECT d.phone_raw FROM contacts d WHERE d.id = :drop)), "
        "email = coalesce(email, (SELECT d.email FROM contacts d WHERE d.id = :drop)) WHERE id = :keep");
    fill.bind(":key", merged).bind(":drop", drop).bind(":keep", keep).exec();
    Query move(m_db, "UPDATE leads SET contact_id = :keep WHERE contact_id = :drop");
    move.bind(":keep", keep).bind(":drop", drop).exec();
    const int moved = move.rowsAffected();
    Query blank(
        m_db,
        "UPDATE contacts SET name = '', phone_e164 = NULL, phone_raw = NULL, email = NULL, search_key = '' "
        "WHERE id = :drop");
    blank.bind(":drop", drop).exec();
    return moved;
}

int DataFixRepository::assignSource(const std::vector<Id>& leadIds, Id channelId, OptId campaignId) {
    int changed = 0;
    for (const Id lead : leadIds) {
        Query q(m_db,
                "UPDATE leads SET channel_id = coalesce(channel_id, :channel), "
                "campaign_id = CASE WHEN campaign_id IS NULL AND coalesce(channel_id, :channel) = :channel "
                "THEN :campaign ELSE campaign_id END WHERE id = :id AND (channel_id IS NULL OR campaign_id "
                "IS NULL)");
        q.bind(":channel", channelId).bind(":campaign", campaignId).bind(":id", lead).exec();
        changed += q.rowsAffected();
    }
    return changed;
}

}  // namespace fd::core
