#pragma once

#include "services/service_context.h"

#include <QCommandLineOption>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace fd::app {

/// What the command line asks the application to do at start: which database and workspace,
/// what to select or open there, and whether to save a screenshot and exit.
struct LaunchOptions {
    QString db;
    QString user;        ///< sign in as this login, the password from FUNNELDESK_PASSWORD
    QString workspace;   ///< empty: the last one, or the one the other options imply
    QString screenshot;  ///< a PNG to write once the data is shown, then exit
    QString lang;
    QString operatorWho;
    int queue = 0;   ///< a core::QueueTab
    QString dialog;  ///< booking, new-lead, outcome, payment, spend or import
    QDate date;
    QString office;
    int tab = 0;  ///< an OfficeWorkspace::Tab, or a SettingsWorkspace::Tab or KpiWorkspace::Tab with those
                  ///< workspaces
    core::Clock clock;
    QString importFile;
    QString by;
    QSize size;

    bool isCallCenterDialog() const;
    bool isOfficeDialog() const;
    /// The first start's choice or a page of the company wizard: shown before any database.
    bool isStartDialog() const;
};

/// The options as parsed, and the usage error (exit code 2) to report, if any.
struct ParsedLaunch {
    LaunchOptions options;
    QString usageError;  ///< empty: the options are good
};

/// Answers what the command line asks without a window: prints the help (--help), the version
/// (--version) or a usage problem followed by the help, and gives the exit code (0, or 2 for a
/// usage problem); nothing when the application should start. Needs no display or platform
/// plugin: call it before the QApplication exists.
std::optional<int> answerWithoutDisplay(int argc, char* argv[]);

/// The application's options as --help lists them (the manual page is made from them).
QList<QCommandLineOption> launchOptionList();

/// Parses the application's command line, once answerWithoutDisplay has let it start.
ParsedLaunch parseLaunchOptions(const QCoreApplication& app);

}  // namespace fd::app
