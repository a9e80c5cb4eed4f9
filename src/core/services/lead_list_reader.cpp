#include "services/lead_list_reader.h"

#include "domain/access.h"
#include "services/service_context.h"

namespace fd::core {

namespace {

/// A marketer reads leads with their phone numbers masked but for the last two digits.
std::vector<LeadListRow> shown(const Database& db, std::vector<LeadListRow> rows) {
    if (db.actor() && !seesPhoneNumbers(db.actor()->role)) {
        for (LeadListRow& row : rows) {
            row.phone = maskedPhone(row.phone);
        }
    }
    return rows;
}

}  // namespace

Result<LeadListReader::FirstPage> LeadListReader::firstPage(const LeadFilter& filter, LeadSort sort,
                                                            int limit) {
    return whileReading([&]() -> Result<FirstPage> {
        LeadListRepository repo(m_db);
        FirstPage first;
        first.count = repo.count(filter);
        first.rows = shown(m_db, repo.fetch(filter, sort, 0, limit));
        return first;
    });
}

Result<std::vector<LeadListRow>> LeadListReader::page(const LeadFilter& filter, LeadSort sort, qint64 offset,
                                                      int limit) {
    return whileReading([&]() -> Result<std::vector<LeadListRow>> {
        return shown(m_db, LeadListRepository(m_db).fetch(filter, sort, offset, limit));
    });
}

Result<std::vector<LeadListRow>> LeadListReader::rowsByIds(const std::vector<Id>& ids) {
    return whileReading([&]() -> Result<std::vector<LeadListRow>> {
        return shown(m_db, LeadListRepository(m_db).rowsByIds(ids));
    });
}

}  // namespace fd::core
