#include "dialogs/about_dialog.h"

#include "ui_about_dialog.h"
#include "widgets.h"

#include <QDir>

namespace fd::app {

AboutDialog::AboutDialog(const QString& databasePath, int schemaVersion, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(applicationIcon().pixmap(64, 64));
    m_ui->version->setText(QStringLiteral(FD_VERSION));
    m_ui->schema->setText(QString::number(schemaVersion));
    m_ui->database->setText(QDir::toNativeSeparators(databasePath));
    m_ui->qt->setText(QString::fromLatin1(qVersion()));
}

AboutDialog::~AboutDialog() = default;

}  // namespace fd::app
