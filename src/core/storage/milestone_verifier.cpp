#include "storage/milestone_verifier.h"

#include "storage/milestone_columns.h"
#include "storage/query.h"

#include <unordered_map>

namespace fd::core {

namespace {

void takeMin(OptTime& slot, qint64 value) {
    if (!slot || value < *slot) {
        slot = value;
    }
}

QString show(const OptTime& t) {
    return t ? QString::number(*t) : QStringLiteral("null");
}
QString show(const std::optional<bool>& b) {
    return b ? (*b ? QStringLiteral("1") : QStringLiteral("0")) : QStringLiteral("null");
}

}  // namespace

std::vector<MilestoneMismatch> MilestoneVerifier::verify(std::size_t maxReported) {
    std::unordered_map<Id, Milestones> stored;
    std::unordered_map<Id, Milestones> expected;
    {
        Query q(m_db, "SELECT id, " FD_MILESTONE_COLUMNS " FROM leads");
        q.exec();
        while (q.next()) {
            stored.emplace(q.i64(0), readMilestones(q, 1));
            expected.emplace(q.i64(0), Milestones{});
        }
    }
    {
        Query q(m_db, "SELECT lead_id, called_at, outcome FROM call_attempts");
        q.exec();
        while (q.next()) {
            const auto outcome = fromCode<CallOutcome>(q.text(2));
            if (outcome && reachedPerson(*outcome)) {
                takeMin(expected[q.i64(0)].firstContactAt, q.i64(1));
            }
        }
    }
    {
        Query q(m_db, "SELECT lead_id, booked_at, status, arrived_at, qualification FROM meetings");
        q.exec();
        while (q.next()) {
            Milestones& m = expected[q.i64(0)];
            takeMin(m.bookedAt, q.i64(1));
            if (fromCode<MeetingStatus>(q.text(2)) != MeetingStatus::Arrived) {
                continue;
            }
            const qint64 arrived = q.i64(3);
            takeMin(m.arrivedAt, arrived);
            if (q.isNull(4)) {
                continue;
            }
            const bool target = fromCode<Qualification>(q.text(4)) == Qualification::Target;
            m.isTarget = (m.isTarget && *m.isTarget) || target;
            if (target) {
                takeMin(m.targetAt, arrived);
            }
        }
    }
    std::unordered_map<Id, Id> dealLead;
    {
        Query q(m_db, "SELECT id, lead_id, signed_at, amount FROM deals");
        q.exec();
        while (q.next()) {
            dealLead.emplace(q.i64(0), q.i64(1));
            Milestones& m = expected[q.i64(1)];
            takeMin(m.soldAt, q.i64(2));
            m.contractAmount += q.i64(3);
        }
    }
    {
        Query q(m_db, "SELECT deal_id, paid_at, amount FROM payments");
        q.exec();
        while (q.next()) {
            Milestones& m = expected[dealLead.at(q.i64(0))];
            takeMin(m.firstPaidAt, q.i64(1));
            m.revenue += q.i64(2);
        }
    }

    std::vector<MilestoneMismatch> out;
    m_checked = static_cast<qint64>(stored.size());
    m_mismatched = 0;
    for (const auto& [id, s] : stored) {
        const Milestones& e = expected[id];
        if (s == e) {
            continue;
        }
        ++m_mismatched;
        auto report = [&](const char* field, const QString& sv, const QString& ev) {
            if (sv != ev && out.size() < maxReported) {
                out.push_back({id, QString::fromLatin1(field), sv, ev});
            }
        };
        report("first_contact_at", show(s.firstContactAt), show(e.firstContactAt));
        report("booked_at", show(s.bookedAt), show(e.bookedAt));
        report("arrived_at", show(s.arrivedAt), show(e.arrivedAt));
        report("is_target", show(s.isTarget), show(e.isTarget));
        report("target_at", show(s.targetAt), show(e.targetAt));
        report("sold_at", show(s.soldAt), show(e.soldAt));
        report("first_paid_at", show(s.firstPaidAt), show(e.firstPaidAt));
        report("contract_amount", QString::number(s.contractAmount), QString::number(e.contractAmount));
        report("revenue", QString::number(s.revenue), QString::number(e.revenue));
    }
    return out;
}

}  // namespace fd::core
