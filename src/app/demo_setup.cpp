#include "demo_setup.h"

#include "run_aside.h"
#include "services/demo_generator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

namespace fd::app {

QString defaultDemoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString createDemoDatabase(const QString& path, bool showProgress) {
    const QString partial = path + QStringLiteral(".part");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(partial + suffix);
    }

    QPointer<QProgressDialog> dialog;
    if (showProgress) {
        dialog =
            new QProgressDialog(QCoreApplication::translate(
                                    "fd::app::Demo", "Creating a demo database with a realistic history…"),
                                QString(), 0, 100);
        dialog->setWindowTitle(QCoreApplication::translate("fd::app::Demo", "FunnelDesk"));
        dialog->setMinimumDuration(0);
        dialog->setValue(0);
    }

    QString error;
    runAside([&] {
        core::Result<std::unique_ptr<core::Database>> db =
            core::Database::open(partial, core::OpenMode::CreateNew);
        if (!db) {
            error = db.error().message();
            return;
        }
        core::DemoOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
            QMetaObject::invokeMethod(
                qApp,
                [dialog, percent] {
                    if (dialog) {
                        dialog->setValue(percent);
                    }
                },
                Qt::QueuedConnection);
        };
        core::Result<core::DemoSummary> summary = core::DemoGenerator(**db).generate(options);
        if (!summary) {
            error = summary.error().message();
        }
    });
    delete dialog;

    if (error.isEmpty()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!QFile::rename(partial, path)) {
            error =
                QCoreApplication::translate("fd::app::Demo", "The demo database cannot be saved as \"%1\".")
                    .arg(QDir::toNativeSeparators(path));
        }
    }
    if (!error.isEmpty()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(partial + suffix);
        }
    }
    return error;
}

}  // namespace fd::app
