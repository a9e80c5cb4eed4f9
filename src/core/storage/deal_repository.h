#pragma once

#include "domain/entities.h"

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// Deals (signed contracts) and the payments against them.
class DealRepository final {
public:
    explicit DealRepository(Database& db) : m_db(db) {}

    Id insertDeal(const Deal& deal);
    std::optional<Deal> deal(Id id);
    std::vector<Deal> forLead(Id leadId);

    Id insertPayment(const Payment& payment);
    std::vector<Payment> payments(Id dealId);
    Money paidTotal(Id dealId);

private:
    Database& m_db;
};

}  // namespace fd::core
