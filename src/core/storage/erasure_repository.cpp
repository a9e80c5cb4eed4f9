#include "storage/erasure_repository.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QSqlQuery>

#include <algorithm>

namespace fd::core {

namespace {

/// A name shorter than this is too common a text to blank every audit line that holds it.
constexpr int kShortestSearchedName = 3;

void add(QStringList& values, const QString& value, int shortest = 1) {
    const QString v = value.trimmed();
    if (v.size() >= shortest && !values.contains(v)) {
        values << v;
    }
}

/// `text` inside a LIKE pattern, its wildcards taken literally.
QString likeAnywhere(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

qint64 run(Query& q) {
    q.exec();
    return q.rowsAffected();
}

}  // namespace

std::optional<PersonalValues> ErasureRepository::personalValues(Id contactId) {
    Query contact(m_db, "SELECT name, phone_raw, phone_e164, email, search_key FROM contacts WHERE id = :id");
    contact.bind(":id", contactId);
    contact.exec();
    if (!contact.next()) {
        return std::nullopt;
    }
    PersonalValues person;
    person.contactId = contactId;
    add(person.values, contact.text(0), kShortestSearchedName);
    add(person.values, contact.text(1));
    add(person.values, contact.text(2));
    if (contact.text(2).startsWith(QLatin1Char('+'))) {
        add(person.values, contact.text(2).mid(1));
    }
    add(person.values, contact.text(3));
    person.searchKey = contact.text(4);

    Query leads(m_db, "SELECT id FROM leads WHERE contact_id = :id ORDER BY id");
    leads.bind(":id", contactId);
    person.leadIds = leads.all([](Query& q) { return q.i64(0); });
    // What the person gave on each request, as typed: other spellings of the same values.
    Query touches(m_db,
                  "SELECT t.name, t.phone_raw, t.email FROM lead_touches t JOIN leads l ON l.id = t.lead_id "
                  "WHERE l.contact_id = :id");
    touches.bind(":id", contactId);
    touches.exec();
    while (touches.next()) {
        add(person.values, touches.text(0), kShortestSearchedName);
        add(person.values, touches.text(1));
        add(person.values, touches.text(2));
    }
    return person;
}

std::vector<Id> ErasureRepository::contactsWith(const QString& phoneE164, const QString& email) {
    Query q(m_db,
            "SELECT id FROM contacts WHERE (phone_e164 = :phone AND :phone <> '') "
            "OR (lower(email) = lower(:email) AND :email <> '') ORDER BY id");
    q.bind(":phone", phoneE164).bind(":email", email);
    return q.all([](Query& row) { return row.i64(0); });
}

ErasedCounts ErasureRepository::erase(const PersonalValues& person) {
    ErasedCounts counts;
    if (m_db.dialect().engine() == SqlDialect::Engine::SQLite && !person.searchKey.isEmpty()) {
        Query fts(m_db,
                  "INSERT INTO contacts_fts(contacts_fts, rowid, search_key) VALUES ('delete', :id, :key)");
        fts.bind(":id", person.contactId).bind(":key", person.searchKey).exec();
    }
    Query contact(m_db,
                  "UPDATE contacts SET name = '', phone_e164 = NULL, phone_raw = NULL, email = NULL, "
                  "search_key = '' WHERE id = :id");
    contact.bind(":id", person.contactId).exec();

    // The texts of the client's records; the records themselves, and every number, stay.
    struct Blanking {
        const char* sql;
        qint64 ErasedCounts::*count;
    };
    static const Blanking kBlankings[] = {
        {"UPDATE leads SET note = '' WHERE contact_id = :id", &ErasedCounts::leads},
        {"UPDATE lead_touches SET name = '', phone_raw = NULL, email = NULL, note = '' "
         "WHERE lead_id IN (SELECT id FROM leads WHERE contact_id = :id)",
         &ErasedCounts::touches},
        {"UPDATE call_attempts SET note = '' "
         "WHERE lead_id IN (SELECT id FROM leads WHERE contact_id = :id) AND note <> ''",
         &ErasedCounts::calls},
        {"UPDATE meetings SET note = '' "
         "WHERE lead_id IN (SELECT id FROM leads WHERE contact_id = :id) AND note <> ''",
         &ErasedCounts::meetings},
        {"UPDATE tasks SET note = '' WHERE lead_id IN (SELECT id FROM leads WHERE contact_id = :id) AND note "
         "<> ''",
         &ErasedCounts::tasks},
    };
    for (const Blanking& b : kBlankings) {
        Query q(m_db, b.sql);
        q.bind(":id", person.contactId);
        counts.*(b.count) = run(q);
    }

    // The audit trail keeps codes and ids; a value of the person's that reached it anyway (a
    // change's before and after) is blanked with the line's details.
    // One pass over the trail for up to four values at a time (the trail is the largest table).
    constexpr qsizetype kPerPass = 4;
    for (qsizetype first = 0; first < person.values.size(); first += kPerPass) {
        Query audit(m_db,
                    "UPDATE audit_log SET details = '', before_values = '', after_values = '' WHERE "
                    "details LIKE :p1 ESCAPE '\\' OR before_values LIKE :p1 ESCAPE '\\' "
                    "OR after_values LIKE :p1 ESCAPE '\\' "
                    "OR details LIKE :p2 ESCAPE '\\' OR before_values LIKE :p2 ESCAPE '\\' "
                    "OR after_values LIKE :p2 ESCAPE '\\' "
                    "OR details LIKE :p3 ESCAPE '\\' OR before_values LIKE :p3 ESCAPE '\\' "
                    "OR after_values LIKE :p3 ESCAPE '\\' "
                    "OR details LIKE :p4 ESCAPE '\\' OR before_values LIKE :p4 ESCAPE '\\' "
                    "OR after_values LIKE :p4 ESCAPE '\\'");
        const char* const names[kPerPass] = {":p1", ":p2", ":p3", ":p4"};
        for (qsizetype i = 0; i < kPerPass; ++i) {
            // A pass with fewer values repeats its first.
            const qsizetype at = first + i < person.values.size() ? first + i : first;
            audit.bind(names[i], likeAnywhere(person.values[at]));
        }
        counts.auditLines += run(audit);
    }
    return counts;
}

bool ErasureRepository::purgeCopies() {
    if (m_db.onServer()) {
        return true;  // the server's own VACUUM reclaims old row versions (administrator's guide)
    }
    m_db.execute(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')"));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        return false;
    }
    return q.value(0).toInt() == 0;
}

}  // namespace fd::core
