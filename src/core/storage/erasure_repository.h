#pragma once

#include "domain/entities.h"

#include <QStringList>

#include <optional>

#include <vector>

namespace fd::core {

class Database;

/// What a client's personal data was, found before it is erased: the values whose copies are
/// looked for in the audit trail.
struct PersonalValues {
    Id contactId = 0;
    QStringList values;  ///< name, phone as typed and normalized, e-mail (non-empty ones)
    std::vector<Id> leadIds;
    QString searchKey;  ///< what the search index holds for the contact
};

/// How many records lost personal text in one erasure.
struct ErasedCounts {
    qint64 leads = 0;
    qint64 touches = 0;
    qint64 calls = 0;
    qint64 meetings = 0;
    qint64 tasks = 0;
    qint64 auditLines = 0;
};

/// The storage side of erasing a client's personal data (152-FZ): every text that names or
/// reaches the person is blanked; the records stay, so the funnel's counts do not change.
class ErasureRepository final {
public:
    explicit ErasureRepository(Database& db) : m_db(db) {}

    /// The contact's values and leads; none when there is no such contact.
    std::optional<PersonalValues> personalValues(Id contactId);
    /// The contacts with this normalized phone (+7…) or e-mail.
    std::vector<Id> contactsWith(const QString& phoneE164, const QString& email);
    /// Blanks the contact, its leads' notes, touches, calls, meetings and tasks, its entry in the
    /// search index, and every audit line holding one of its values; inside the caller's
    /// transaction.
    ErasedCounts erase(const PersonalValues& person);
    /// After the erasure is committed (SQLite): the search index rewritten without the erased
    /// entries and the journal emptied into the file, so no copy of the values is left on disk.
    /// False when another connection kept the journal from being emptied.
    bool purgeCopies();

private:
    Database& m_db;
};

}  // namespace fd::core
