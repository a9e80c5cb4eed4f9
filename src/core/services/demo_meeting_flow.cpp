#include "services/demo_simulation.h"

#include <algorithm>
#include <cmath>

namespace fd::core::demo {

// A booked meeting from the call the day before to the outcome, the deal and its payments.
// The stages are separate functions, but they run and draw from the generator strictly one
// after another: any change in the order of the draws changes the rest of the history.

void Simulation::meetingFlow(Id meetingId, std::size_t channel, std::size_t op, qint64 bookedAt, int depth) {
    const MeetingVisit visit{meetingId, m_desk->meeting(meetingId), channel, op, depth};
    const std::optional<bool> confirmed = callDayBefore(visit, bookedAt);
    if (!confirmed) {
        return;  // cancelled, or moved to a slot that went through its own flow
    }
    const ChannelProfile& ch = channelProfiles()[channel];
    const OperatorProfile& opProfile = operatorProfiles()[op];
    const Meeting& meeting = visit.meeting;
    const qint64 slot = meeting.scheduledAt;
    const std::size_t officeIndex = static_cast<std::size_t>(
        std::find(m_officeIds.begin(), m_officeIds.end(), meeting.officeId) - m_officeIds.begin());
    if (done(slot + 3 * kHour)) {
        meetingAtHistoryEnd(visit, officeIndex);
        return;
    }
    const Id manager = meeting.managerId
                           ? *meeting.managerId
                           : m_managerIds[officeIndex * 2 + static_cast<std::size_t>(m_rng.range(0, 1))];
    const double pShow = std::min(0.95, ch.show * opProfile.show + (*confirmed ? 0.06 : -0.08));
    if (!m_rng.chance(pShow)) {
        noShow(visit, manager);
        return;
    }
    m_now = slot + m_rng.range(-10 * 60, 15 * 60);
    if (!m_desk->markArrived(meetingId, manager)) {
        return;
    }
    ++m_summary.arrivals;
    concludeMeeting(visit, manager, m_now);
}

std::optional<bool> Simulation::callDayBefore(const MeetingVisit& visit, qint64 bookedAt) {
    const Id operatorId = m_operatorIds[visit.op];
    bool confirmed = false;
    const qint64 dayBefore = std::max(bookedAt + 600, visit.meeting.scheduledAt - 20 * kHour);
    if (!done(dayBefore)) {
        m_now = dayBefore;
        const double u = m_rng.unit();
        if (u < 0.04) {
            (void)m_desk->cancel(visit.id, operatorId);
            m_now = dayBefore + 60;
            (void)m_desk->disqualify(visit.meeting.leadId, reasonId("cc_changed_mind"), operatorId);
            return std::nullopt;
        }
        if (u < 0.10 && visit.depth < 2) {
            if (const auto moved = book(visit.meeting.leadId, visit.op, dayBefore, visit.id)) {
                meetingFlow(*moved, visit.channel, visit.op, dayBefore, visit.depth + 1);
            }
            return std::nullopt;
        }
        if (m_rng.chance(0.75)) {
            confirmed = static_cast<bool>(m_desk->confirm(visit.id, operatorId));
        }
    }
    return confirmed;
}

void Simulation::meetingAtHistoryEnd(const MeetingVisit& visit, std::size_t officeIndex) {
    // Still ahead, or not marked yet today. Every other client whose meeting began in
    // the last hours has come and is still in the office: arrived, no outcome yet. (No
    // random draw here, so the rest of the history does not depend on where it ends.)
    const qint64 slot = visit.meeting.scheduledAt;
    if (!done(slot + 10 * 60) && visit.id % 2 == 0) {
        m_now = slot + 5 * 60;
        (void)m_desk->markArrived(
            visit.id, visit.meeting.managerId ? *visit.meeting.managerId : m_managerIds[officeIndex * 2]);
    }
}

void Simulation::noShow(const MeetingVisit& visit, Id manager) {
    const qint64 slot = visit.meeting.scheduledAt;
    m_now = slot + m_rng.range(kHour, 3 * kHour);
    if (!m_desk->markNoShow(visit.id, manager)) {
        return;
    }
    // Half of the no-shows are called again and rebooked.
    if (visit.depth < 2 && m_rng.chance(0.5)) {
        const qint64 t = callCenterTime(slot + m_rng.range(20 * kHour, 50 * kHour));
        if (!done(t)) {
            if (const auto again = book(visit.meeting.leadId, visit.op, t, std::nullopt)) {
                meetingFlow(*again, visit.channel, visit.op, t, visit.depth + 1);
            }
        }
    }
}

void Simulation::concludeMeeting(const MeetingVisit& visit, Id manager, qint64 arrivedAt) {
    OutcomeInput outcome = judgeClient(visit, manager);
    std::vector<double> productWeights;
    for (const Product& p : products()) {
        productWeights.push_back(p.weight);
    }
    const Product& product = products()[m_rng.weighted(productWeights)];
    const qint64 amount =
        std::llround(static_cast<double>(product.rubles) * (0.9 + 0.25 * m_rng.unit()) / 1000.0) * 1000 * 100;
    m_now = arrivedAt + m_rng.range(40 * 60, 90 * 60);
    const qint64 outcomeAt = m_now;
    if (outcome.outcome == MeetingOutcome::Sale) {
        outcome.dealAmount = Money{amount};
        outcome.product = s(product.name);
    } else if (outcome.outcome == MeetingOutcome::Thinking) {
        outcome.followUpDue = outcomeAt + m_rng.range(2, 7) * kDay;
    }
    const Result<OptId> recorded = m_desk->recordOutcome(outcome);
    if (!recorded) {
        return;
    }
    if (outcome.outcome == MeetingOutcome::Sale) {
        ++m_summary.deals;
        addPayments(**recorded, outcomeAt, amount);
    } else if (outcome.outcome == MeetingOutcome::Thinking) {
        followUp(visit, manager, *outcome.followUpDue, product, amount);
    }
}

OutcomeInput Simulation::judgeClient(const MeetingVisit& visit, Id manager) {
    const ChannelProfile& ch = channelProfiles()[visit.channel];
    const OperatorProfile& opProfile = operatorProfiles()[visit.op];
    const double close = managerProfiles()[static_cast<std::size_t>(
                                               std::find(m_managerIds.begin(), m_managerIds.end(), manager) -
                                               m_managerIds.begin())]
                             .close;

    OutcomeInput outcome;
    outcome.meetingId = visit.id;
    outcome.actorId = manager;
    const bool target = m_rng.chance(std::min(0.95, ch.target * opProfile.target));
    if (!target) {
        const double q = m_rng.unit();
        outcome.qualification = q < 0.5
                                    ? Qualification::Insolvent
                                    : (q < 0.75 ? Qualification::Problematic : Qualification::OutOfProfile);
        if (m_rng.chance(0.85)) {
            outcome.outcome = MeetingOutcome::NonTarget;
            outcome.reasonId =
                reasonId(outcome.qualification == Qualification::Insolvent     ? "of_insolvent"
                         : outcome.qualification == Qualification::Problematic ? "of_problematic"
                                                                               : "of_out_of_profile");
        } else {
            outcome.outcome = MeetingOutcome::Refused;
            outcome.reasonId = reasonId("of_expensive");
        }
    } else {
        outcome.qualification = Qualification::Target;
        if (m_rng.chance(close)) {
            outcome.outcome = MeetingOutcome::Sale;
        } else if (m_rng.chance(0.55)) {
            outcome.outcome = MeetingOutcome::Thinking;
        } else {
            outcome.outcome = MeetingOutcome::Refused;
            outcome.reasonId = reasonId(m_rng.chance(0.6) ? "of_expensive" : "of_competitor");
        }
    }
    return outcome;
}

void Simulation::followUp(const MeetingVisit& visit, Id manager, qint64 followUpDue, const Product& product,
                          qint64 amountKopecks) {
    if (m_rng.chance(0.45)) {
        // Follow-up ("дожим") closes days later, on the original meeting.
        const qint64 saleAt = officeTime(followUpDue + m_rng.range(0, 4 * kDay));
        if (!done(saleAt)) {
            m_now = saleAt;
            DealInput deal;
            deal.leadId = visit.meeting.leadId;
            deal.meetingId = visit.id;
            deal.managerId = manager;
            deal.signedAt = saleAt;
            deal.amount = Money{amountKopecks};
            deal.product = s(product.name);
            deal.actorId = manager;
            if (Result<Id> id = m_desk->addDeal(deal)) {
                ++m_summary.deals;
                addPayments(*id, saleAt, amountKopecks);
            }
        }
    } else if (m_rng.chance(0.5)) {
        const qint64 lostAt = followUpDue + 2 * kDay;
        if (!done(lostAt)) {
            m_now = lostAt;
            (void)m_desk->disqualify(visit.meeting.leadId, reasonId("of_thinking_lost"), manager);
        }
    }
}

void Simulation::addPayments(Id dealId, qint64 signedAt, qint64 amountKopecks) {
    static const std::vector<PaymentMethod> methods{PaymentMethod::Card, PaymentMethod::Cash,
                                                    PaymentMethod::Transfer};
    std::vector<std::pair<qint64, qint64>> plan;  // (time, kopecks)
    if (m_rng.chance(0.4)) {
        plan.emplace_back(officeTime(signedAt + m_rng.range(0, 2 * kHour)), amountKopecks);
    } else {
        // Installments: a first payment of 30–50 %, the rest monthly.
        const qint64 parts = m_rng.range(2, 5);
        const qint64 first = amountKopecks * m_rng.range(30, 50) / 100 / 100000 * 100000;
        plan.emplace_back(officeTime(signedAt + m_rng.range(0, 2 * kHour)), first);
        const qint64 rest = amountKopecks - first;
        const qint64 each = rest / parts / 100 * 100;
        for (qint64 i = 1; i <= parts; ++i) {
            plan.emplace_back(officeTime(signedAt + i * 30 * kDay + m_rng.range(-3 * kDay, 5 * kDay)),
                              i == parts ? rest - each * (parts - 1) : each);
        }
    }
    for (const auto& [at, kopecks] : plan) {
        if (done(at) || m_rng.chance(0.03)) {
            return;  // not yet due, or the client stopped paying
        }
        m_now = at;
        PaymentInput p;
        p.dealId = dealId;
        p.paidAt = at;
        p.amount = Money{kopecks};
        p.method = m_rng.pick(methods);
        if (m_desk->addPayment(p)) {
            ++m_summary.payments;
        }
    }
}

}  // namespace fd::core::demo
