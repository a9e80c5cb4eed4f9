#pragma once

#include "domain/result.h"
#include "services/service_context.h"

#include <vector>

namespace fd::core {

class Database;

/// Data health's fixes in bulk, where they are safe: each all or nothing, each audited, each
/// with the permission of the one who may make that mark.
class DataFixes {
public:
    DataFixes(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    /// Marks past meetings still unmarked as no-shows (the office's mark, within its office).
    Result<int> markNoShows(const std::vector<Id>& meetingIds, OptId actorId);
    /// Gives leads without a source a channel and, when it is that channel's, a campaign (the
    /// marketer's tags).
    Result<int> assignSource(const std::vector<Id>& leadIds, Id channelId, OptId campaignId);
    /// Merges each duplicate contact into the oldest one with its phone or e-mail: every lead,
    /// touch and history moves with its lead, the kept contact takes what it lacked, and the
    /// merge is in the audit trail (head and administrator). Returns how many were merged.
    Result<int> mergeDuplicates(const std::vector<Id>& contactIds);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
