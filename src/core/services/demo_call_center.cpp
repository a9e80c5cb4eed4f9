#include "services/demo_simulation.h"

#include <QDateTime>

#include <algorithm>

namespace fd::core::demo {

void Simulation::workLead(Id leadId, std::size_t channel, std::size_t op, qint64 createdAt) {
    const ChannelProfile& ch = channelProfiles()[channel];
    const OperatorProfile& operatorProfile = operatorProfiles()[op];
    const Id operatorId = m_operatorIds[op];
    qint64 t = callCenterTime(
        createdAt + static_cast<qint64>(m_rng.exponential(operatorProfile.firstCallMinutes) * 60) + 30);
    int callbacks = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (done(t)) {
            return;
        }
        m_now = t;
        CallInput call;
        call.leadId = leadId;
        call.operatorId = operatorId;
        if (!m_rng.chance(ch.reach)) {
            call.outcome = m_rng.chance(ch.wrongNumber / (1 - ch.reach))
                               ? CallOutcome::WrongNumber
                               : (m_rng.chance(0.75) ? CallOutcome::NoAnswer : CallOutcome::Busy);
            if (m_desk->logCall(call)) {
                ++m_summary.calls;
            }
            if (call.outcome == CallOutcome::WrongNumber) {
                return;
            }
            if (attempt == 4) {
                m_now = t + 60;
                (void)m_desk->disqualify(leadId, reasonId("cc_unreachable"), operatorId);
                return;
            }
            t = callCenterTime(t + m_rng.range(2 * kHour, 26 * kHour));
            continue;
        }
        const double pNonTarget = ch.ccNonTarget;
        const double pBook = std::min(0.9, ch.book * operatorProfile.book);
        const double pCallback = callbacks == 0 ? 0.18 : 0.0;
        const double u = m_rng.unit();
        if (u < pNonTarget) {
            call.outcome = CallOutcome::NonTarget;
            call.reasonId = reasonId(m_rng.chance(0.6) ? "cc_no_problem" : "cc_other_region");
            if (m_desk->logCall(call)) {
                ++m_summary.calls;
            }
            return;
        }
        if (u < pNonTarget + pBook) {
            if (const auto meeting = book(leadId, op, t, std::nullopt)) {
                meetingFlow(*meeting, channel, op, t, 0);
            }
            return;
        }
        if (u < pNonTarget + pBook + pCallback) {
            call.outcome = CallOutcome::Callback;
            call.callbackAt = callCenterTime(t + m_rng.range(kHour, 3 * kDay));
            if (m_desk->logCall(call)) {
                ++m_summary.calls;
            }
            ++callbacks;
            t = *call.callbackAt + m_rng.range(0, 30 * 60);
            --attempt;
            continue;
        }
        static const std::vector<const char*> refusals{"cc_expensive", "cc_changed_mind", "cc_competitor",
                                                       "cc_no_request"};
        call.outcome = CallOutcome::Refused;
        call.reasonId = reasonId(m_rng.pick(refusals));
        if (m_desk->logCall(call)) {
            ++m_summary.calls;
        }
        return;
    }
}

std::optional<Id> Simulation::book(Id leadId, std::size_t op, qint64 at, std::optional<Id> rescheduleOf) {
    std::vector<double> officeWeights;
    for (const OfficeProfile& o : officeProfiles()) {
        officeWeights.push_back(o.weight);
    }
    const std::size_t officeIndex = m_rng.weighted(officeWeights);
    const OfficeProfile& office = officeProfiles()[officeIndex];
    const QTimeZone& zone = m_officeZones[officeIndex];
    const QDate today = QDateTime::fromSecsSinceEpoch(at, zone).date();
    const int slotCount = (office.end - office.start) / 60;
    const OptId manager =
        m_rng.chance(0.5) ? OptId(m_managerIds[officeIndex * 2 + static_cast<std::size_t>(m_rng.range(0, 1))])
                          : std::nullopt;
    for (qint64 offset = m_rng.range(1, 3); offset < 15; ++offset) {
        const QDate day = today.addDays(offset);
        if ((office.days & (1 << (day.dayOfWeek() - 1))) == 0) {
            continue;
        }
        const qint64 firstSlot = m_rng.range(0, slotCount - 1);
        for (qint64 k = 0; k < slotCount; ++k) {
            const int minute = office.start + static_cast<int>((firstSlot + k) % slotCount) * 60;
            BookingRequest request;
            request.officeId = m_officeIds[officeIndex];
            request.scheduledAt = QDateTime(day, QTime(minute / 60, minute % 60), zone).toSecsSinceEpoch();
            request.managerId = manager;
            m_now = at;
            Result<Id> booked = Error{};
            if (rescheduleOf) {
                booked = m_desk->reschedule(*rescheduleOf, request, m_operatorIds[op]);
            } else {
                CallInput call;
                call.leadId = leadId;
                call.operatorId = m_operatorIds[op];
                call.outcome = CallOutcome::Booked;
                call.booking = request;
                booked = m_desk->logCall(call);  // the meeting it booked
                if (booked) {
                    ++m_summary.calls;
                }
            }
            if (booked) {
                ++m_summary.meetings;
                return *booked;
            }
            if (booked.error().code != ErrorCode::SlotFull &&
                booked.error().code != ErrorCode::OutsideHours) {
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

}  // namespace fd::core::demo
