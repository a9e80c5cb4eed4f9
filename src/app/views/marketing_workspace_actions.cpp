// The marketing dashboard's actions on what it shows: exporting it and entering spend.
#include "views/marketing_workspace.h"

#include "dialogs/spend_dialog.h"
#include "models/dashboard_model.h"
#include "services/catalog_service.h"
#include "views/dashboard_charts.h"
#include "views/dashboard_export.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QTimeZone>

namespace fd::app {

void MarketingWorkspace::chooseExport(ExportFormat format) {
    const QString ext = format == ExportFormat::Xlsx  ? QStringLiteral("xlsx")
                        : format == ExportFormat::Csv ? QStringLiteral("csv")
                                                      : QStringLiteral("pdf");
    const QString suggested = QDir::home().filePath(
        QStringLiteral("marketing-%1-%2.%3")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), ext));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the dashboard"), suggested, QStringLiteral("*.") + ext);
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportView(path, format);
    m_status->setText(error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : error);
}

QString MarketingWorkspace::exportView(const QString& path, ExportFormat format) {
    if (!m_ready) {
        return tr("The report is still being computed.");
    }
    const QTimeZone zone(core::CatalogService(m_db).reportTimeZone().toUtf8());
    return DashboardExport(*m_model, zone)
        .write(path, format, filterDescription(), m_charts->funnelView(), m_charts->trendView());
}

void MarketingWorkspace::editSpend() {
    SpendDialog dialog(m_db, m_from->date(), this);
    Q_EMIT spendDialogOpened(&dialog);
    dialog.exec();
    if (dialog.saved()) {
        refresh();
    }
}

}  // namespace fd::app
