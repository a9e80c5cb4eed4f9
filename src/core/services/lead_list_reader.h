#pragma once

#include "domain/result.h"
#include "storage/lead_list_repository.h"

#include <vector>

namespace fd::core {

class Database;

/// The leads list as the front ends read it, a page at a time: how many leads a filter
/// matches, a page of them in an order, the rows of chosen leads. A database that cannot be
/// read is an Error, not an exception.
class LeadListReader final {
public:
    /// A reader is one look at the list (a first page and its count, or a page later on): the
    /// counts it finds on the way are kept for its life, so the count that decided how to find a
    /// page is not made twice. Make a new one for the next look.
    explicit LeadListReader(Database& db) : m_db(db), m_list(db) {}

    /// The filter's count and its first page.
    struct FirstPage {
        qint64 count = 0;
        std::vector<LeadListRow> rows;
    };
    Result<FirstPage> firstPage(const LeadFilter& filter, LeadSort sort, int limit);
    /// How many leads the filter matches (within what the person may read).
    Result<qint64> count(const LeadFilter& filter);
    Result<std::vector<LeadListRow>> page(const LeadFilter& filter, LeadSort sort, qint64 offset, int limit);
    Result<std::vector<LeadListRow>> rowsByIds(const std::vector<Id>& ids);

private:
    Database& m_db;
    LeadListRepository m_list;
};

}  // namespace fd::core
