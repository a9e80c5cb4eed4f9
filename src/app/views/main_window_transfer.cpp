// The File menu's data in and out of the database: import from a file, export.
#include "views/main_window.h"

#include "dialogs/export_dialog.h"
#include "dialogs/import_dialog.h"

#include <QTimer>

namespace fd::app {

void MainWindow::openImport(const QString& path) {
    ImportDialog dialog(*m_db, m_clock, this);
    if (!path.isEmpty()) {
        dialog.setFile(path);
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.run(true); });
    }
    dialog.exec();
    if (dialog.wroteData()) {
        reloadWorkspaces();
    }
}

void MainWindow::openExport() {
    ExportDialog(*m_db, m_clock, this).exec();
}

}  // namespace fd::app
