#include "launch_options.h"

#include "views/main_window.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace fd::app {

namespace {

const QStringList kQueues{QStringLiteral("new"), QStringLiteral("callbacks"), QStringLiteral("confirm"),
                          QStringLiteral("no-shows")};
const QStringList kTabs{QStringLiteral("day"), QStringLiteral("follow-up"), QStringLiteral("cash")};
const QStringList kKpiTabs{QStringLiteral("call-center"), QStringLiteral("office"),
                           QStringLiteral("marketing"), QStringLiteral("bonuses")};
const QStringList kSettingsTabs{QStringLiteral("offices"), QStringLiteral("staff"),
                                QStringLiteral("channels"), QStringLiteral("reasons"),
                                QStringLiteral("company")};
const QStringList kCallCenterDialogs{QStringLiteral("booking"), QStringLiteral("new-lead")};
const QStringList kOfficeDialogs{QStringLiteral("outcome"), QStringLiteral("payment")};
const QStringList kStartDialogs{QStringLiteral("welcome"),
                                QStringLiteral("new-company"),
                                QStringLiteral("new-company-office"),
                                QStringLiteral("new-company-admin"),
                                QStringLiteral("new-company-ready"),
                                QStringLiteral("sign-in"),
                                QStringLiteral("connect-server")};

/// The application's options, declared once: the parser and the checks read them by name.
struct Options {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Open the database at PATH."),
                          QStringLiteral("PATH")};
    QCommandLineOption user{
        QStringLiteral("user"),
        QStringLiteral("Sign in as LOGIN, with the password from the environment variable "
                       "FUNNELDESK_PASSWORD (for scripts, tests and screenshots)."),
        QStringLiteral("LOGIN")};
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QStringLiteral("Start in the workspace NAME: %1.")
                                     .arg(MainWindow::knownWorkspaces().join(QStringLiteral(", "))),
                                 QStringLiteral("NAME")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral(
            "Wait until the visible data has loaded, save a PNG of the main window to FILE and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("Interface language: ru or en (default: the system's)."),
                            QStringLiteral("LANG")};
    QCommandLineOption operatorWho{
        QStringLiteral("operator"),
        QStringLiteral("Work the call-center queue as the operator WHO (an id or the exact name)."),
        QStringLiteral("WHO")};
    QCommandLineOption queue{
        QStringLiteral("queue"),
        QStringLiteral("Open the call-center queue on LIST: new, callbacks, confirm, no-shows."),
        QStringLiteral("LIST")};
    QCommandLineOption open{
        QStringLiteral("open"),
        QStringLiteral(
            "Open DIALOG: booking or new-lead for the call center's first lead; outcome for the office's "
            "first client awaiting one, payment for its first contract with money outstanding; spend for "
            "the marketing spend and visitors grid; welcome for the first start's choice, new-company, "
            "new-company-office, new-company-admin or new-company-ready for a page of the company wizard, "
            "sign-in for the sign-in to the database (--user fills the login); connect-server for File ▸ "
            "Connect to "
            "server (filled from a server --db); plans or scheme for the "
            "KPI workspace's plan grid and bonus scheme editor; guide for the user guide at the "
            "workspace's part (with --screenshot the dialog is saved)."),
        QStringLiteral("DIALOG")};
    QCommandLineOption date{QStringLiteral("date"),
                            QStringLiteral("Show the office's day DATE (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption office{
        QStringLiteral("office"),
        QStringLiteral("Open the office workspace on the office WHICH (an id or the exact name)."),
        QStringLiteral("WHICH")};
    QCommandLineOption tab{QStringLiteral("tab"),
                           QStringLiteral("Open the office workspace on TAB: day, follow-up, cash."),
                           QStringLiteral("TAB")};
    QCommandLineOption clock{
        QStringLiteral("clock"),
        QStringLiteral(
            "Work as if it were TIME (\"YYYY-MM-DD HH:MM\", local time) when the application started; time "
            "then runs on as usual. For demonstrations and screenshots of a history that ended then."),
        QStringLiteral("TIME")};
    QCommandLineOption import{
        QStringLiteral("import"),
        QStringLiteral(
            "Open the import dialog on FILE and check it with a dry run (with --screenshot the dialog is "
            "saved)."),
        QStringLiteral("FILE")};
    QCommandLineOption by{QStringLiteral("by"),
                          QStringLiteral("Break the marketing dashboard down BY: channel, campaign, office, "
                                         "operator, manager, week, month, none."),
                          QStringLiteral("BY")};
    QCommandLineOption size{QStringLiteral("size"),
                            QStringLiteral("Open the window at WIDTHxHEIGHT pixels (for example 1280x720)."),
                            QStringLiteral("WxH")};

    QList<QCommandLineOption> all() const {
        return {db,   user,   workspace, screenshot, lang,   operatorWho, queue, open,
                date, office, tab,       clock,      import, by,          size};
    }
};

/// Checks the values that must be one of a list or have a form; the first problem, or empty.
QString readValues(const QCommandLineParser& parser, const Options& o, LaunchOptions& out) {
    out.lang = parser.value(o.lang);
    if (!out.lang.isEmpty() && out.lang != QLatin1String("ru") && out.lang != QLatin1String("en")) {
        return QStringLiteral("--lang must be ru or en, not \"%1\"").arg(out.lang);
    }
    out.queue = parser.isSet(o.queue) ? static_cast<int>(kQueues.indexOf(parser.value(o.queue))) : 0;
    if (out.queue < 0) {
        return QStringLiteral("--queue must be one of %1").arg(kQueues.join(QStringLiteral(", ")));
    }
    out.importFile = parser.value(o.import);
    out.dialog = out.importFile.isEmpty() ? parser.value(o.open) : QStringLiteral("import");
    if (!out.dialog.isEmpty() && out.importFile.isEmpty() && !out.isCallCenterDialog() &&
        !out.isOfficeDialog() && !out.isStartDialog() && out.dialog != QLatin1String("spend") &&
        out.dialog != QLatin1String("plans") && out.dialog != QLatin1String("scheme") &&
        out.dialog != QLatin1String("guide")) {
        return QStringLiteral(
            "--open must be booking, new-lead, outcome, payment, spend, welcome, new-company, "
            "new-company-office, new-company-admin, new-company-ready, sign-in, connect-server, plans, "
            "scheme or guide");
    }
    const QString workspace = parser.value(o.workspace);
    const QStringList& tabs = workspace == QLatin1String("settings") ? kSettingsTabs
                              : workspace == QLatin1String("kpi")    ? kKpiTabs
                                                                     : kTabs;
    out.tab = parser.isSet(o.tab) ? static_cast<int>(tabs.indexOf(parser.value(o.tab))) : 0;
    if (out.tab < 0) {
        return QStringLiteral("--tab must be one of %1").arg(tabs.join(QStringLiteral(", ")));
    }
    if (parser.isSet(o.size)) {
        const QStringList wh = parser.value(o.size).split(QLatin1Char('x'));
        out.size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        if (out.size.width() < 320 || out.size.height() < 240) {
            return QStringLiteral("--size must be WIDTHxHEIGHT, at least 320x240");
        }
    }
    out.date = parser.isSet(o.date) ? QDate::fromString(parser.value(o.date), Qt::ISODate) : QDate();
    if (parser.isSet(o.date) && !out.date.isValid()) {
        return QStringLiteral("--date must be a date as YYYY-MM-DD");
    }
    out.clock = core::systemClock();
    if (parser.isSet(o.clock)) {
        const QDateTime at = QDateTime::fromString(parser.value(o.clock), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid()) {
            return QStringLiteral("--clock must be a time as \"YYYY-MM-DD HH:MM\"");
        }
        const qint64 shift = at.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        out.clock = [shift] { return QDateTime::currentSecsSinceEpoch() + shift; };
    }
    return {};
}

/// The workspace asked for, or the one the other options imply; the problem, or empty.
QString readWorkspace(const QCommandLineParser& parser, const Options& o, LaunchOptions& out) {
    out.workspace = parser.value(o.workspace);
    if (out.workspace.isEmpty() && (parser.isSet(o.queue) || out.isCallCenterDialog())) {
        out.workspace = QStringLiteral("operator");
    }
    if (out.workspace.isEmpty() &&
        (parser.isSet(o.tab) || parser.isSet(o.date) || parser.isSet(o.office) || out.isOfficeDialog())) {
        out.workspace = QStringLiteral("office");
    }
    if (out.workspace.isEmpty()) {
        return {};
    }
    if (!MainWindow::knownWorkspaces().contains(out.workspace)) {
        return QCoreApplication::translate("fd::app::Main",
                                           "There is no workspace \"%1\"; the workspaces are: %2.")
            .arg(out.workspace, MainWindow::knownWorkspaces().join(QStringLiteral(", ")));
    }
    if (!MainWindow::availableWorkspaces().contains(out.workspace)) {
        return QCoreApplication::translate("fd::app::Main",
                                           "The workspace \"%1\" is not available in this version.")
            .arg(out.workspace);
    }
    return {};
}

}  // namespace

bool LaunchOptions::isCallCenterDialog() const {
    return kCallCenterDialogs.contains(dialog);
}

bool LaunchOptions::isOfficeDialog() const {
    return kOfficeDialogs.contains(dialog);
}

bool LaunchOptions::isStartDialog() const {
    return kStartDialogs.contains(dialog);
}

namespace {

void configure(QCommandLineParser& parser, const Options& o) {
    parser.setApplicationDescription(QStringLiteral("FunnelDesk — CRM for sales through an office meeting"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(o.all());
}

ParsedLaunch readAll(const QCommandLineParser& parser, const Options& o) {
    LaunchOptions out;
    out.db = parser.value(o.db);
    out.user = parser.value(o.user);
    out.screenshot = parser.value(o.screenshot);
    out.operatorWho = parser.value(o.operatorWho);
    out.office = parser.value(o.office);
    out.by = parser.value(o.by);
    QString problem = readValues(parser, o, out);
    if (problem.isEmpty()) {
        problem = readWorkspace(parser, o, out);
    }
    return {std::move(out), problem};
}

/// The arguments without the window system's own options (-platform NAME, -style NAME and the
/// like), which QApplication takes for itself before the application reads its options.
QStringList withoutWindowSystemOptions(const QStringList& args) {
    static const QStringList withValue{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("style"),           QStringLiteral("stylesheet"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("qmljsdebugger")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb")};
    QStringList kept;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        QString name = arg.startsWith(QLatin1String("--")) ? arg.mid(2)
                       : arg.startsWith(QLatin1Char('-'))  ? arg.mid(1)
                                                           : QString();
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (i > 0 && withValue.contains(name.left(equals))) {
            i += equals < 0 ? 1 : 0;  // the value follows, unless given as -style=NAME
            continue;
        }
        if (i > 0 && flags.contains(name)) {
            continue;
        }
        kept << arg;
    }
    return kept;
}

}  // namespace

std::optional<int> answerWithoutDisplay(int argc, char* argv[]) {
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    const Options o;
    configure(parser, o);
    const bool parsed = parser.parse(withoutWindowSystemOptions(args));
    const bool help =
        parsed && (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")));
    const bool version = parsed && parser.isSet(QStringLiteral("version"));
    const QString problem = !parsed           ? parser.errorText()
                            : help || version ? QString()
                                              : readAll(parser, o).usageError;
    if (!help && !version && problem.isEmpty()) {
        return std::nullopt;
    }
    // Text only: no window system is needed to say it.
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
    if (help) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (version) {
        QTextStream(stdout) << "funneldesk " << FD_VERSION << '\n';
        return 0;
    }
    QTextStream(stderr) << "funneldesk: error: " << problem << "\n\n" << parser.helpText();
    return 2;
}

QList<QCommandLineOption> launchOptionList() {
    return Options().all();
}

ParsedLaunch parseLaunchOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    const Options o;
    configure(parser, o);
    parser.process(app);
    return readAll(parser, o);
}

}  // namespace fd::app
