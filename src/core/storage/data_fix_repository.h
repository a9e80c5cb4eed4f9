#pragma once

#include "domain/entities.h"

#include <QString>

#include <vector>

namespace fd::core {

class Database;

/// The writes behind Data health's fixes in bulk.
class DataFixRepository {
public:
    explicit DataFixRepository(Database& db) : m_db(db) {}

    /// The oldest other contact with the same phone number or e-mail as `contactId`, if any.
    OptId olderTwin(Id contactId);
    /// Moves every lead of `drop` to `keep`, adds drop's search terms to keep's (both numbers and
    /// addresses find the client), and leaves `drop` empty. Returns how many leads moved.
    int mergeContacts(Id keep, Id drop);
    /// Gives the leads without a channel or a campaign this channel and campaign; the leads that
    /// have a channel keep it (only the campaign, when it is the channel's, is set). Returns how
    /// many changed.
    int assignSource(const std::vector<Id>& leadIds, Id channelId, OptId campaignId);

private:
    Database& m_db;
};

}  // namespace fd::core
