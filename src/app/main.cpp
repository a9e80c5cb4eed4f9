// funneldesk: the desktop application.

#include "demo_setup.h"
#include "storage/database.h"
#include "translations.h"
#include "views/main_window.h"
#include "views/marketing_workspace.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"
#include "views/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace {

void setUpLogging() {
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    try {
        auto logger = spdlog::rotating_logger_mt(
            "funneldesk", (dir + QStringLiteral("/funneldesk.log")).toStdString(), 5 * 1024 * 1024, 3);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
        spdlog::set_level(spdlog::level::info);
    } catch (const spdlog::spdlog_ex& e) {
        QTextStream(stderr) << "funneldesk: logging disabled: " << e.what() << '\n';
    }
}

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

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
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("Start in the workspace NAME: %1.")
            .arg(fd::app::MainWindow::knownWorkspaces().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral(
            "Wait until the visible data has loaded, save a PNG of the main window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: ru or en (default: the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        QStringLiteral("Work the call-center queue as the operator WHO (an id or the exact name)."),
        QStringLiteral("WHO"));
    const QCommandLineOption queueOption(
        QStringLiteral("queue"),
        QStringLiteral("Open the call-center queue on LIST: new, callbacks, confirm, no-shows."),
        QStringLiteral("LIST"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QStringLiteral(
            "Open DIALOG: booking or new-lead for the call center's first lead; outcome for the office's "
            "first client awaiting one, payment for its first contract with money outstanding; spend for "
            "the marketing spend and visitors grid (with --screenshot the dialog is saved)."),
        QStringLiteral("DIALOG"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("Show the office's day DATE (YYYY-MM-DD)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption officeOption(
        QStringLiteral("office"),
        QStringLiteral("Open the office workspace on the office WHICH (an id or the exact name)."),
        QStringLiteral("WHICH"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"), QStringLiteral("Open the office workspace on TAB: day, follow-up, cash."),
        QStringLiteral("TAB"));
    const QCommandLineOption clockOption(
        QStringLiteral("clock"),
        QStringLiteral(
            "Work as if it were TIME (\"YYYY-MM-DD HH:MM\", local time) when the application started; time "
            "then runs on as usual. For demonstrations and screenshots of a history that ended then."),
        QStringLiteral("TIME"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral(
            "Open the import dialog on FILE and check it with a dry run (with --screenshot the dialog is "
            "saved)."),
        QStringLiteral("FILE"));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        QStringLiteral(
            "Break the marketing dashboard down BY: channel, campaign, office, operator, manager, week, "
            "month, none."),
        QStringLiteral("BY"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("Open the window at WIDTHxHEIGHT pixels (for example 1280x720)."),
        QStringLiteral("WxH"));
    parser.addOptions({dbOption, workspaceOption, screenshotOption, langOption, operatorOption, queueOption,
                       openOption, dateOption, officeOption, tabOption, clockOption, importOption, byOption,
                       sizeOption});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    auto fail = [&](const QString& message, int code = kExitFailure) {
        if (screenshot) {
            QTextStream(stderr) << "funneldesk: error: " << message << '\n';
        } else {
            QMessageBox::critical(nullptr, QStringLiteral("FunnelDesk"), message);
        }
        return code;
    };

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && lang != QLatin1String("ru") && lang != QLatin1String("en")) {
        return fail(QStringLiteral("--lang must be ru or en, not \"%1\"").arg(lang), kExitUsage);
    }
    fd::app::installTranslations(app, lang);
    setUpLogging();

    const QStringList queues{QStringLiteral("new"), QStringLiteral("callbacks"), QStringLiteral("confirm"),
                             QStringLiteral("no-shows")};
    const qsizetype queue = parser.isSet(queueOption) ? queues.indexOf(parser.value(queueOption)) : 0;
    if (queue < 0) {
        return fail(QStringLiteral("--queue must be one of %1").arg(queues.join(QStringLiteral(", "))),
                    kExitUsage);
    }
    const QString importFile = parser.value(importOption);
    const QString dialog = importFile.isEmpty() ? parser.value(openOption) : QStringLiteral("import");
    const QStringList callCenterDialogs{QStringLiteral("booking"), QStringLiteral("new-lead")};
    const QStringList officeDialogs{QStringLiteral("outcome"), QStringLiteral("payment")};
    if (!dialog.isEmpty() && importFile.isEmpty() && !callCenterDialogs.contains(dialog) &&
        !officeDialogs.contains(dialog) && dialog != QLatin1String("spend")) {
        return fail(QStringLiteral("--open must be booking, new-lead, outcome, payment or spend"),
                    kExitUsage);
    }
    const QStringList tabs{QStringLiteral("day"), QStringLiteral("follow-up"), QStringLiteral("cash")};
    const qsizetype tab = parser.isSet(tabOption) ? tabs.indexOf(parser.value(tabOption)) : 0;
    if (tab < 0) {
        return fail(QStringLiteral("--tab must be one of %1").arg(tabs.join(QStringLiteral(", "))),
                    kExitUsage);
    }
    QSize size;
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        if (size.width() < 320 || size.height() < 240) {
            return fail(QStringLiteral("--size must be WIDTHxHEIGHT, at least 320x240"), kExitUsage);
        }
    }
    const QDate date =
        parser.isSet(dateOption) ? QDate::fromString(parser.value(dateOption), Qt::ISODate) : QDate();
    if (parser.isSet(dateOption) && !date.isValid()) {
        return fail(QStringLiteral("--date must be a date as YYYY-MM-DD"), kExitUsage);
    }
    fd::core::Clock clock = fd::core::systemClock();
    if (parser.isSet(clockOption)) {
        const QDateTime at =
            QDateTime::fromString(parser.value(clockOption), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid()) {
            return fail(QStringLiteral("--clock must be a time as \"YYYY-MM-DD HH:MM\""), kExitUsage);
        }
        const qint64 shift = at.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        clock = [shift] { return QDateTime::currentSecsSinceEpoch() + shift; };
    }
    QString workspace = parser.value(workspaceOption);
    if (workspace.isEmpty() && (parser.isSet(queueOption) || callCenterDialogs.contains(dialog))) {
        workspace = QStringLiteral("operator");
    }
    if (workspace.isEmpty() && (parser.isSet(tabOption) || parser.isSet(dateOption) ||
                                parser.isSet(officeOption) || officeDialogs.contains(dialog))) {
        workspace = QStringLiteral("office");
    }
    if (!workspace.isEmpty()) {
        if (!fd::app::MainWindow::knownWorkspaces().contains(workspace)) {
            return fail(
                QCoreApplication::translate("fd::app::Main",
                                            "There is no workspace \"%1\"; the workspaces are: %2.")
                    .arg(workspace, fd::app::MainWindow::knownWorkspaces().join(QStringLiteral(", "))),
                kExitUsage);
        }
        if (!fd::app::MainWindow::availableWorkspaces().contains(workspace)) {
            return fail(QCoreApplication::translate("fd::app::Main",
                                                    "The workspace \"%1\" is not available in this version.")
                            .arg(workspace),
                        kExitUsage);
        }
    }

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

    if (parser.isSet(operatorOption) &&
        !fd::app::OperatorWorkspace::preselectOperator(**db, parser.value(operatorOption))) {
        return fail(QCoreApplication::translate("fd::app::Main",
                                                "There is no active operator \"%1\" in this database.")
                        .arg(parser.value(operatorOption)),
                    kExitUsage);
    }
    fd::app::MainWindow window(std::move(db).value(), clock);
    if (!workspace.isEmpty()) {
        window.selectWorkspace(workspace);
    }
    if (size.isValid()) {
        window.resize(size);
    }
    window.show();
    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(60000, &window, [&] {
            QApplication::exit(fail(QStringLiteral("the data did not load within 60 seconds")));
        });
        // `file` is copied: the callbacks run after this block has ended.
        window.whenReady([&, file](bool ok, const QString& error) {
            if (!ok) {
                QApplication::exit(fail(error));
                return;
            }
            // One more turn of the event loop so the loaded rows are painted; a dialog is
            // grabbed from inside its own loop.
            QTimer::singleShot(dialog.isEmpty() ? 50 : 400, &window, [&, file] {
                QWidget* target = dialog.isEmpty() ? &window : QApplication::activeModalWidget();
                if (!target || !target->grab().save(file, "PNG")) {
                    QApplication::exit(
                        fail(QStringLiteral("cannot write the screenshot to \"%1\"").arg(file)));
                    return;
                }
                QApplication::exit(0);
            });
        });
    }
    if (auto* dashboard = qobject_cast<fd::app::MarketingWorkspace*>(window.currentWorkspace());
        dashboard && parser.isSet(byOption)) {
        const auto by = fd::core::breakdownFromCode(parser.value(byOption));
        if (!by || *by == fd::core::Breakdown::Day) {
            return fail(QStringLiteral(
                            "--by must be channel, campaign, office, operator, manager, week, month or none"),
                        kExitUsage);
        }
        dashboard->setBreakdown(*by);
    }
    if (auto* dashboard = qobject_cast<fd::app::MarketingWorkspace*>(window.currentWorkspace());
        dashboard && dialog == QLatin1String("spend")) {
        QTimer::singleShot(0, dashboard, [dashboard] { dashboard->editSpend(); });
    }
    if (!importFile.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, importFile] { window.openImport(importFile); });
    }
    if (auto* office = qobject_cast<fd::app::OfficeWorkspace*>(window.currentWorkspace())) {
        if (parser.isSet(officeOption) && !office->selectOfficeNamed(parser.value(officeOption))) {
            return fail(QCoreApplication::translate("fd::app::Main",
                                                    "There is no active office \"%1\" in this database.")
                            .arg(parser.value(officeOption)),
                        kExitUsage);
        }
        if (date.isValid()) {
            office->selectDate(date);
        }
        office->selectTab(static_cast<fd::app::OfficeWorkspace::Tab>(tab));
        if (dialog == QLatin1String("outcome") && office->selectAwaitingOutcome()) {
            QTimer::singleShot(0, office, [office] { office->recordOutcome(); });
        }
        if (dialog == QLatin1String("payment") && office->selectOutstandingDeal()) {
            QTimer::singleShot(0, office, [office] { office->receivePayment(); });
        }
    }
    if (auto* desk = qobject_cast<fd::app::OperatorWorkspace*>(window.currentWorkspace());
        desk && desk->operatorId()) {
        desk->selectTab(static_cast<fd::core::QueueTab>(queue));
        // The slot grid needs a lead: the first of the chosen list, else of the next list that has one.
        for (int list = 0;
             dialog == QLatin1String("booking") && !desk->currentLead() && list < fd::core::kQueueTabCount;
             ++list) {
            desk->selectTab(static_cast<fd::core::QueueTab>(list));
        }
        if (callCenterDialogs.contains(dialog)) {
            QTimer::singleShot(0, desk, [desk, &dialog] {
                if (dialog == QLatin1String("booking")) {
                    desk->book();
                } else {
                    desk->newLead();
                }
            });
        }
    }
    return QApplication::exec();
}
