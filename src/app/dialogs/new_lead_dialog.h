#pragma once

#include "services/lead_service.h"

#include <QDialog>

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
    NewLeadDialog(core::Database& db, core::Clock clock, core::Id operatorId, QWidget* parent = nullptr);

    /// The lead to work on after the dialog was accepted: the created one, the one the
    /// request became a repeat touch of, or the existing one the operator chose to open.
    core::OptId leadId() const { return m_leadId; }
    bool openedExisting() const { return m_openedExisting; }
    bool repeatTouch() const { return m_repeatTouch; }
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
    core::Id m_operatorId;
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
    core::OptId m_leadId;
    bool m_openedExisting = false;
    bool m_repeatTouch = false;
};

}  // namespace fd::app
