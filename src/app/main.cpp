// funneldesk: the desktop application.

#include "database_opener.h"
#include "demo_setup.h"
#include "dialogs/guide_window.h"
#include "dialogs/sign_in_dialog.h"
#include "first_start.h"
#include "kpi/kpi_workspace.h"
#include "launch_options.h"
#include "settings/settings_workspace.h"
#include "storage/database.h"
#include "translations.h"
#include "views/main_window.h"
#include "views/marketing_workspace.h"
#include "views/office_workspace.h"
#include "views/operator_workspace.h"
#include "views/workspace.h"
#include "widgets.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
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

/// Reports a problem at start: on standard error when taking a screenshot, else in a message box.
int failStart(const fd::app::LaunchOptions& options, const QString& message, int code = kExitFailure) {
    if (!options.screenshot.isEmpty()) {
        QTextStream(stderr) << "funneldesk: error: " << message << '\n';
    } else {
        QMessageBox::critical(nullptr, QStringLiteral("FunnelDesk"), message);
    }
    return code;
}

/// The database to open: the one named (never created), else the last one; on a first start the
/// user's choice (the demo, their own company, a file), or for a screenshot the demo database in
/// the data folder, made silently. Null with `error` set on failure, or when the user closed.
std::unique_ptr<fd::core::Database> startDatabase(const fd::app::LaunchOptions& o, QString* error,
                                                  bool* importNow) {
    QString path = o.db;
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || (!fd::core::isServerLocation(path) && !QFileInfo::exists(path))) {
            if (o.screenshot.isEmpty()) {
                fd::app::FirstStart start = fd::app::runFirstStart(o.clock);
                *error = start.error;
                *importNow = start.importNow;
                return std::move(start.db);
            }
            path = fd::app::defaultDemoPath();
            if (!QFileInfo::exists(path)) {
                *error = fd::app::createDemoDatabase(path, false);
                if (!error->isEmpty()) {
                    return nullptr;
                }
            }
        }
    }
    fd::core::Result<std::unique_ptr<fd::core::Database>> db =
        fd::app::openSignedIn(path, o.user, o.clock, nullptr,
                              o.screenshot.isEmpty() ? fd::app::SignInDialog::Asking::Allowed
                                                     : fd::app::SignInDialog::Asking::Refused);
    if (!db) {
        if (db.error().code != fd::core::ErrorCode::Cancelled) {
            *error = db.error().message();
        }
        return nullptr;
    }
    return std::move(db).value();
}

/// Saves the window (or the dialog the options opened) once the data is shown, then exits.
void scheduleScreenshot(fd::app::MainWindow& window, const fd::app::LaunchOptions& o) {
    QTimer::singleShot(60000, &window, [&o] {
        QApplication::exit(failStart(o, QStringLiteral("the data did not load within 60 seconds")));
    });
    window.whenReady([&window, &o](bool ok, const QString& error) {
        if (!ok) {
            QApplication::exit(failStart(o, error));
            return;
        }
        // One more turn of the event loop so the loaded rows are painted; a dialog is grabbed
        // from inside its own loop.
        QTimer::singleShot(o.dialog.isEmpty() ? 50 : 400, &window, [&window, &o] {
            QWidget* target = o.dialog.isEmpty()                   ? &window
                              : o.dialog == QLatin1String("guide") ? window.findChild<fd::app::GuideWindow*>()
                                                                   : QApplication::activeModalWidget();
            if (!target || !target->grab().save(o.screenshot, "PNG")) {
                QApplication::exit(
                    failStart(o, QStringLiteral("cannot write the screenshot to \"%1\"").arg(o.screenshot)));
                return;
            }
            QApplication::exit(0);
        });
    });
}

/// Selects what the options ask for in the dashboard; a usage problem, or empty.
QString prepareDashboard(fd::app::MarketingWorkspace* dashboard, const fd::app::LaunchOptions& o) {
    if (!o.by.isEmpty()) {
        const auto by = fd::core::breakdownFromCode(o.by);
        if (!by || *by == fd::core::Breakdown::Day) {
            return QStringLiteral(
                "--by must be channel, campaign, office, operator, manager, week, month or none");
        }
        dashboard->setBreakdown(*by);
    }
    if (o.dialog == QLatin1String("spend")) {
        QTimer::singleShot(0, dashboard, [dashboard] { dashboard->editSpend(); });
    }
    return {};
}

/// Selects the office, day and tab the options ask for and opens their dialog; a problem, or empty.
QString prepareOffice(fd::app::OfficeWorkspace* office, const fd::app::LaunchOptions& o) {
    if (!o.office.isEmpty() && !office->selectOfficeNamed(o.office)) {
        return QCoreApplication::translate("fd::app::Main",
                                           "There is no active office \"%1\" in this database.")
            .arg(o.office);
    }
    if (o.date.isValid()) {
        office->selectDate(o.date);
    }
    office->selectTab(static_cast<fd::app::OfficeWorkspace::Tab>(o.tab));
    if (o.dialog == QLatin1String("outcome") && office->selectAwaitingOutcome()) {
        QTimer::singleShot(0, office, [office] { office->recordOutcome(); });
    }
    if (o.dialog == QLatin1String("payment") && office->selectOutstandingDeal()) {
        QTimer::singleShot(0, office, [office] { office->receivePayment(); });
    }
    return {};
}

void prepareCallCenter(fd::app::OperatorWorkspace* desk, const fd::app::LaunchOptions& o) {
    desk->selectTab(static_cast<fd::core::QueueTab>(o.queue));
    // The slot grid needs a lead: the first of the chosen list, else of the next list that has one.
    for (int list = 0;
         o.dialog == QLatin1String("booking") && !desk->currentLead() && list < fd::core::kQueueTabCount;
         ++list) {
        desk->selectTab(static_cast<fd::core::QueueTab>(list));
    }
    if (o.isCallCenterDialog()) {
        const bool booking = o.dialog == QLatin1String("booking");
        QTimer::singleShot(0, desk, [desk, booking] { booking ? desk->book() : desk->newLead(); });
    }
}

/// Opens the workspace, selection and dialog the options ask for; a usage problem, or empty.
QString prepareWindow(fd::app::MainWindow& window, const fd::app::LaunchOptions& o) {
    if (!o.workspace.isEmpty()) {
        window.selectWorkspace(o.workspace);
    }
    if (o.size.isValid()) {
        window.resize(o.size);
    }
    window.show();
    if (!o.screenshot.isEmpty()) {
        scheduleScreenshot(window, o);
    }
    QString problem;
    if (auto* dashboard = qobject_cast<fd::app::MarketingWorkspace*>(window.currentWorkspace())) {
        problem = prepareDashboard(dashboard, o);
    }
    if (o.dialog == QLatin1String("guide")) {
        QTimer::singleShot(0, &window, [&window] { window.showGuide(); });
    }
    if (!o.importFile.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, file = o.importFile] { window.openImport(file); });
    }
    if (auto* office = qobject_cast<fd::app::OfficeWorkspace*>(window.currentWorkspace())) {
        problem = prepareOffice(office, o);
    }
    if (auto* settings = qobject_cast<fd::app::SettingsWorkspace*>(window.currentWorkspace())) {
        settings->selectTab(static_cast<fd::app::SettingsWorkspace::Tab>(o.tab));
    }
    if (auto* kpi = qobject_cast<fd::app::KpiWorkspace*>(window.currentWorkspace())) {
        kpi->selectTab(static_cast<fd::app::KpiWorkspace::Tab>(o.tab));
        if (o.date.isValid()) {
            kpi->selectMonth(o.date);
        }
        if (o.dialog == QLatin1String("plans") || o.dialog == QLatin1String("scheme")) {
            const bool plans = o.dialog == QLatin1String("plans");
            QTimer::singleShot(0, kpi, [kpi, plans] { plans ? kpi->editPlans() : kpi->editSchemes(); });
        }
    }
    if (auto* desk = qobject_cast<fd::app::OperatorWorkspace*>(window.currentWorkspace());
        desk && desk->operatorId()) {
        prepareCallCenter(desk, o);
    }
    return problem;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (const std::optional<int> answered = fd::app::answerWithoutDisplay(argc, argv)) {
        return *answered;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    QApplication::setWindowIcon(fd::app::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.funneldesk.funneldesk"));

    const fd::app::ParsedLaunch parsed = fd::app::parseLaunchOptions(app);
    const fd::app::LaunchOptions& options = parsed.options;
    if (!parsed.usageError.isEmpty()) {
        return failStart(options, parsed.usageError, kExitUsage);
    }
    fd::app::installTranslations(app, options.lang);
    setUpLogging();

    if (options.isStartDialog()) {
        return fd::app::showStartDialog(options);
    }
    QString error;
    bool importNow = false;
    std::unique_ptr<fd::core::Database> db = startDatabase(options, &error, &importNow);
    if (!db) {
        return error.isEmpty() ? 0 : failStart(options, error);
    }
    if (!options.operatorWho.isEmpty() &&
        !fd::app::OperatorWorkspace::preselectOperator(*db, options.operatorWho)) {
        return failStart(options,
                         QCoreApplication::translate("fd::app::Main",
                                                     "There is no active operator \"%1\" in this database.")
                             .arg(options.operatorWho),
                         kExitUsage);
    }
    fd::app::MainWindow window(std::move(db), options.clock);
    if (const QString problem = prepareWindow(window, options); !problem.isEmpty()) {
        return failStart(options, problem, kExitUsage);
    }
    if (importNow) {
        QTimer::singleShot(0, &window, [&window] { window.openImport({}); });
    }
    return QApplication::exec();
}
