#include "services/demo_desk.h"

#include "storage/deal_repository.h"
#include "storage/meeting_repository.h"

namespace fd::core::demo {

Result<Id> ServiceDesk::logCall(const CallInput& in) {
    Result<Id> logged = m_leads.logCall(in);
    if (!logged || in.outcome != CallOutcome::Booked) {
        return logged;
    }
    return MeetingRepository(m_db).pendingForLead(in.leadId).value().id;
}

Result<OptId> ServiceDesk::recordOutcome(const OutcomeInput& in) {
    if (Status st = m_meetings.recordOutcome(in); !st) {
        return st.error();
    }
    if (in.outcome != MeetingOutcome::Sale) {
        return OptId{};
    }
    return OptId{
        DealRepository(m_db).forLead(MeetingRepository(m_db).meeting(in.meetingId)->leadId).back().id};
}

Meeting ServiceDesk::meeting(Id meetingId) {
    return MeetingRepository(m_db).meeting(meetingId).value();
}

}  // namespace fd::core::demo
