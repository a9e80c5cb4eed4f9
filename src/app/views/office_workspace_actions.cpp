#include "views/office_workspace.h"

#include "services/access_policy.h"

// The office workspace's actions on the selected meeting, follow-up or contract: each asks the
// services (through a dialog where the action needs details), then refreshes the lists and
// tells what was saved.

#include "dialogs/booking_dialog.h"
#include "dialogs/follow_up_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/lead_history.h"
#include "services/meeting_service.h"
#include "views/cash_desk_panel.h"
#include "views/follow_up_panel.h"
#include "views/office_day_panel.h"

#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace fd::app {

bool OfficeWorkspace::confirmMarkOnAnotherDay(const core::DeskMeeting& m, const QString& mark) {
    const qint64 now = m_clock();
    const QDate meetingDay = QDateTime::fromSecsSinceEpoch(m.scheduledAt, m_zone).date();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, m_zone).date();
    constexpr qint64 kFewHours = 3 * 3600;
    if (meetingDay == today && m.scheduledAt - now <= kFewHours) {
        return true;
    }
    const QString when = formatDateTime(m.scheduledAt, m_zone);
    const QString text =
        meetingDay == today
            ? tr("The meeting of %1 is at %2, more than three hours from now. Mark it as \"%3\" anyway? The "
                 "time "
                 "recorded is now.")
                  .arg(m.client, when, mark)
            : tr("The meeting of %1 is on %2, not today. Mark it as \"%3\" anyway? The time recorded is now.")
                  .arg(m.client, when, mark);
    QMessageBox box(QMessageBox::Question, tr("Meeting on another day"), text,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("&Mark anyway"));
    box.button(QMessageBox::No)->setText(tr("&Keep as it is"));
    return box.exec() == QMessageBox::Yes;
}

void OfficeWorkspace::run(const core::Status& status, const QString& message) {
    if (!status) {
        showError(status.error());
        return;
    }
    m_error->hide();
    refresh();
    Q_EMIT saved(message);
}

void OfficeWorkspace::markArrived() {
    markAttendance(core::MeetingStatus::Arrived);
}

void OfficeWorkspace::markNoShow() {
    markAttendance(core::MeetingStatus::NoShow);
}

void OfficeWorkspace::markAttendance(core::MeetingStatus mark) {
    const auto* m = m_day->selected();
    if (!m) {
        return;
    }
    const core::Id meeting = m->meetingId;  // the list may be reloaded while the question is open
    if (!confirmMarkOnAnotherDay(*m, meetingStatusName(mark))) {
        return;
    }
    const QString client = m->client;
    core::MeetingService service(m_db, m_clock);
    run(mark == core::MeetingStatus::Arrived ? service.markArrived(meeting, managerId())
                                             : service.markNoShow(meeting, managerId()),
        tr("%1 — %2").arg(capitalized(meetingStatusName(mark)), client));
}

void OfficeWorkspace::recordOutcome() {
    const auto* m = m_day->selected();
    if (!m) {
        return;
    }
    m_error->hide();
    if (m->status != core::MeetingStatus::Arrived || m->outcome) {
        showError(core::Error::make(
            core::ErrorCode::Conflict,
            m->outcome
                ? QT_TRANSLATE_NOOP("fd::core::Error", "The outcome of this meeting is already recorded.")
                : QT_TRANSLATE_NOOP("fd::core::Error",
                                    "Mark the client as arrived before recording the "
                                    "outcome."),
            {}, QStringLiteral("meeting")));
        return;
    }
    const QString client = m->client;
    OutcomeDialog dialog(m_db, m_clock, m->meetingId, managerId(), m->client, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT saved(tr("Outcome saved — %1").arg(client));
    }
}

void OfficeWorkspace::reschedule() {
    const auto* m = m_day->selected();
    if (!m) {
        return;
    }
    const core::Id meeting = m->meetingId;
    BookingDialog dialog(
        m_db, m_clock,
        [this, meeting](const core::BookingRequest& request) {
            return core::MeetingService(m_db, m_clock).reschedule(meeting, request, managerId());
        },
        tr("Reschedule the meeting"), officeId(), m->scheduledAt, this);
    dialog.allowCancel(
        [this, meeting] { return core::MeetingService(m_db, m_clock).cancel(meeting, managerId()); });
    const QString client = m->client;
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT saved(tr("Meeting moved — %1").arg(client));
    }
}

core::OptId OfficeWorkspace::paymentDeal() const {
    if (m_tabs->currentIndex() == CashTab) {
        const auto* d = m_cash->selectedDeal();
        return d ? core::OptId(d->dealId) : std::nullopt;
    }
    const auto* m = m_day->selected();
    if (!m) {
        return std::nullopt;
    }
    // The lead's latest contract with money still to come, else its latest contract.
    core::OptId found;
    if (const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, m->leadId)) {
        for (const core::Deal& d : h->deals) {
            found = d.id;
        }
    }
    return found;
}

void OfficeWorkspace::receivePayment() {
    const core::OptId deal = paymentDeal();
    if (!deal) {
        showError(
            core::Error::make(core::ErrorCode::NotFound,
                              QT_TRANSLATE_NOOP("fd::core::Error", "The client has no contract to pay for."),
                              {}, QStringLiteral("deal")));
        return;
    }
    PaymentDialog dialog(m_db, m_clock, *deal, managerId(), m_zone, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_error->hide();
        refresh();
        Q_EMIT saved(tr("Payment received — %1").arg(dialog.client()));
    }
}

void OfficeWorkspace::walkIn() {
    const core::OptId office = officeId();
    if (!office || !core::writable(m_db)) {
        return;
    }
    const core::OptId manager = managerId();
    NewLeadDialog dialog(
        m_db, m_clock, manager,
        [this, office, manager](const core::NewLead& in) {
            return core::MeetingService(m_db, m_clock).walkIn(in, *office, manager);
        },
        tr("Walk-in client"), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const auto d = core::OfficeDesk(m_db, m_clock).today(*office)) {
        const QSignalBlocker block(m_date);
        m_date->setDate(*d);
    }
    refresh();
    m_tabs->setCurrentIndex(DayTab);
    Q_EMIT saved(tr("Walk-in client saved"));
    if (dialog.savedId()) {
        const int row = m_day->model()->rowOfKey(QVariant(*dialog.savedId()));
        if (row >= 0) {
            m_day->view()->selectRow(row);
        }
    }
}

void OfficeWorkspace::followUp(FollowUpDialog::Action action) {
    const auto* f = m_followUps->selected();
    if (!f) {
        return;
    }
    const QString client = f->client;
    FollowUpDialog dialog(m_db, m_clock, *f, action, managerId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_error->hide();
        refresh();
        Q_EMIT saved(tr("Follow-up saved — %1").arg(client));
    }
}

void OfficeWorkspace::dataChanged(const core::DataChange& change) {
    // The day, the follow-ups and the cash desk show meetings, leads, tasks, deals and payments;
    // a meeting of another office does not change this one's day.
    static const QStringList shown{QStringLiteral("meetings"), QStringLiteral("leads"),
                                   QStringLiteral("tasks"), QStringLiteral("deals"),
                                   QStringLiteral("payments")};
    if (!shown.contains(change.table) || (change.officeId && officeId() && *change.officeId != *officeId())) {
        return;
    }
    rereadSoon([this] { refresh(); });
}

}  // namespace fd::app
