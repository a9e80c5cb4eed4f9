#pragma once

#include "services/service_context.h"
#include "storage/erasure_repository.h"

#include <vector>

namespace fd::core {

/// What one erasure did.
struct ErasureSummary {
    Id contactId = 0;
    qint64 leadCount = 0;  ///< the client's leads, kept as anonymous records
    ErasedCounts blanked;
    /// Whether every copy left the disk at once (SQLite: another open window can hold the old
    /// pages in the journal until it closes).
    bool purged = true;
};

/// Erasing a client's personal data when they withdraw consent (Russian law 152-FZ): name,
/// phones, e-mails, notes, the text of their requests, their search-index entry and any copy in
/// the audit trail. The leads, meetings, deals and payments stay as anonymous records, so no
/// funnel number changes; the erasure is recorded in the audit trail without the erased values.
class PersonalDataService final {
public:
    PersonalDataService(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    Result<ErasureSummary> eraseContact(Id contactId);
    /// The same for the client of a lead (the leads list's row).
    Result<ErasureSummary> eraseClientOf(Id leadId);
    /// The contacts a phone number (any spelling) or an e-mail address belongs to.
    Result<std::vector<Id>> contactsOf(const QString& phoneOrEmail);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
