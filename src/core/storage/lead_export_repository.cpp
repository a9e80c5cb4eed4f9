#include "storage/lead_export_repository.h"

#include "storage/database.h"
#include "storage/query.h"

namespace fd::core {

void LeadExportRepository::forEach(qint64 from, qint64 to, const std::function<bool(const LeadExportRow&)>& row) {
    Query q(m_db,
            "SELECT l.id, l.external_id, l.created_at, c.name, coalesce(nullif(c.phone_e164, ''), c.phone_raw), "
            "c.email, ch.name, cp.name, cp.utm_source, cp.utm_medium, cp.utm_campaign, e.name, o.name, l.status, "
            "l.note FROM leads l JOIN contacts c ON c.id = l.contact_id "
            "LEFT JOIN channels ch ON ch.id = l.channel_id LEFT JOIN campaigns cp ON cp.id = l.campaign_id "
            "LEFT JOIN employees e ON e.id = l.operator_id LEFT JOIN offices o ON o.id = l.office_id "
            "WHERE l.created_at >= :from AND l.created_at < :to ORDER BY l.created_at, l.id");
    q.bind(":from", from).bind(":to", to).exec();
    while (q.next()) {
        LeadExportRow r;
        r.id = q.i64(0);
        r.externalId = q.text(1);
        r.createdAt = q.i64(2);
        r.name = q.text(3);
        r.phone = q.text(4);
        r.email = q.text(5);
        r.channel = q.text(6);
        r.campaign = q.text(7);
        r.utmSource = q.text(8);
        r.utmMedium = q.text(9);
        r.utmCampaign = q.text(10);
        r.operatorName = q.text(11);
        r.office = q.text(12);
        r.status = q.text(13);
        r.note = q.text(14);
        if (!row(r)) {
            return;
        }
    }
}

}  // namespace fd::core
