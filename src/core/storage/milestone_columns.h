#pragma once

// The lead row's milestone columns, written once: the names (a literal, so statements that
// select them stay literals the statement cache can key on) and how a row's are read.

#include "domain/entities.h"
#include "storage/query.h"

/// The milestone columns of `leads`, in the order readMilestones reads them.
#define FD_MILESTONE_COLUMNS                                                                  \
    "first_contact_at, booked_at, arrived_at, is_target, target_at, sold_at, first_paid_at, " \
    "contract_amount, revenue"

namespace fd::core {

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
