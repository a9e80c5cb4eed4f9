#pragma once

#include "domain/entities.h"
#include "services/service_context.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

/// What happened at the meeting: sale (with the contract amount and product), thinking (with
/// the follow-up date), refused or non-target (with the office's reason); the client's
/// qualification; a note. Saved through MeetingService::recordOutcome; a refusal is shown at
/// its field and nothing is written.
class OutcomeDialog final : public QDialog {
    Q_OBJECT

public:
    OutcomeDialog(core::Database& db, core::Clock clock, core::Id meetingId, core::OptId actorId,
                  const QString& client, QWidget* parent = nullptr);

    /// For tests and keyboards: choose the outcome (0 sale, 1 thinking, 2 refused, 3 non-target).
    void chooseOutcome(int outcome);
    QComboBox* qualificationBox() const { return m_qualification; }
    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* productEdit() const { return m_product; }
    QDateEdit* followUpEdit() const { return m_followUp; }
    /// The messages shown, joined; empty when none.
    QString errorText() const;
    void save();

private:
    void outcomeChanged();
    void clearErrors();

    core::Database& m_db;
    core::Clock m_clock;
    core::Id m_meetingId;
    core::OptId m_actorId;
    QButtonGroup* m_outcome = nullptr;
    QComboBox* m_qualification = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_product = nullptr;
    QDateEdit* m_followUp = nullptr;
    QLineEdit* m_note = nullptr;
    QWidget* m_saleRow = nullptr;
    QWidget* m_followUpRow = nullptr;
    QWidget* m_reasonRow = nullptr;
    QLabel* m_reasonError = nullptr;
    QLabel* m_qualificationError = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_followUpError = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
