#pragma once

#include "services/lead_service.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace fd::core {
class Database;
}

namespace fd::app {

class LeadCard;

/// A lead typed in by an operator during an inbound call: name, phone, channel and
/// campaign, a note. While the phone is typed, a client who already has it is shown with
/// their card and the operator can open that lead instead of creating a duplicate.
class NewLeadDialog final : public QDialog {
    Q_OBJECT

public:
    /// Saves the typed client and returns the id of what was written (the lead, or the
    /// walk-in's meeting).
    using Submit = std::function<core::Result<core::Id>(const core::NewLead&)>;

    NewLeadDialog(core::Database& db, core::Clock clock, core::OptId actorId, Submit submit,
                  const QString& title, QWidget* parent = nullptr);

    /// What `submit` returned, after the dialog was accepted by saving.
    core::OptId savedId() const { return m_savedId; }
    /// The existing lead the user chose to open instead, after the dialog was accepted so.
    core::OptId existingId() const { return m_openedExisting ? m_duplicate : std::nullopt; }
    /// The lead with the same phone, if the dialog has found one.
    core::OptId duplicateId() const { return m_duplicate; }
    QString phoneError() const;
    void checkPhoneNow();

private:
    void fillCampaigns();
    void save();
    void showFieldError(const core::Error& error);

    core::Database& m_db;
    core::Clock m_clock;
    core::OptId m_actorId;
    Submit m_submit;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneError = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_campaign = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QFrame* m_duplicatePanel = nullptr;
    QLabel* m_duplicateText = nullptr;
    LeadCard* m_duplicateCard = nullptr;
    QPushButton* m_openExisting = nullptr;
    QTimer* m_phoneTimer = nullptr;
    core::OptId m_duplicate;
    core::OptId m_savedId;
    bool m_openedExisting = false;
};

}  // namespace fd::app
