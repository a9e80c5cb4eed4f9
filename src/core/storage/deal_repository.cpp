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
    q.bind(":id", id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return readDeal(q);
}

std::vector<Deal> DealRepository::forLead(Id leadId) {
    Query q(m_db,
            "SELECT id, lead_id, meeting_id, manager_id, signed_at, amount, product, external_id FROM deals "
            "WHERE lead_id = :lead ORDER BY signed_at, id");
    q.bind(":lead", leadId).exec();
    std::vector<Deal> out;
    while (q.next()) {
        out.push_back(readDeal(q));
    }
    return out;
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
    q.bind(":deal", dealId).exec();
    std::vector<Payment> out;
    while (q.next()) {
        out.push_back(Payment{q.i64(0), q.i64(1), q.i64(2), Money{q.i64(3)},
                              fromCode<PaymentMethod>(q.text(4)).value_or(PaymentMethod::Cash), q.text(5)});
    }
    return out;
}

Money DealRepository::paidTotal(Id dealId) {
    Query q(m_db, "SELECT coalesce(sum(amount), 0) FROM payments WHERE deal_id = :deal");
    q.bind(":deal", dealId).exec();
    return Money{q.next() ? q.i64(0) : 0};
}

}  // namespace fd::core
