#pragma once

#include "storage/server_address.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd::app {

/// File ▸ Connect to server: where the company's database is (host, port, database), the login
/// to connect with and how the connection is protected. The password is asked at sign-in.
class ConnectServerDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    /// The address as filled in.
    core::ServerAddress address() const;
    /// Fills the fields from an address (the last server connected to).
    void setAddress(const core::ServerAddress& address);

    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* loginEdit() const { return m_login; }
    QSpinBox* portEdit() const { return m_port; }
    QComboBox* tlsBox() const { return m_tls; }

private:
    void tryAccept();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
