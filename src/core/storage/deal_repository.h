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
    std::optional<Id> dealByExternalId(const QString& externalId);
    /// The lead's deal signed at exactly `signedAt` (how an import without ids knows a row it wrote).
    std::optional<Id> dealSignedAt(Id leadId, qint64 signedAt);

    Id insertPayment(const Payment& payment);
    std::vector<Payment> payments(Id dealId);
    Money paidTotal(Id dealId);
    bool paymentExists(Id dealId, qint64 paidAt, Money amount, PaymentMethod method);

private:
    Database& m_db;
};

}  // namespace fd::core
