#pragma once

#include "domain/entities.h"
#include "services/service_context.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace fd::core {
class Database;
}

namespace fd::app {

/// A payment at the cash desk against a contract: amount (the outstanding sum by default),
/// when, how. More than is outstanding is accepted only when marked as an overpayment.
class PaymentDialog final : public QDialog {
    Q_OBJECT

public:
    /// Times are typed and shown in `zone`, the office's (the computer's when invalid).
    PaymentDialog(core::Database& db, core::Clock clock, core::Id dealId, core::OptId actorId,
                  const QTimeZone& zone = QTimeZone(), QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodBox() const { return m_method; }
    QCheckBox* overpaymentBox() const { return m_overpayment; }
    QString errorText() const;
    /// Whose contract it is.
    QString client() const { return m_client; }
    void save();

private:
    core::Database& m_db;
    core::Clock m_clock;
    core::Id m_dealId;
    core::OptId m_actorId;
    QTimeZone m_zone;
    QString m_client;
    QLineEdit* m_amount = nullptr;
    QDateTimeEdit* m_paidAt = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_overpayment = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
