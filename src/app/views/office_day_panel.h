#pragma once

#include "services/office_desk.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QLabel;
class QShortcut;
class QTableView;

namespace fd::app {

class RowsModel;

/// The office's day: the meetings nobody marked (flagged, on top) and the day's own, with the
/// keys that work on the selected one — A arrived, N no-show, O outcome, R reschedule, P payment.
class OfficeDayPanel final : public QWidget {
    Q_OBJECT

public:
    /// The keys work wherever the focus is inside `keyHost`.
    OfficeDayPanel(QWidget* keyHost, QWidget* parent = nullptr);

    /// Shows the unmarked meetings first, then the day's others, by time; times in `zone`.
    void setMeetings(const std::vector<core::DeskMeeting>& unmarked,
                     const std::vector<core::DeskMeeting>& day, const QTimeZone& zone, qint64 now);
    const std::vector<core::DeskMeeting>& meetings() const { return m_meetings; }
    const core::DeskMeeting* selected() const;

    QTableView* view() const { return m_view; }
    RowsModel* model() const { return m_model; }
    const std::vector<QShortcut*>& keys() const { return m_keys; }

Q_SIGNALS:
    void selectionChanged();
    void arrivedPressed();
    void noShowPressed();
    void outcomePressed();
    void reschedulePressed();
    void paymentPressed();

private:
    std::vector<core::DeskMeeting> m_meetings;
    QLabel* m_flagged = nullptr;
    QTableView* m_view = nullptr;
    RowsModel* m_model = nullptr;
    std::vector<QShortcut*> m_keys;
};

}  // namespace fd::app
