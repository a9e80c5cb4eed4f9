#include "storage/deal_repository.h"

#include "storage/query.h"

namespace fd::core {

namespace {

Deal readDeal(const Query& q) {
    Deal d;
    d.id = q.i64(0);
    d.leadId = q.i64(1);
    d.meetingId = q.optI64(2);
    d.managerId = q.optI64(3);
    d.signedAt = q.i64(4);
    if (const auto a = q.optI64(5)) {
        d.amount = Money{*a};
    }
    d.product = q.text(6);
    d.externalId = q.text(7);
    return d;
}

}  // namespace

Id DealRepository::insertDeal(const Deal& d) {
    Query q(m_db,
            "INSERT INTO deals(lead_id, meeting_id, manager_id, signed_at, amount, product, external_id) "
            "VALUES (:lead, :meeting, :manager, :signed, :amount, :product, :external) RETURNING id");
    q.bind(":lead", d.leadId).bind(":meeting", d.meetingId).bind(":manager", d.managerId);
    q.bind(":signed", d.signedAt).bind(":amount", d.amount ? OptTime(d.amount->kopecks) : std::nullopt);
    q.bind(":product", d.product).bindText(":external", d.externalId);
    return q.insert();
}

std::optional<Deal> DealRepository::deal(Id id) {
    Query q(m_db,
            "SELECT id, lead_id, meeting_id, manager_id, signed_at, amount, product, external_id FROM deals "
            "WHERE id = :id");
    q.bind(":id", id);
    return q.one(readDeal);
}

std::vector<Deal> DealRepository::forLead(Id leadId) {
    Query q(m_db,
            "SELECT id, lead_id, meeting_id, manager_id, signed_at, amount, product, external_id FROM deals "
            "WHERE lead_id = :lead ORDER BY signed_at, id");
    q.bind(":lead", leadId);
    return q.all(readDeal);
}

Id DealRepository::insertPayment(const Payment& p) {
    Query q(m_db,
            "INSERT INTO payments(deal_id, paid_at, amount, method, external_id) "
            "VALUES (:deal, :paid, :amount, :method, :external) RETURNING id");
    q.bind(":deal", p.dealId).bind(":paid", p.paidAt).bind(":amount", p.amount.kopecks);
    q.bind(":method", toCode(p.method)).bindText(":external", p.externalId);
    return q.insert();
}

std::vector<Payment> DealRepository::payments(Id dealId) {
    Query q(m_db,
            "SELECT id, deal_id, paid_at, amount, method, external_id FROM payments WHERE deal_id = :deal "
            "ORDER BY paid_at, id");
    q.bind(":deal", dealId);
    return q.all([](const Query& r) {
        return Payment{r.i64(0),
                       r.i64(1),
                       r.i64(2),
                       Money{r.i64(3)},
                       fromCode<PaymentMethod>(r.text(4)).value_or(PaymentMethod::Cash),
                       r.text(5)};
    });
}

Money DealRepository::paidTotal(Id dealId) {
    Query q(m_db, "SELECT coalesce(sum(amount), 0) FROM payments WHERE deal_id = :deal");
    q.bind(":deal", dealId).exec();
    return Money{q.next() ? q.i64(0) : 0};
}

std::optional<Id> DealRepository::dealByExternalId(const QString& externalId) {
    Query q(m_db, "SELECT id FROM deals WHERE external_id = :external");
    q.bind(":external", externalId).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

std::optional<Id> DealRepository::dealSignedAt(Id leadId, qint64 signedAt) {
    Query q(m_db, "SELECT id FROM deals WHERE lead_id = :lead AND signed_at = :signed ORDER BY id LIMIT 1");
    q.bind(":lead", leadId).bind(":signed", signedAt).exec();
    return q.next() ? std::optional<Id>(q.i64(0)) : std::nullopt;
}

bool DealRepository::paymentExists(Id dealId, qint64 paidAt, Money amount, PaymentMethod method) {
    Query q(m_db,
            "SELECT EXISTS (SELECT 1 FROM payments WHERE deal_id = :deal AND paid_at = :paid AND amount = "
            ":amount "
            "AND method = :method)");
    q.bind(":deal", dealId)
        .bind(":paid", paidAt)
        .bind(":amount", amount.kopecks)
        .bind(":method", toCode(method))
        .exec();
    return q.next() && q.i64(0) != 0;
}

}  // namespace fd::core
