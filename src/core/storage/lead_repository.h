#pragma once

#include "domain/entities.h"

#include <functional>
#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// Contacts, leads, repeat touches, call attempts, tasks, and the milestones on the lead row.
class LeadRepository final {
public:
    explicit LeadRepository(Database& db) : m_db(db) {}

    /// Inserts a contact and, unless `deferSearch`, its search-index entry; deferred entries are
    /// added by indexContactsFrom before the transaction commits.
    Id insertContact(const Contact& contact, const QString& searchKey, qint64 at, bool deferSearch = false);
    /// Adds the search-index entries of the contacts with ids from `firstId` on, in one statement.
    /// (Entries added one statement at a time make every later statement of the transaction
    /// flush the index, which costs an import of a million rows most of its time.)
    void indexContactsFrom(Id firstId);
    std::optional<Contact> contact(Id id);
    std::optional<Id> contactByPhone(const QString& e164);
    /// Calls `seen` with every stored contact phone (E.164), for a bulk import that answers
    /// most phone lookups from memory.
    void forEachContactPhone(const std::function<void(const QString&)>& seen);
    /// Calls `seen` with every external id of a lead or a repeat touch.
    void forEachExternalId(const std::function<void(const QString&)>& seen);

    Id insertLead(const Lead& lead, qint64 at);
    std::optional<Lead> lead(Id id);
    /// The office of the lead's latest meeting (none before one is booked).
    OptId officeOf(Id leadId);
    std::optional<Id> leadByExternalId(const QString& externalId);
    /// True when a lead or a repeat touch already carries this external id (an imported row).
    bool externalIdKnown(const QString& externalId);
    /// The lead a file's external id names: a lead's own id or one of its repeat touches'.
    std::optional<Id> leadIdByExternalId(const QString& externalId);
    /// The newest lead whose contact has this phone and that was created in [since, until].
    std::optional<Id> recentLeadByPhone(const QString& e164, qint64 since, qint64 until);
    void updateStatus(Id leadId, LeadStatus status, OptId lostReasonId, qint64 at);
    void assignOperator(Id leadId, Id operatorId, qint64 at);

    Id insertTouch(Id leadId, qint64 at, OptId channelId, OptId campaignId, const Contact& seen,
                   const QString& externalId, const QString& note);
    int touchCount(Id leadId);

    struct Touch {
        Id id = 0;
        qint64 at = 0;
        OptId channelId;
        OptId campaignId;
        QString name;
        QString phoneRaw;
    };
    std::vector<Touch> touches(Id leadId);

    Id insertCall(const CallAttempt& call);
    std::vector<CallAttempt> calls(Id leadId);

    Id insertTask(const Task& task, qint64 at);
    /// Marks the lead's open tasks of that kind done.
    void closeTasks(Id leadId, TaskKind kind, qint64 at);
    std::vector<Task> openTasks(Id leadId);
    std::optional<Task> task(Id id);
    void setTaskDue(Id id, qint64 due);

    /// Recomputes the lead's milestones from its calls, meetings, deals and payments, and the
    /// office and next meeting shown in lists. Services call it in the same transaction as
    /// the event that changed them.
    void refreshMilestones(Id leadId, qint64 at);

    qint64 leadCount();
    bool hasContacts();

    /// How many leads have reached each stage milestone (the raw facts; reports add the
    /// rule that a later stage implies the earlier ones).
    struct StageTotals {
        qint64 leads = 0;
        qint64 contacted = 0;
        qint64 booked = 0;
        qint64 arrived = 0;
        qint64 target = 0;
        qint64 sold = 0;
        qint64 paid = 0;
        qint64 revenue = 0;
    };
    StageTotals stageTotals();

private:
    Database& m_db;
};

}  // namespace fd::core
