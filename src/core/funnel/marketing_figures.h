#pragma once

#include "domain/result.h"
#include "funnel/funnel_spec.h"

namespace fd::core {

class FactSource;
class GroupTable;

/// Whether spend and visitors apply to a report: they exist per channel, campaign and day only,
/// so a report filtered or broken down by office or person has none.
bool spendApplicable(const FunnelSpec& spec, Breakdown by);

/// Adds the spend and visitors of the report's days to a table's groups and total (nothing when
/// they do not apply).
Status addMarketingFiguresTo(GroupTable& table, const FunnelSpec& spec, FactSource& source);

}  // namespace fd::core
