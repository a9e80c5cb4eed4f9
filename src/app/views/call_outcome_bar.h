#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

/// Under the lead card: the note to the call, the details some outcomes need (when to call
/// back, why refused), the outcome keys — 1 no answer, 2 busy, 3 wrong number, 4 callback,
/// 5 refused, 6 non-target, 7 book; 8 confirm, 9 reschedule, 0 cancel the meeting — and the
/// line that shows a refusal. It only asks; the workspace saves.
class CallOutcomeBar final : public QWidget {
    Q_OBJECT

public:
    enum class Detail { None, Callback, Reason };

    /// The keys work wherever the focus is inside `keyHost`.
    CallOutcomeBar(core::Database& db, core::Clock clock, QWidget* keyHost, QWidget* parent = nullptr);

    /// Enables the call outcomes for an open lead and the meeting actions for an open meeting.
    void setAvailable(bool lead, bool meeting);
    /// Shows when to call back (in an hour, on a quarter, unless already open).
    void openCallback();
    /// Shows why the client refused or is not a client, with the catalog's reasons.
    void openReason(core::CallOutcome outcome);
    Detail detail() const;
    /// The outcome whose details are open.
    core::CallOutcome pendingOutcome() const { return m_pending; }
    qint64 callbackAt() const;
    core::OptId reasonId() const;
    QString reasonText() const;
    QString note() const;
    /// A fresh bar for the next lead: no note, no details, no refusal.
    void reset();

    void showError(const core::Error& error);
    void clearError();
    /// The refusal shown, empty when none is.
    QString errorText() const;

    QLineEdit* noteEdit() const { return m_note; }
    QDateTimeEdit* callbackEdit() const { return m_callbackAt; }
    QComboBox* reasonBox() const { return m_reason; }

Q_SIGNALS:
    /// 1, 2 or 3: an outcome that needs nothing more.
    void outcomePressed(core::CallOutcome outcome);
    void callbackPressed();
    void reasonPressed(core::CallOutcome outcome);
    void bookPressed();
    void confirmPressed();
    void reschedulePressed();
    void cancelPressed();
    /// Enter or Save on an open detail.
    void detailSaved();
    /// Esc on an open detail.
    void detailClosed();

private:
    QWidget* buildActions(QWidget* keyHost);
    QWidget* buildCallbackPage();
    QWidget* buildReasonPage();
    QPushButton* addKey(QWidget* parent, QWidget* keyHost, const QString& key, const QString& text);

    core::Database& m_db;
    core::Clock m_clock;
    core::CallOutcome m_pending = core::CallOutcome::Callback;
    QLineEdit* m_note = nullptr;
    QStackedWidget* m_detail = nullptr;
    QDateTimeEdit* m_callbackAt = nullptr;
    QLabel* m_callbackError = nullptr;
    QLabel* m_reasonTitle = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_reasonError = nullptr;
    QLabel* m_error = nullptr;
    QList<QPushButton*> m_callButtons;
    QList<QPushButton*> m_meetingButtons;
};

}  // namespace fd::app
