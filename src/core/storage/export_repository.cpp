#include "storage/export_repository.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/reader_rights.h"

namespace fd::core {

namespace {

// Leads without an external id are named "fd-<id>" and deals "fd-deal-<id>" so that every file
// names its records the same way and importing an export twice creates nothing twice.
#define FD_LEAD_REF "coalesce(l.external_id, 'fd-' || l.id)"
#define FD_DEAL_REF "coalesce(d.external_id, 'fd-deal-' || d.id)"
#define FD_PHONE "coalesce(nullif(c.phone_e164, ''), c.phone_raw)"
// On a server, for who may not read phone numbers whole: the server's masked copy.
#define FD_MASKED_PHONE                                                                              \
    "(SELECT coalesce(nullif(pm.phone_e164, ''), pm.phone_raw) FROM contact_phones_masked pm WHERE " \
    "pm.id = c.id)"

// external_id, created_at, name, phone, email, channel, campaign, utm_source, utm_medium,
// utm_campaign, operator, office, status, note
#define FD_LEADS_SQL(PHONE)                                                                                 \
    "SELECT " FD_LEAD_REF ", l.created_at, c.name, " PHONE                                                  \
    ", c.email, ch.name, cp.name, cp.utm_source, "                                                          \
    "cp.utm_medium, cp.utm_campaign, e.name, o.name, l.status, l.note "                                     \
    "FROM leads l JOIN contacts c ON c.id = l.contact_id "                                                  \
    "LEFT JOIN channels ch ON ch.id = l.channel_id LEFT JOIN campaigns cp ON cp.id = l.campaign_id "        \
    "LEFT JOIN employees e ON e.id = l.operator_id LEFT JOIN offices o ON o.id = l.office_id "              \
    "WHERE l.created_at >= :from AND l.created_at < :to "                                                   \
    "AND (CAST(:office AS BIGINT) IS NULL OR l.office_id = :office) AND (CAST(:manager AS BIGINT) IS NULL " \
    "OR "                                                                                                   \
    "l.manager_id = :manager) "                                                                             \
    "ORDER BY l.created_at, l.id"
const char* const kLeads[2] = {FD_LEADS_SQL(FD_PHONE), FD_LEADS_SQL(FD_MASKED_PHONE)};

// id, lead_external_id, client, phone, office, scheduled_at, ends_at, status, booked_at, booked_by,
// manager, arrived_at, outcome, qualification, note, office address
#define FD_MEETINGS_SQL(PHONE)                                                                              \
    "SELECT m.id, " FD_LEAD_REF ", c.name, " PHONE                                                          \
    ", o.name, m.scheduled_at, "                                                                            \
    "m.scheduled_at + 60 * o.slot_minutes, m.status, m.booked_at, b.name, mg.name, m.arrived_at, "          \
    "m.outcome, "                                                                                           \
    "m.qualification, m.note, o.address "                                                                   \
    "FROM meetings m JOIN leads l ON l.id = m.lead_id JOIN contacts c ON c.id = l.contact_id "              \
    "JOIN offices o ON o.id = m.office_id LEFT JOIN employees b ON b.id = m.booked_by_id "                  \
    "LEFT JOIN employees mg ON mg.id = m.manager_id "                                                       \
    "WHERE m.scheduled_at >= :from AND m.scheduled_at < :to "                                               \
    "AND (CAST(:office AS BIGINT) IS NULL OR m.office_id = :office) AND (CAST(:manager AS BIGINT) IS NULL " \
    "OR "                                                                                                   \
    "m.manager_id = :manager) "                                                                             \
    "ORDER BY m.scheduled_at, m.id"
const char* const kMeetings[2] = {FD_MEETINGS_SQL(FD_PHONE), FD_MEETINGS_SQL(FD_MASKED_PHONE)};

// external_id, lead_external_id, lead_phone, signed_at, amount, manager, product, client, office, paid
#define FD_DEALS_SQL(PHONE)                                                                            \
    "SELECT " FD_DEAL_REF ", " FD_LEAD_REF ", " PHONE                                                  \
    ", d.signed_at, d.amount, mg.name, d.product, c.name, "                                            \
    "o.name, (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.deal_id = d.id) "              \
    "FROM deals d JOIN leads l ON l.id = d.lead_id JOIN contacts c ON c.id = l.contact_id "            \
    "LEFT JOIN meetings m ON m.id = d.meeting_id LEFT JOIN offices o ON o.id = coalesce(m.office_id, " \
    "l.office_id) "                                                                                    \
    "LEFT JOIN employees mg ON mg.id = d.manager_id "                                                  \
    "WHERE d.signed_at >= :from AND d.signed_at < :to "                                                \
    "AND (CAST(:office AS BIGINT) IS NULL OR coalesce(m.office_id, l.office_id) = :office) "           \
    "AND (CAST(:manager AS BIGINT) IS NULL OR d.manager_id = :manager) "                               \
    "ORDER BY d.signed_at, d.id"
const char* const kDeals[2] = {FD_DEALS_SQL(FD_PHONE), FD_DEALS_SQL(FD_MASKED_PHONE)};

// deal_external_id, paid_at, amount, method, client, office
const char* const kPayments =
    "SELECT " FD_DEAL_REF
    ", p.paid_at, p.amount, p.method, c.name, o.name "
    "FROM payments p JOIN deals d ON d.id = p.deal_id JOIN leads l ON l.id = d.lead_id "
    "JOIN contacts c ON c.id = l.contact_id LEFT JOIN meetings m ON m.id = d.meeting_id "
    "LEFT JOIN offices o ON o.id = coalesce(m.office_id, l.office_id) "
    "WHERE p.paid_at >= :from AND p.paid_at < :to "
    "AND (CAST(:office AS BIGINT) IS NULL OR coalesce(m.office_id, l.office_id) = :office) "
    "AND (CAST(:manager AS BIGINT) IS NULL OR d.manager_id = :manager) "
    "ORDER BY p.paid_at, p.id";

// at, person, on_behalf_of, action, entity, entity_id, details, before, after: the person is who
// did it or for whom a head did it; the entity is the kind of record
const char* const kAudit =
    "SELECT a.at, coalesce(e.name, ''), coalesce(b.name, ''), a.action, a.entity, a.entity_id, a.details, "
    "a.before_values, a.after_values "
    "FROM audit_log a LEFT JOIN employees e ON e.id = a.employee_id "
    "LEFT JOIN employees b ON b.id = a.on_behalf_of "
    "WHERE a.at >= :from AND a.at < :to "
    "AND (CAST(:manager AS BIGINT) IS NULL OR a.employee_id = :manager OR a.on_behalf_of = :manager) "
    "AND (CAST(:entity AS TEXT) IS NULL OR a.entity = :entity) "
    "ORDER BY a.at, a.id";

int columnCount(ExportKind kind) {
    switch (kind) {
        case ExportKind::Leads:
            return 14;
        case ExportKind::Meetings:
            return 16;
        case ExportKind::Deals:
            return 10;
        case ExportKind::Payments:
            return 6;
        case ExportKind::Audit:
            return 9;
    }
    return 0;
}

}  // namespace

void ExportRepository::forEach(ExportKind kind, const ExportSelection& s,
                               const std::function<bool(const QVariantList&)>& row) {
    // Who may not read phone numbers whole gets them masked: by the server (which does not even
    // grant them the column) or here.
    const bool masked = !readsPhones(m_db);
    const int variant = masked && m_db.onServer() ? 1 : 0;
    const int phoneColumn = kind == ExportKind::Leads || kind == ExportKind::Meetings ? 3
                            : kind == ExportKind::Deals                               ? 2
                                                                                      : -1;
    const char* sql = kind == ExportKind::Leads      ? kLeads[variant]
                      : kind == ExportKind::Meetings ? kMeetings[variant]
                      : kind == ExportKind::Deals    ? kDeals[variant]
                      : kind == ExportKind::Audit    ? kAudit
                                                     : kPayments;
    Query q(m_db, sql);
    q.bind(":from", s.from).bind(":to", s.to).bind(":manager", s.managerId);
    if (kind == ExportKind::Audit) {
        q.bindText(":entity", s.entity);
    } else {
        q.bind(":office", s.officeId);
    }
    q.exec();
    const int n = columnCount(kind);
    QVariantList values;
    values.reserve(n);
    while (q.next()) {
        values.clear();
        for (int i = 0; i < n; ++i) {
            values << q.value(i);
        }
        if (masked && phoneColumn >= 0) {
            values[phoneColumn] = maskedPhone(values[phoneColumn].toString());
        }
        if (!row(values)) {
            return;
        }
    }
}

}  // namespace fd::core
