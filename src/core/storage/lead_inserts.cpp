#include "storage/lead_inserts.h"

#include "storage/database.h"
#include "storage/sqlite_statement.h"

#include <QByteArray>

namespace fd::core {

namespace {

/// Rows written by one statement of a bulk import (9 or 10 values a row, far under SQLite's
/// limit of bound values).
constexpr int kRowsPerStatement = 64;
/// Rows held before they are written.
constexpr std::size_t kHeldRows = 1024;

/// "INSERT INTO table(columns) VALUES (?1, …), (…)" for `rows` rows of `count` values.
QByteArray insertSql(const char* head, int count, int rows) {
    QByteArray sql(head);
    sql += " VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (int c = 0; c < count; ++c) {
            sql += (c == 0 ? "?" : ", ?") + QByteArray::number(r * count + c + 1);
        }
        sql += ')';
    }
    return sql;
}

constexpr const char* kContactHead =
    "INSERT INTO contacts(id, name, phone_e164, phone_raw, email, search_key, created_at)";
constexpr int kContactValues = 7;
constexpr const char* kLeadHead =
    "INSERT INTO leads(id, contact_id, created_at, channel_id, campaign_id, operator_id, status, "
    "external_id, "
    "note, updated_at)";
constexpr int kLeadValues = 10;
constexpr const char* kTouchHead =
    "INSERT INTO lead_touches(id, lead_id, at, channel_id, campaign_id, name, phone_raw, email, external_id, "
    "note)";
constexpr int kTouchValues = 10;

/// One table's insert of a single row and of kRowsPerStatement rows.
struct TableInsert {
    TableInsert(sqlite3* h, const char* head, int count)
        : oneSql(insertSql(head, count, 1)),
          manySql(insertSql(head, count, kRowsPerStatement)),
          one(h, oneSql.constData()),
          many(h, manySql.constData()),
          values(count) {}

    /// Writes `rows` with `bindRow(statement, first index, row)`.
    template <class Row, class Bind>
    void write(const std::vector<Row>& rows, Bind bindRow) {
        std::size_t i = 0;
        for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
            for (int r = 0; r < kRowsPerStatement; ++r) {
                bindRow(many, r * values + 1, rows[i + static_cast<std::size_t>(r)]);
            }
            many.run();
        }
        for (; i < rows.size(); ++i) {
            bindRow(one, 1, rows[i]);
            one.run();
        }
    }

    QByteArray oneSql;
    QByteArray manySql;
    SqliteStatement one;
    SqliteStatement many;
    int values;
};

/// A held row's id, or NULL for the engine to give one.
OptId idOrEngine(Id id) {
    return id != 0 ? OptId{id} : std::nullopt;
}

}  // namespace

struct LeadInserts::Statements {
    explicit Statements(sqlite3* h)
        : handle(h),
          contact(h, kContactHead, kContactValues),
          lead(h, kLeadHead, kLeadValues),
          touch(h, kTouchHead, kTouchValues) {}

    sqlite3* handle;
    TableInsert contact;
    TableInsert lead;
    TableInsert touch;
};

LeadInserts::LeadInserts(Database& db, Writing writing) : m_db(db), m_rows(db) {
    if (sqlite3* h = db.sqliteHandle()) {
        m_statements = std::make_unique<Statements>(h);
        m_batched = writing == Writing::Batched;
    }
}

LeadInserts::~LeadInserts() = default;

Id LeadInserts::nextId(const char* table, Id& next, bool first) {
    if (!m_batched) {
        return 0;  // given by the engine
    }
    if (first) {
        // Read again for every batch: whatever was written meanwhile comes before it.
        next = nextRowId(m_statements->handle, table);
    }
    return next++;
}

LeadText LeadText::of(const Contact& seen, const QString& searchKey, const QString& externalId,
                      const QString& note) {
    return LeadText{seen.name.toUtf8(), seen.phoneE164.toUtf8(), seen.phoneRaw.toUtf8(), seen.email.toUtf8(),
                    searchKey.toUtf8(), externalId.toUtf8(),     note.toUtf8()};
}

Id LeadInserts::contact(const Contact& c, const QString& searchKey, qint64 at, const LeadText* text) {
    if (!m_statements) {
        return m_rows.insertContact(c, searchKey, at, true);
    }
    const Id id = nextId("contacts", m_nextContact, m_contacts.empty());
    m_contacts.push_back({id, text ? *text : LeadText::of(c, searchKey, {}, {}), at});
    return held(m_contacts.size(), id);
}

Id LeadInserts::lead(const Lead& l, qint64 at, const LeadText* text) {
    if (!m_statements) {
        return m_rows.insertLead(l, at);
    }
    const Id id = nextId("leads", m_nextLead, m_leads.empty());
    m_leads.push_back({id, l, text ? *text : LeadText::of({}, {}, l.externalId, l.note), at});
    return held(m_leads.size(), id);
}

Id LeadInserts::touch(Id leadId, qint64 at, OptId channelId, OptId campaignId, const Contact& seen,
                      const QString& externalId, const QString& note, const LeadText* text) {
    if (!m_statements) {
        return m_rows.insertTouch(leadId, at, channelId, campaignId, seen, externalId, note);
    }
    const Id id = nextId("lead_touches", m_nextTouch, m_touches.empty());
    m_touches.push_back(
        {id, leadId, at, channelId, campaignId, text ? *text : LeadText::of(seen, {}, externalId, note)});
    return held(m_touches.size(), id);
}

Id LeadInserts::held(std::size_t rows, Id id) {
    if (!m_batched) {
        flush();
        return sqlite3_last_insert_rowid(m_statements->handle);
    }
    if (rows >= kHeldRows) {
        flush();
    }
    return id;
}

void LeadInserts::flush() {
    if (!m_statements) {
        return;
    }

    // The texts are bound where they are held: the rows outlive each statement's run.
    m_statements->contact.write(m_contacts, [](SqliteStatement& s, int i, const ContactRow& r) {
        s.bind(i, idOrEngine(r.id)).bindUtf8(i + 1, r.text.name).bindUtf8OrNull(i + 2, r.text.phoneE164);
        s.bindUtf8OrNull(i + 3, r.text.phoneRaw).bindUtf8OrNull(i + 4, r.text.email);
        s.bindUtf8(i + 5, r.text.searchKey).bind(i + 6, r.at);
    });
    m_contacts.clear();
    m_statements->lead.write(m_leads, [](SqliteStatement& s, int i, const LeadRow& r) {
        const Lead& l = r.lead;
        s.bind(i, idOrEngine(r.id)).bind(i + 1, l.contactId).bind(i + 2, l.createdAt);
        s.bind(i + 3, l.channelId).bind(i + 4, l.campaignId).bind(i + 5, l.operatorId);
        s.bind(i + 6, toCode(l.status)).bindUtf8OrNull(i + 7, r.text.externalId).bindUtf8(i + 8, r.text.note);
        s.bind(i + 9, r.at);
    });
    m_leads.clear();
    m_statements->touch.write(m_touches, [](SqliteStatement& s, int i, const TouchRow& r) {
        s.bind(i, idOrEngine(r.id)).bind(i + 1, r.leadId).bind(i + 2, r.at).bind(i + 3, r.channelId);
        s.bind(i + 4, r.campaignId).bindUtf8(i + 5, r.text.name).bindUtf8OrNull(i + 6, r.text.phoneRaw);
        s.bindUtf8OrNull(i + 7, r.text.email).bindUtf8OrNull(i + 8, r.text.externalId);
        s.bindUtf8(i + 9, r.text.note);
    });
    m_touches.clear();
}

}  // namespace fd::core
