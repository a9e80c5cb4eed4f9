#pragma once

#include "dialogs/follow_up_dialog.h"
#include "services/office_desk.h"
#include "services/service_context.h"
#include "views/workspace.h"

#include <QTimeZone>

#include <functional>
#include <vector>

class QComboBox;
class QLayout;
class QDateEdit;
class QLabel;
class QShortcut;
class QTabWidget;
class QTableView;

namespace fd::core {
class Database;
}

namespace fd::app {

class MonthPanel;

class CashDeskPanel;
class FollowUpPanel;
class LeadCard;
class OfficeDayPanel;
class RowsModel;

/// The office manager's screen: the office, manager and day on top; the day's meetings
/// (OfficeDayPanel), the follow-up list (FollowUpPanel) and the cash desk (CashDeskPanel) in
/// tabs; the selected client's card beside them. The workspace wires the panels' keys to the
/// services and dialogs, and keeps their lists fresh.
class OfficeWorkspace final : public Workspace {
    Q_OBJECT

public:
    enum Tab { DayTab, FollowUpTab, CashTab };

    explicit OfficeWorkspace(core::Database& db, core::Clock clock = core::systemClock(),
                             QWidget* parent = nullptr);

    QString workspaceId() const override { return QStringLiteral("office"); }
    QString title() const override;
    /// Loaded, with the person's month above the desk shown.
    bool isReady() const override;
    QWidget* keyTarget() override;
    void dataChanged(const core::DataChange& change) override;

    void selectOffice(core::Id officeId);
    /// Selects the active office with this id or exact name; false when there is none.
    bool selectOfficeNamed(const QString& which);
    void selectDate(QDate day);
    void selectTab(Tab tab);
    /// Selects the day view's first client who came and has no outcome yet — in this office,
    /// else in another office today; false if there is none.
    bool selectAwaitingOutcome();
    /// Selects the cash desk's first contract with money outstanding; false if none.
    bool selectOutstandingDeal();
    /// Re-reads every list, keeping the selections.
    void refresh();

    void markArrived();
    void markNoShow();
    void recordOutcome();
    void reschedule();
    void receivePayment();
    void walkIn();
    void followUp(FollowUpDialog::Action action);

    QTableView* dayView() const;
    RowsModel* dayModel() const;
    QTableView* followUpView() const;
    RowsModel* followUpModel() const;
    QTableView* dealsView() const;
    RowsModel* dealsModel() const;
    RowsModel* cashModel() const;
    QLabel* cashTotal() const;
    LeadCard* card() const { return m_card; }
    QString errorText() const;
    core::OptId officeId() const;
    core::OptId managerId() const;
    /// The day shown.
    QDate day() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLayout* buildHeader();
    void connectPanels();
    void officeChanged();
    /// Reads the office's lists for the day into the panels; false (and the error shown) when
    /// the database refuses.
    bool loadLists(core::Id office);
    void showSelected();
    /// Selects the contract of the client worked on last in the day or follow-up list.
    void followWorkedLead();
    /// For a meeting not today or hours ahead: asks before marking it `mark`.
    void markAttendance(core::MeetingStatus mark);
    bool confirmMarkOnAnotherDay(const core::DeskMeeting& m, const QString& mark);
    void showError(const core::Error& error);
    /// The contract to take a payment for: the one selected in the cash desk, or the
    /// open contract of the lead selected in the day view.
    core::OptId paymentDeal() const;
    /// Shows the refusal, or refreshes the lists and tells what was saved.
    void run(const core::Status& status, const QString& message);

    core::Database& m_db;
    core::Clock m_clock;
    bool m_ready = false;
    std::vector<std::pair<QShortcut*, QWidget*>> m_tabKeys;  ///< a tab's keys, on while it is shown
    core::OptId m_workedLead;  ///< the client of the meeting or follow-up selected last
    bool m_stale = true;       ///< the lists wait for the workspace to be shown

    QComboBox* m_office = nullptr;
    QComboBox* m_manager = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_zoneNote = nullptr;  ///< the office's offset when it is not the computer's
    QTimeZone m_zone;              ///< the office's: its day and every time shown
    MonthPanel* m_month = nullptr;
    QTabWidget* m_tabs = nullptr;
    OfficeDayPanel* m_day = nullptr;
    FollowUpPanel* m_followUps = nullptr;
    CashDeskPanel* m_cash = nullptr;
    LeadCard* m_card = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
