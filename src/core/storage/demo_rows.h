#pragma once

// The rows of a batch of the demo's history, decided in memory (services/demo_ledger.h) and
// written here at once with their ids, on SQLite's own prepared statements.

#include "domain/entities.h"
#include "storage/lead_fact_store.h"

#include <QString>

#include <memory>
#include <vector>

namespace fd::core {

class Database;
class DeferredIndexes;

struct DemoContactRow {
    Contact contact;
    QString searchKey;
    qint64 createdAt = 0;
};

/// A lead row with every column the services keep on it.
struct DemoLeadRow {
    Lead lead;
    OptId officeId;
    OptTime nextMeetingAt;
    OptId managerId;
    int dueMeetings = 0;
    int noShows = 0;
    OptTime firstCallAt;
    OptTime lastNoShowAt;
    qint64 updatedAt = 0;
};

struct DemoTouchRow {
    Id id = 0;
    Id leadId = 0;
    qint64 at = 0;
    OptId channelId;
    OptId campaignId;
    Contact seen;
    QString externalId;
    QString note;
};

struct DemoTaskRow {
    Task task;
    qint64 createdAt = 0;
    OptTime doneAt;
};

struct DemoAuditRow {
    qint64 at = 0;
    OptId employeeId;
    const char* action = "";
    const char* entity = "";
    OptId entityId;
    QString details;
};

struct DemoRows {
    std::vector<DemoContactRow> contacts;
    std::vector<DemoLeadRow> leads;
    std::vector<DemoTouchRow> touches;
    std::vector<CallAttempt> calls;
    std::vector<Meeting> meetings;
    std::vector<Deal> deals;
    std::vector<Payment> payments;
    std::vector<DemoTaskRow> tasks;
    std::vector<DemoAuditRow> audit;  ///< ids follow the table's, in this order

    void clear();
};

/// Writes batches of rows into a new SQLite database, each inside the caller's transaction.
/// Until finish() the tables it writes have no secondary indexes: each is built once at the
/// end, from sorted rows, instead of kept up row by row (a history cut off half-way is
/// refused on opening anyway, see demo_incomplete).
class DemoRowWriter final {
public:
    explicit DemoRowWriter(Database& db);
    ~DemoRowWriter();
    DemoRowWriter(const DemoRowWriter&) = delete;
    DemoRowWriter& operator=(const DemoRowWriter&) = delete;

    void write(const DemoRows& rows);
    /// Builds the indexes; call before the last commit.
    void finish();
    /// The id the next row of each table gets.
    static Id nextId(Database& db, const char* table);

private:
    struct Statements;
    Database& m_db;
    std::unique_ptr<DeferredIndexes> m_indexes;
    std::unique_ptr<NewLeadsInBulk> m_facts;
    std::unique_ptr<Statements> m_st;
};

}  // namespace fd::core
