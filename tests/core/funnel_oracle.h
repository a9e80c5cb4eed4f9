#pragma once

#include "funnel/funnel_report.h"

namespace fd::core {
class Database;
}

namespace fd::test {

/// The funnel computed by brute force from the raw event tables (calls, meetings, deals,
/// payments, spend, visitors) — never from the milestone columns — following
/// docs/metrics.md. The engine must agree with it exactly.
fd::core::FunnelReport oracleFunnel(fd::core::Database& db, const fd::core::FunnelSpec& spec);

}  // namespace fd::test
