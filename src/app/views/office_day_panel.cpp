#include "views/office_day_panel.h"

#include "formatting.h"
#include "models/rows_model.h"
#include "widgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

namespace {

/// The status, or once the client came, the outcome — with the qualification when it is not
/// target (that is what re-scores the operator).
QString meetingState(const core::DeskMeeting& m) {
    if (!m.outcome) {
        return meetingStatusName(m.status);
    }
    QString text = meetingOutcomeName(*m.outcome);
    if (m.qualification && *m.qualification != core::Qualification::Target) {
        text += QStringLiteral(" (") + qualificationName(*m.qualification) + QLatin1Char(')');
    }
    return text;
}

RowTone toneOf(const core::DeskMeeting& m) {
    if (m.status == core::MeetingStatus::Arrived) {
        return m.outcome ? RowTone::Done : RowTone::Awaiting;
    }
    if (m.status != core::MeetingStatus::Scheduled && m.status != core::MeetingStatus::Confirmed) {
        return RowTone::Closed;
    }
    return RowTone::Plain;
}

}  // namespace

OfficeDayPanel::OfficeDayPanel(QWidget* keyHost, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_flagged = new QLabel(this);
    m_flagged->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e8c66a; padding: 4px; }"));
    m_flagged->setWordWrap(true);
    m_flagged->hide();
    m_model = new RowsModel(
        {tr("Time"), tr("Client"), tr("Phone"), tr("Booked by"), tr("Manager"), tr("Status")}, this);
    m_view = makeListView(this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {80, 160, 125, 130, 120};
    for (int c = 0; c < 5; ++c) {
        m_view->setColumnWidth(c, widths[c]);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficeDayPanel::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &OfficeDayPanel::outcomePressed);
    auto* buttons = new QHBoxLayout;
    const std::pair<QString, QString> actions[] = {{QStringLiteral("A"), tr("Arrived")},
                                                   {QStringLiteral("N"), tr("No-show")},
                                                   {QStringLiteral("O"), tr("Outcome…")},
                                                   {QStringLiteral("R"), tr("Reschedule…")},
                                                   {QStringLiteral("P"), tr("Payment…")}};
    void (OfficeDayPanel::*const pressed[])() = {
        &OfficeDayPanel::arrivedPressed, &OfficeDayPanel::noShowPressed, &OfficeDayPanel::outcomePressed,
        &OfficeDayPanel::reschedulePressed, &OfficeDayPanel::paymentPressed};
    for (std::size_t i = 0; i < std::size(actions); ++i) {
        const KeyButton b = makeKeyButton(this, keyHost, actions[i].first, actions[i].second);
        connect(b.button, &QPushButton::clicked, this, pressed[i]);
        buttons->addWidget(b.button);
        m_keys.push_back(b.shortcut);
    }
    layout->addWidget(m_flagged);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void OfficeDayPanel::setMeetings(const std::vector<core::DeskMeeting>& unmarked,
                                 const std::vector<core::DeskMeeting>& day, const QTimeZone& zone,
                                 qint64 now) {
    m_meetings = unmarked;
    QSet<core::Id> seen;
    for (const core::DeskMeeting& m : m_meetings) {
        seen.insert(m.meetingId);
    }
    for (const core::DeskMeeting& m : day) {
        if (!seen.contains(m.meetingId)) {
            m_meetings.push_back(m);
        }
    }
    std::vector<RowsModel::Row> rows;
    for (std::size_t i = 0; i < m_meetings.size(); ++i) {
        const core::DeskMeeting& m = m_meetings[i];
        const bool isFlagged = i < unmarked.size();
        RowsModel::Row r;
        r.cells = {isFlagged ? formatWhen(m.scheduledAt, now, zone) : formatTime(m.scheduledAt, zone),
                   m.client.isEmpty() ? tr("(no name)") : m.client,
                   m.phoneE164.isEmpty() ? m.phoneRaw : formatPhone(m.phoneE164),
                   m.bookedBy.isEmpty() ? tr("walk-in") : m.bookedBy,
                   m.manager,
                   isFlagged ? tr("not marked") : meetingState(m)};
        r.key = m.meetingId;
        r.flagged = isFlagged;
        r.tone = isFlagged ? RowTone::Unmarked : toneOf(m);
        if (isFlagged) {
            r.toolTip = tr("The meeting's time has passed and nobody marked whether the client came.");
        }
        rows.push_back(std::move(r));
    }
    m_model->setRows(std::move(rows));
    const auto flaggedCount = static_cast<int>(unmarked.size());
    m_flagged->setVisible(flaggedCount > 0);
    m_flagged->setText(
        tr("%n meeting(s) passed without a mark whether the client came: at the top of the list.", nullptr,
           flaggedCount));
}

const core::DeskMeeting* OfficeDayPanel::selected() const {
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_meetings.size()) ? &m_meetings[static_cast<std::size_t>(row)]
                                                                 : nullptr;
}

}  // namespace fd::app
