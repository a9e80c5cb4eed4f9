#pragma once

#include "services/lead_service.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace fd::core {
class Database;
}

namespace fd::app {

class SlotGridModel;

/// Picks an office slot for a meeting on the office's slot grid (a day or a week, each slot
/// with its seats taken of its capacity), optionally with a manager, and hands the choice to
/// `submit` — booking through a call, or rescheduling. The service decides; a refusal (a
/// full slot, closed hours) is shown under the grid and nothing is written.
class BookingDialog final : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<core::Result<core::Id>(const core::BookingRequest&)>;

    BookingDialog(core::Database& db, core::Clock clock, Submit submit, const QString& title,
                  core::OptId officeId = std::nullopt, core::OptTime current = std::nullopt,
                  QWidget* parent = nullptr);

    /// Offers cancelling the meeting being moved, next to the grid.
    void allowCancel(std::function<core::Status()> cancel);
    /// True when the dialog was closed by cancelling the meeting.
    bool cancelledMeeting() const { return m_cancelled; }
    /// What `submit` returned, after the dialog was accepted.
    core::OptId savedId() const { return m_savedId; }
    QTableView* grid() const { return m_view; }
    SlotGridModel* gridModel() const { return m_model; }
    bool weekView() const;
    void setWeekView(bool week);
    void showDate(QDate day);
    QString errorText() const;

private:
    /// The buttons that move through the days, wired once the offices are listed.
    struct DayButtons {
        QToolButton* prev = nullptr;
        QToolButton* today = nullptr;
        QToolButton* next = nullptr;
    };

    /// The office, manager and span choices and the day buttons, in tab order.
    DayButtons addTopBar(QVBoxLayout* layout);
    void addGrid(QVBoxLayout* layout);
    /// The slot's description, the error line and the buttons.
    void addFooter(QVBoxLayout* layout);
    /// The choices, the day buttons and their shortcuts, and the grid's current slot.
    void connectControls(const DayButtons& days);
    void officeChanged();
    void reload();
    void step(int direction);
    void selectionMoved();
    void book();
    core::OptId officeId() const;

    core::Database& m_db;
    core::Clock m_clock;
    Submit m_submit;
    core::OptTime m_current;
    QDate m_day;
    QComboBox* m_office = nullptr;
    QComboBox* m_manager = nullptr;
    QComboBox* m_span = nullptr;
    QLabel* m_range = nullptr;
    QTableView* m_view = nullptr;
    SlotGridModel* m_model = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_error = nullptr;
    core::OptId m_savedId;
    bool m_cancelled = false;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace fd::app
