#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace fd::app {

/// Help ▸ About: the version, the schema version and the open database.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString& databasePath, int schemaVersion, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

}  // namespace fd::app
