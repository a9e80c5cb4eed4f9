#include "services/lead_list_reader.h"

#include "domain/access.h"
#include "services/access_policy.h"
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

/// The filter narrowed to what the person signed in may read; refused when their role reads no
/// leads.
Result<LeadFilter> withinReach(const Database& db, LeadFilter filter) {
    if (Status allowed = permit(db, Action::ReadLeads); !allowed) {
        return allowed.error();
    }
    if (const std::optional<Actor>& actor = db.actor()) {
        switch (reachOf(actor->role, Action::ReadLeads)) {
            case Reach::Own:
                filter.reachOperatorId = actor->employeeId;
                break;
            case Reach::OwnOffice:
                filter.reachOfficeId = actor->officeId.value_or(-1);
                break;
            case Reach::All:
            case Reach::None:
                break;
        }
    }
    return filter;
}

}  // namespace

Result<LeadListReader::FirstPage> LeadListReader::firstPage(const LeadFilter& filter, LeadSort sort,
                                                            int limit) {
    const Result<LeadFilter> reach = withinReach(m_db, filter);
    if (!reach) {
        return reach.error();
    }
    return whileReading([&]() -> Result<FirstPage> {
        FirstPage first;
        first.count = m_list.count(*reach);
        first.rows = shown(m_db, m_list.fetch(*reach, sort, 0, limit));
        return first;
    });
}

Result<qint64> LeadListReader::count(const LeadFilter& filter) {
    const Result<LeadFilter> reach = withinReach(m_db, filter);
    if (!reach) {
        return reach.error();
    }
    return whileReading([&]() -> Result<qint64> { return m_list.count(*reach); });
}

Result<std::vector<LeadListRow>> LeadListReader::page(const LeadFilter& filter, LeadSort sort, qint64 offset,
                                                      int limit) {
    const Result<LeadFilter> reach = withinReach(m_db, filter);
    if (!reach) {
        return reach.error();
    }
    return whileReading([&]() -> Result<std::vector<LeadListRow>> {
        return shown(m_db, m_list.fetch(*reach, sort, offset, limit));
    });
}

Result<std::vector<LeadListRow>> LeadListReader::rowsByIds(const std::vector<Id>& ids) {
    if (Status allowed = permit(m_db, Action::ReadLeads); !allowed) {
        return allowed.error();
    }
    return whileReading(
        [&]() -> Result<std::vector<LeadListRow>> { return shown(m_db, m_list.rowsByIds(ids)); });
}

}  // namespace fd::core
