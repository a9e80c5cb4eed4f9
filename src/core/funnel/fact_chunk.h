#pragma once

#include "funnel/funnel_data.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace fd::core {

/// The funnel facts of the leads of one id range, with their contracts and payments, as a
/// compact byte string kept in the database beside the lead rows (LeadFactStore): deltas and
/// variable-length integers, about 20 bytes a lead instead of a row of a hundred.
struct FactChunk {
    /// The format written by encode(); a stored chunk of another format is built again.
    static constexpr int kFormat = 1;

    std::vector<FunnelLeadFact> leads;  ///< in id order
    std::vector<FunnelMoneyEvent> deals;
    std::vector<FunnelMoneyEvent> payments;

    std::string encode() const;

    /// Appends the facts a byte string holds to the three vectors; on bytes that are not a whole
    /// chunk of this format (damage, another format) leaves them as they were and returns false.
    static bool decode(std::span<const std::uint8_t> bytes, std::vector<FunnelLeadFact>& leads,
                       std::vector<FunnelMoneyEvent>& deals, std::vector<FunnelMoneyEvent>& payments);
};

}  // namespace fd::core
