#pragma once

// The leads list from its index in memory (LeadListIndex): which leads a filter matches, and a
// page of them in a sort order, as SQL over the rows would give them (lead_list_repository.cpp
// chooses). Storage only.

#include "storage/lead_list_repository.h"
#include "storage/lead_list_store.h"

#include <cstdint>
#include <vector>

namespace fd::core {

class Database;

namespace leadlist {

/// The positions in `index` of the leads `filter` matches, in id order. A text search goes
/// through the trigram index (three characters or more: searchesThroughIndex).
std::vector<std::uint32_t> matchInMemory(Database& db, const LeadListIndex& index, const LeadFilter& filter);

/// The ids of rows [offset, offset + limit) of the `matched` leads ordered by `column` (one the
/// person may read), ties broken as SQL breaks them: by the contact, the creation and the id.
std::vector<Id> pageInMemory(Database& db, const LeadListIndex& index,
                             const std::vector<std::uint32_t>& matched, LeadSort sort, qint64 offset,
                             int limit);

}  // namespace leadlist
}  // namespace fd::core
