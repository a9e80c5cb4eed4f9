#pragma once

#include "services/operator_queue.h"
#include "services/service_context.h"
#include "views/workspace.h"

#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace fd::core {
class Database;
class MeetingService;
}  // namespace fd::core

namespace fd::app {

class MonthPanel;

class CallOutcomeBar;
class LeadCard;
class QueueModel;
class QueuePanel;

/// The call-center operator's screen for a whole shift: the queue (new leads, due
/// callbacks, meetings to confirm, no-shows to rebook) with live counts, the lead card, and
/// call outcomes on single keys — 1 no answer, 2 busy, 3 wrong number, 4 callback, 5
/// refused, 6 non-target, 7 book; 8 confirm, 9 reschedule, 0 cancel the meeting. After an
/// outcome is saved the next lead of the list opens.
class OperatorWorkspace final : public Workspace {
    Q_OBJECT

public:
    explicit OperatorWorkspace(core::Database& db, core::Clock clock = core::systemClock(),
                               QWidget* parent = nullptr);
    ~OperatorWorkspace() override;

    QString workspaceId() const override { return QStringLiteral("operator"); }
    QString title() const override;
    /// Loaded, with the person's month above the desk shown.
    bool isReady() const override;
    QWidget* keyTarget() override;
    void dataChanged(const core::DataChange& change) override;

    /// Remembers `who` (an operator's id or exact name) as the operator at this desk for the
    /// database, as if chosen on the first use of the workspace. False when there is no such
    /// active operator.
    static bool preselectOperator(core::Database& db, const QString& who);

    core::OptId operatorId() const { return m_operatorId; }
    void setOperator(core::Id id);
    void selectTab(core::QueueTab tab);
    core::QueueTab currentTab() const;
    /// Opens a lead in the card (from the list, a search or a new call).
    void openLead(core::Id leadId, core::OptId meetingId = std::nullopt);
    core::OptId currentLead() const { return m_leadId; }
    core::OptId currentMeeting() const { return m_meetingId; }
    /// Re-reads the counts and the current list, keeping the open lead.
    void refresh();

    void logOutcome(core::CallOutcome outcome);
    void showCallbackPanel();
    void showReasonPanel(core::CallOutcome outcome);
    void book();
    void confirmMeeting();
    void rescheduleMeeting();
    void cancelMeeting();
    void newLead();

    QTableView* queueView() const { return m_view; }
    QueueModel* queueModel() const { return m_model; }
    LeadCard* card() const { return m_card; }
    QTabBar* tabs() const { return m_tabs; }
    QDateTimeEdit* callbackEdit() const;
    QComboBox* reasonBox() const;
    QLineEdit* noteEdit() const;
    /// The message of the last refused action, empty when the last one succeeded.
    QString errorText() const;

private:
    void buildPicker(QWidget* page);
    void buildQueue(QWidget* page);
    /// Re-reads counts and the list; selects `keepLead`, or the lead after `after` (a lead
    /// just worked and its former row), or the first row.
    void loadList(core::OptId keepLead, std::optional<std::pair<core::Id, int>> after = std::nullopt);
    void rowChanged();
    void advanceFrom(core::Id leadId, int row);
    /// The client's name in that row of the list.
    QString clientAt(int row) const;
    void showError(const core::Error& error);
    void updateMeetingActions();
    void saveDetail();
    /// Applies a status change to the open meeting and moves on.
    void changeMeeting(core::Status (core::MeetingService::*change)(core::Id, core::OptId));

    core::Database& m_db;
    core::Clock m_clock;
    core::OptId m_operatorId;
    std::unique_ptr<core::OperatorQueue> m_queue;
    bool m_ready = false;
    core::OptId m_leadId;
    core::OptId m_meetingId;
    /// The lead last dialed from the card and when: its call attempt is logged at that moment.
    std::optional<std::pair<core::Id, qint64>> m_dialed;
    /// When the call to `lead` started, if it was dialed from here.
    core::OptTime dialedAt(core::Id lead) const;

    QStackedWidget* m_pages = nullptr;
    QListWidget* m_operators = nullptr;
    QLabel* m_who = nullptr;
    QPushButton* m_changeOperator = nullptr;
    QLabel* m_sla = nullptr;
    MonthPanel* m_month = nullptr;
    QueuePanel* m_queuePanel = nullptr;
    QTabBar* m_tabs = nullptr;  ///< the queue panel's
    QTableView* m_view = nullptr;
    QueueModel* m_model = nullptr;
    LeadCard* m_card = nullptr;
    CallOutcomeBar* m_bar = nullptr;
    QTimer* m_timer = nullptr;
};

}  // namespace fd::app
