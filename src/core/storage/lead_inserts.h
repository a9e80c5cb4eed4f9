#pragma once

// The three inserts a lead intake makes (a contact, a lead, a repeat touch), for an import. On
// SQLite they are written on the engine's own prepared statements and, for a bulk import, held
// and written many rows to a statement: one statement per row opens and seeks every index of
// the leads afresh, which costs several times the row itself. On a server they go through the
// repository one at a time.

#include "domain/entities.h"
#include "storage/lead_repository.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace fd::core {

class Database;

/// A new lead's texts in UTF-8, as they are written: made where the lead is read (an import's
/// reading thread), so the writing thread only binds them.
struct LeadText {
    QByteArray name;
    QByteArray phoneE164;
    QByteArray phoneRaw;
    QByteArray email;
    QByteArray searchKey;
    QByteArray externalId;
    QByteArray note;

    static LeadText of(const Contact& seen, const QString& searchKey, const QString& externalId,
                       const QString& note);
};

class LeadInserts final {
public:
    enum class Writing {
        RowByRow,  ///< each row written when it is given
        /// Rows held and written together; ids are given here (the next after the table's
        /// largest, as the engine would). flush() before anything reads these three tables.
        Batched
    };

    LeadInserts(Database& db, Writing writing);
    ~LeadInserts();
    LeadInserts(const LeadInserts&) = delete;
    LeadInserts& operator=(const LeadInserts&) = delete;

    /// Columns and defaults as LeadRepository::insertContact with the search index deferred;
    /// `text`, when given, is the same texts in UTF-8.
    Id contact(const Contact& c, const QString& searchKey, qint64 at, const LeadText* text = nullptr);
    /// As LeadRepository::insertLead (with its status).
    Id lead(const Lead& l, qint64 at, const LeadText* text = nullptr);
    /// As LeadRepository::insertTouch.
    Id touch(Id leadId, qint64 at, OptId channelId, OptId campaignId, const Contact& seen,
             const QString& externalId, const QString& note, const LeadText* text = nullptr);

    /// Writes the rows held (contacts first, so every reference is stored when checked).
    void flush();

private:
    struct ContactRow {
        Id id;
        LeadText text;
        qint64 at;
    };
    struct LeadRow {
        Id id;
        Lead lead;  ///< its texts are in `text`
        LeadText text;
        qint64 at;
    };
    struct TouchRow {
        Id id;
        Id leadId;
        qint64 at;
        OptId channelId;
        OptId campaignId;
        LeadText text;
    };
    struct Statements;

    /// The id the next held row of `table` gets (read from the table when `first`), or 0 when
    /// rows are written one by one and the engine gives it.
    Id nextId(const char* table, Id& next, bool first);
    /// After a row was added to a table's `rows` held: writes them when they are due, and
    /// returns the row's id.
    Id held(std::size_t rows, Id id);

    Database& m_db;
    LeadRepository m_rows;
    std::unique_ptr<Statements> m_statements;  ///< SQLite only
    bool m_batched = false;
    std::vector<ContactRow> m_contacts;
    std::vector<LeadRow> m_leads;
    std::vector<TouchRow> m_touches;
    Id m_nextContact = 0;
    Id m_nextLead = 0;
    Id m_nextTouch = 0;
};

}  // namespace fd::core
