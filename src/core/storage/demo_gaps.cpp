#include "storage/demo_gaps.h"

#include "storage/database.h"
#include "storage/lead_repository.h"
#include "storage/query.h"

#include <set>

namespace fd::core {

namespace {

constexpr qint64 kDay = 86400;

std::vector<qint64> ids(Query& q) {
    return q.all([](const Query& r) { return r.i64(0); });
}

}  // namespace

void plantDemoGaps(Database& db, qint64 end) {
    std::set<qint64> touched;
    auto leadsOf = [&](const std::vector<qint64>& meetings) {
        for (const qint64 m : meetings) {
            Query q(db, "SELECT lead_id FROM meetings WHERE id = :id");
            q.bind(":id", m);
            if (const auto lead = q.one([](const Query& r) { return r.i64(0); })) {
                touched.insert(*lead);
            }
        }
    };
    // No-shows of the last three weeks the office forgot to mark (one in nine).
    Query noShows(db,
                  "SELECT id FROM meetings WHERE status = 'no_show' AND scheduled_at >= :since "
                  "AND scheduled_at < :until AND id % 9 = 0");
    noShows.bind(":since", end - 21 * kDay).bind(":until", end - kDay);
    const std::vector<qint64> unmarked = ids(noShows);
    for (const qint64 m : unmarked) {
        Query u(db, "UPDATE meetings SET status = 'scheduled' WHERE id = :id");
        u.bind(":id", m).exec();
        Query a(db,
                "DELETE FROM audit_log WHERE entity = 'meeting' AND entity_id = :id AND action = 'no_show'");
        a.bind(":id", m).exec();
    }
    leadsOf(unmarked);
    // Refusals at the office of the last three weeks whose outcome was never recorded (one in
    // eleven): the client came, and that is all anyone wrote.
    Query refusals(db,
                   "SELECT id FROM meetings WHERE status = 'arrived' AND outcome = 'refused' "
                   "AND arrived_at >= :since AND arrived_at < :until AND id % 11 = 0");
    refusals.bind(":since", end - 21 * kDay).bind(":until", end - kDay);
    const std::vector<qint64> open = ids(refusals);
    for (const qint64 m : open) {
        Query u(db,
                "UPDATE meetings SET outcome = NULL, qualification = NULL, outcome_reason_id = NULL, "
                "outcome_at = NULL WHERE id = :id");
        u.bind(":id", m).exec();
        Query l(db,
                "UPDATE leads SET status = 'arrived', lost_reason_id = NULL "
                "WHERE id = (SELECT lead_id FROM meetings WHERE id = :id)");
        l.bind(":id", m).exec();
        Query a(db,
                "DELETE FROM audit_log WHERE entity = 'meeting' AND entity_id = :id AND action = 'outcome'");
        a.bind(":id", m).exec();
    }
    leadsOf(open);
    // Refusals whose reason nobody chose (one in eighty-nine lost leads of two months ago).
    Query reasonless(
        db,
        "SELECT id FROM leads WHERE status = 'lost' AND lost_reason_id IS NOT NULL AND created_at >= :since "
        "AND created_at < :until AND id % 89 = 0");
    reasonless.bind(":since", end - 70 * kDay).bind(":until", end - 40 * kDay);
    for (const qint64 lead : ids(reasonless)) {
        Query l(db, "UPDATE leads SET lost_reason_id = NULL WHERE id = :id");
        l.bind(":id", lead).exec();
        Query c(db, "UPDATE call_attempts SET reason_id = NULL WHERE lead_id = :id");
        c.bind(":id", lead).exec();
        Query m(db, "UPDATE meetings SET outcome_reason_id = NULL WHERE lead_id = :id");
        m.bind(":id", lead).exec();
    }
    // Follow-up reminders closed without anything recorded (one in thirteen of the open ones).
    Query followUps(
        db,
        "UPDATE tasks SET status = 'cancelled' WHERE kind = 'follow_up' AND status = 'open' AND id % 13 = 0");
    followUps.exec();
    // Leads of the last month typed without their campaign (one in fifty-three).
    Query campaigns(
        db,
        "UPDATE leads SET campaign_id = NULL WHERE created_at >= :since AND campaign_id IS NOT NULL "
        "AND id % 53 = 0");
    campaigns.bind(":since", end - 30 * kDay).exec();
    // Clients whose later installments stopped coming (one in seven contracts of two to four
    // months ago paid in parts): only the first payment stays.
    Query stopped(
        db,
        "SELECT d.id FROM deals d WHERE d.signed_at >= :since AND d.signed_at < :until AND d.id % 7 = 0 "
        "AND (SELECT count(*) FROM payments p WHERE p.deal_id = d.id) > 1");
    stopped.bind(":since", end - 120 * kDay).bind(":until", end - 60 * kDay);
    for (const qint64 deal : ids(stopped)) {
        Query later(db,
                    "SELECT id FROM payments WHERE deal_id = :deal AND id > (SELECT min(id) FROM payments "
                    "WHERE deal_id = :deal)");
        later.bind(":deal", deal);
        for (const qint64 payment : ids(later)) {
            Query a(db, "DELETE FROM audit_log WHERE entity = 'payment' AND entity_id = :id");
            a.bind(":id", payment).exec();
            Query d(db, "DELETE FROM payments WHERE id = :id");
            d.bind(":id", payment).exec();
        }
        Query lead(db, "SELECT lead_id FROM deals WHERE id = :id");
        lead.bind(":id", deal);
        if (const auto l = lead.one([](const Query& r) { return r.i64(0); })) {
            touched.insert(*l);
        }
    }
    // Family members who share an e-mail (one in two hundred and eleven contacts of the last
    // month takes the e-mail of the contact before it).
    Query shared(db,
                 "UPDATE contacts SET email = (SELECT p.email FROM contacts p WHERE p.id = contacts.id - 1) "
                 "WHERE created_at >= :since AND id % 211 = 0 "
                 "AND (SELECT p.email FROM contacts p WHERE p.id = contacts.id - 1) IS NOT NULL");
    shared.bind(":since", end - 30 * kDay).exec();
    // A form sent twice: a lead created minutes after the one before it is the same person's.
    Query twice(
        db,
        "UPDATE leads SET contact_id = (SELECT p.contact_id FROM leads p WHERE p.id = leads.id - 1) "
        "WHERE created_at >= :since AND id % 97 = 0 "
        "AND created_at - (SELECT p.created_at FROM leads p WHERE p.id = leads.id - 1) BETWEEN 0 AND 600");
    twice.bind(":since", end - 30 * kDay).exec();
    // The second form's own contact is left with no lead: gone, from the search index too.
    Query orphans(db,
                  "SELECT c.id, c.search_key FROM contacts c WHERE c.created_at >= :since "
                  "AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.contact_id = c.id)");
    orphans.bind(":since", end - 30 * kDay);
    for (const auto& [id, key] : orphans.all([](const Query& r) { return std::pair{r.i64(0), r.text(1)}; })) {
        if (!key.isEmpty()) {
            Query fts(
                db, "INSERT INTO contacts_fts(contacts_fts, rowid, search_key) VALUES ('delete', :id, :key)");
            fts.bind(":id", id).bind(":key", key).exec();
        }
        Query gone(db, "DELETE FROM contacts WHERE id = :id");
        gone.bind(":id", id).exec();
    }
    LeadRepository leads(db);
    for (const qint64 lead : touched) {
        leads.refreshMilestones(lead, end);
    }
}

void plantDemoFigureGaps(Database& db, QDate endDay) {
    Query paid(db, "SELECT min(channel_id) FROM ad_spend WHERE amount > 0");
    const auto channel = paid.one([](const Query& r) { return r.optI64(0); });
    if (channel && *channel) {
        for (const int back : {9, 16}) {
            Query d(db, "DELETE FROM ad_spend WHERE day = :day AND channel_id = :channel");
            d.bind(":day", endDay.addDays(-back).toString(Qt::ISODate)).bind(":channel", **channel).exec();
        }
    }
    Query visited(db,
                  "SELECT max(v.channel_id) FROM site_visitors v WHERE v.visitors > 0 AND EXISTS "
                  "(SELECT 1 FROM ad_spend s WHERE s.channel_id = v.channel_id AND s.amount > 0)");
    const auto counted = visited.one([](const Query& r) { return r.optI64(0); });
    if (counted && *counted) {
        for (const int back : {5, 12, 20}) {
            Query d(db, "DELETE FROM site_visitors WHERE day = :day AND channel_id = :channel");
            d.bind(":day", endDay.addDays(-back).toString(Qt::ISODate)).bind(":channel", **counted).exec();
        }
    }
}

}  // namespace fd::core
