// funneldesk: the desktop application.

#include "demo_setup.h"
#include "storage/database.h"
#include "views/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace {

void setUpLogging() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    try {
        auto logger = spdlog::rotating_logger_mt("funneldesk", (dir + QStringLiteral("/funneldesk.log")).toStdString(),
                                                 5 * 1024 * 1024, 3);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
        spdlog::set_level(spdlog::level::info);
    } catch (const spdlog::spdlog_ex& e) {
        QTextStream(stderr) << "funneldesk: logging disabled: " << e.what() << '\n';
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FunnelDesk — CRM for sales through an office meeting"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open the database at PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a PNG of the main window to FILE and exit."),
                                              QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    setUpLogging();
    const bool screenshot = parser.isSet(screenshotOption);
    auto fail = [&](const QString& message) {
        if (screenshot) {
            QTextStream(stderr) << "funneldesk: error: " << message << '\n';
        } else {
            QMessageBox::critical(nullptr, QStringLiteral("FunnelDesk"), message);
        }
        return 1;
    };

    // Without --db: the last database, or on first start a demo database in the data folder.
    // A path the user names is never created: a missing file is an error.
    QSettings settings;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = settings.value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = fd::app::defaultDemoPath();
            if (!QFileInfo::exists(path)) {
                if (const QString error = fd::app::createDemoDatabase(path, !screenshot); !error.isEmpty()) {
                    return fail(error);
                }
            }
        }
    }
    fd::core::Result<std::unique_ptr<fd::core::Database>> db =
        fd::core::Database::open(path, fd::core::OpenMode::Existing);
    if (!db) {
        return fail(db.error().message());
    }

    settings.setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    fd::app::MainWindow window(std::move(db).value());
    window.show();
    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&] {
            if (!window.grab().save(file, "PNG")) {
                QApplication::exit(fail(QStringLiteral("cannot write the screenshot to \"%1\"").arg(file)));
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
