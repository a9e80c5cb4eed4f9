#include "views/operator_workspace.h"

#include "services/access_policy.h"

// The call center's actions that go through a dialog or change a meeting: booking, the new
// lead from a call, and confirming, moving or cancelling the open lead's meeting (with undo).

#include "dialogs/booking_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "models/queue_model.h"
#include "services/lead_history.h"
#include "services/lead_service.h"
#include "services/meeting_correction.h"
#include "services/meeting_service.h"
#include "views/call_outcome_bar.h"

#include <QMessageBox>
#include <QTableView>

namespace fd::app {

void OperatorWorkspace::book() {
    if (!m_leadId || !m_operatorId) {
        return;
    }
    m_bar->clearError();
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString note = m_bar->note();
    BookingDialog dialog(
        m_db, m_clock,
        [this, lead, note](const core::BookingRequest& request) -> core::Result<core::Id> {
            core::CallInput in;
            in.leadId = lead;
            in.operatorId = *m_operatorId;
            in.outcome = core::CallOutcome::Booked;
            in.at = dialedAt(lead);
            in.booking = request;
            in.note = note;
            return core::LeadService(m_db, m_clock).logCall(in);
        },
        tr("Book a meeting"), std::nullopt, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString client = clientAt(row);
        advanceFrom(lead, row);
        Q_EMIT saved(tr("Meeting booked — %1").arg(client));
    }
}

void OperatorWorkspace::changeMeeting(core::Status (core::MeetingService::*change)(core::Id, core::OptId)) {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString client = clientAt(row);
    const core::Id meeting = *m_meetingId;
    // What the meeting was, for the undo of a cancellation.
    core::MeetingStatus before = core::MeetingStatus::Scheduled;
    if (const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, lead)) {
        for (const core::Meeting& m : h->meetings) {
            before = m.id == meeting ? m.status : before;
        }
    }
    core::MeetingService meetings(m_db, m_clock);
    const core::Status done = (meetings.*change)(meeting, m_operatorId);
    if (!done) {
        showError(done.error());
        return;
    }
    advanceFrom(lead, row);
    const bool confirmed = change == &core::MeetingService::confirm;
    const core::OptId op = m_operatorId;
    const Undo undo = [this, meeting, op, confirmed, before]() -> core::Status {
        core::MeetingCorrection correction(m_db, m_clock);
        const core::Status s =
            confirmed ? correction.undoConfirm(meeting, op) : correction.undoCancel(meeting, before, op);
        if (s) {
            refresh();
        }
        return s;
    };
    Q_EMIT saved(
        confirmed ? tr("Meeting confirmed — %1").arg(client) : tr("Meeting cancelled — %1").arg(client),
        undo);
}

void OperatorWorkspace::confirmMeeting() {
    changeMeeting(&core::MeetingService::confirm);
}

void OperatorWorkspace::rescheduleMeeting() {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    m_bar->clearError();
    const core::Id meeting = *m_meetingId;
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    core::OptId office;
    core::OptTime current;
    core::Result<core::LeadHistory> history = core::loadLeadHistory(m_db, lead);
    if (history) {
        for (const core::Meeting& m : history->meetings) {
            if (m.id == meeting) {
                office = m.officeId;
                current = m.scheduledAt;
            }
        }
    }
    BookingDialog dialog(
        m_db, m_clock,
        [this, meeting](const core::BookingRequest& request) {
            return core::MeetingService(m_db, m_clock).reschedule(meeting, request, m_operatorId);
        },
        tr("Reschedule the meeting"), office, current, this);
    dialog.allowCancel(
        [this, meeting] { return core::MeetingService(m_db, m_clock).cancel(meeting, m_operatorId); });
    if (dialog.exec() == QDialog::Accepted) {
        const QString client = clientAt(row);
        advanceFrom(lead, row);
        Q_EMIT saved(tr("Meeting moved — %1").arg(client));
    }
}

void OperatorWorkspace::cancelMeeting() {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Cancel meeting"),
            tr("Cancel the client's meeting? The seat becomes free and the lead goes back to the "
               "call center.")) != QMessageBox::Yes) {
        return;
    }
    changeMeeting(&core::MeetingService::cancel);
}

void OperatorWorkspace::newLead() {
    if (!m_operatorId || !core::writable(m_db)) {
        return;
    }
    const core::Id op = *m_operatorId;
    NewLeadDialog dialog(
        m_db, m_clock, op,
        [this, op](core::NewLead in) -> core::Result<core::Id> {
            in.operatorId = op;
            core::Result<core::CreatedLead> created = core::LeadService(m_db, m_clock).createLead(in);
            if (!created) {
                return created.error();
            }
            return created->leadId;
        },
        tr("New lead from a call"), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const core::OptId lead = dialog.existingId() ? dialog.existingId() : dialog.savedId();
    if (!lead) {
        return;
    }
    loadList(std::nullopt);
    const int row = m_model->rowOfLead(*lead);
    if (row >= 0) {
        m_view->selectRow(row);
    } else {
        m_view->clearSelection();
    }
    openLead(*lead);
    m_view->setFocus();
    if (dialog.savedId()) {
        const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, *lead);
        Q_EMIT saved(tr("New lead saved — %1")
                         .arg(h && !h->contact.name.isEmpty() ? h->contact.name : tr("(no name)")));
    }
}

void OperatorWorkspace::dataChanged(const core::DataChange& change) {
    // A lead taken by another operator leaves this queue; a booking fills a slot.
    static const QStringList shown{QStringLiteral("leads"), QStringLiteral("call_attempts"),
                                   QStringLiteral("tasks"), QStringLiteral("meetings")};
    if (shown.contains(change.table)) {
        rereadSoon([this] { refresh(); });
    }
}

}  // namespace fd::app
