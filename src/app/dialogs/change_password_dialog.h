#pragma once

#include "services/service_context.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fd::core {
class Database;
}

namespace fd::app {

/// File ▸ Change my password: the current password, the new one twice.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* freshEdit() const { return m_fresh; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString errorText() const;

private:
    void save();

    core::Database& m_db;
    core::Clock m_clock;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_fresh = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
