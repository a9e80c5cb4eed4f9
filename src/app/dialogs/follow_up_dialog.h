#pragma once

#include "services/service_context.h"
#include "storage/office_desk_repository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace fd::core {
class Database;
}

namespace fd::app {

/// What came of a follow-up: the client buys (a contract against the original lead and
/// meeting, so the funnel counts a sale after follow-up), asks for more time (a later date),
/// or refuses (an office reason).
class FollowUpDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Action { Sale, Postpone, Refuse };

    FollowUpDialog(core::Database& db, core::Clock clock, const core::FollowUpItem& item, Action action,
                   core::OptId actorId, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* productEdit() const { return m_product; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonBox() const { return m_reason; }
    QString errorText() const;
    void save();

private:
    core::Database& m_db;
    core::Clock m_clock;
    core::FollowUpItem m_item;
    Action m_action;
    core::OptId m_actorId;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_product = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
