#pragma once

// The lead row's milestone columns, written once: the names (a literal, so statements that
// select them stay literals the statement cache can key on) and how a row's are read.

#include "domain/entities.h"
#include "storage/query.h"

/// The milestone columns of `leads`, in the order readMilestones reads them.
#define FD_MILESTONE_COLUMNS                                                                  \
    "first_contact_at, booked_at, arrived_at, is_target, target_at, sold_at, first_paid_at, " \
    "contract_amount, revenue"
/// The same for a reader who may not read money: none of it is named.
#define FD_MILESTONE_COLUMNS_NO_MONEY                                                                \
    "first_contact_at, booked_at, arrived_at, is_target, target_at, sold_at, CAST(NULL AS BIGINT), " \
    "0, 0"

namespace fd::core {

/// Sets a lead's milestones (:id) from its event tables in one statement, so they always equal
/// what those tables say; :at is the time of the change. On a server the same text is the body
/// of the function funneldesk_refresh_lead (server_security.cpp).
inline constexpr const char kRefreshMilestonesSql[] = R"SQL(
UPDATE leads SET
  first_contact_at = (SELECT min(called_at) FROM call_attempts
                      WHERE lead_id = :id AND outcome IN ('callback', 'refused', 'non_target', 'booked')),
  booked_at = (SELECT min(booked_at) FROM meetings WHERE lead_id = :id),
  arrived_at = (SELECT min(arrived_at) FROM meetings WHERE lead_id = :id AND status = 'arrived'),
  target_at = (SELECT min(arrived_at) FROM meetings
               WHERE lead_id = :id AND status = 'arrived' AND qualification = 'target'),
  is_target = (SELECT CASE WHEN count(*) = 0 THEN NULL
                           WHEN sum(CASE WHEN qualification = 'target' THEN 1 ELSE 0 END) > 0 THEN 1
                           ELSE 0 END
               FROM meetings WHERE lead_id = :id AND status = 'arrived' AND qualification IS NOT NULL),
  sold_at = (SELECT min(signed_at) FROM deals WHERE lead_id = :id),
  contract_amount = (SELECT coalesce(sum(amount), 0) FROM deals WHERE lead_id = :id),
  first_paid_at = (SELECT min(p.paid_at) FROM payments p JOIN deals d ON d.id = p.deal_id WHERE d.lead_id = :id),
  revenue = (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN deals d ON d.id = p.deal_id
             WHERE d.lead_id = :id),
  office_id = (SELECT m.office_id FROM meetings m WHERE m.lead_id = :id ORDER BY m.scheduled_at DESC, m.id DESC
               LIMIT 1),
  next_meeting_at = (SELECT min(m.scheduled_at) FROM meetings m
                     WHERE m.lead_id = :id AND m.status IN ('scheduled', 'confirmed')),
  manager_id = (SELECT m.manager_id FROM meetings m WHERE m.lead_id = :id AND m.status = 'arrived'
                ORDER BY m.arrived_at, m.id LIMIT 1),
  due_meetings = (SELECT count(*) FROM meetings m WHERE m.lead_id = :id AND m.status IN ('arrived', 'no_show')),
  no_shows = (SELECT count(*) FROM meetings m WHERE m.lead_id = :id AND m.status = 'no_show'),
  last_no_show_at = (SELECT CASE WHEN m.status = 'no_show' THEN m.scheduled_at END FROM meetings m
                     WHERE m.lead_id = :id ORDER BY m.scheduled_at DESC, m.id DESC LIMIT 1),
  first_call_at = (SELECT min(called_at) FROM call_attempts WHERE lead_id = :id),
  updated_at = :at
WHERE id = :id
)SQL";

/// The milestones of a row whose milestone columns start at column `first`.
inline Milestones readMilestones(const Query& q, int first) {
    Milestones m;
    m.firstContactAt = q.optI64(first);
    m.bookedAt = q.optI64(first + 1);
    m.arrivedAt = q.optI64(first + 2);
    if (const auto t = q.optI64(first + 3)) {
        m.isTarget = *t != 0;
    }
    m.targetAt = q.optI64(first + 4);
    m.soldAt = q.optI64(first + 5);
    m.firstPaidAt = q.optI64(first + 6);
    m.contractAmount = q.i64(first + 7);
    m.revenue = q.i64(first + 8);
    return m;
}

}  // namespace fd::core
