#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <functional>
#include <optional>

namespace fd::core {

struct DealInput {
    Id leadId = 0;
    OptId meetingId;  ///< default: the lead's latest arrived meeting
    OptId managerId;
    qint64 signedAt = 0;
    std::optional<Money> amount;  ///< empty: a sale of unknown amount
    QString product;
    QString externalId;
    OptId actorId;
};

struct PaymentInput {
    Id dealId = 0;
    qint64 paidAt = 0;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    bool allowOverpayment = false;  ///< accept more than is outstanding, explicitly
    QString externalId;
    OptId actorId;
};

/// The deal and the payment an input makes at `at` (without their ids); `meetingId`: the
/// meeting the deal is signed on.
Deal dealOf(const DealInput& in, OptId meetingId, qint64 at);
Payment paymentOf(const PaymentInput& in, qint64 at);
/// Whether a payment fits what is still owed on a contract of `contract` (none: any fits), unless
/// marked as an overpayment; `paidSoFar` is asked only when it matters.
Status checkPaymentFits(const PaymentInput& in, const std::optional<Money>& contract,
                        const std::function<Money()>& paidSoFar);

/// Sales and the cash desk.
class DealService final {
public:
    explicit DealService(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    Result<Id> addDeal(const DealInput& input);
    Result<Id> addPayment(const PaymentInput& input);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
