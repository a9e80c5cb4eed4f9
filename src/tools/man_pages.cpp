// funneldesk-man-pages: writes the manual pages of funneldesk and funneldesk-cli (roff, section 1)
// into a folder, made from the application's options and the CLI's command table so that the
// pages say what --help says. Run by the build; not installed.

#include "command_table.h"
#include "launch_options.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {

/// Text as roff reads it: backslashes and hyphens escaped, no line starting with a control
/// character.
QString roff(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            line.prepend(QStringLiteral("\\&"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString heading(const char* name, const QString& summary) {
    return QStringLiteral(".TH %1 1 \"\" \"FunnelDesk %2\" \"User Commands\"\n.SH NAME\n%3 \\- %4\n")
        .arg(QString::fromLatin1(name).toUpper(), QStringLiteral(FD_VERSION), roff(QString::fromLatin1(name)),
             roff(summary));
}

const char* const kPassword =
    ".SH ENVIRONMENT\n.TP\n.B FUNNELDESK_PASSWORD\nThe password for signing in as the person named by "
    "\\-\\-user (or set by a command), instead of asking for it.\n";

QString appPage() {
    QString page = heading("funneldesk", QStringLiteral("CRM for sales through a meeting in the office"));
    page += QStringLiteral(
        ".SH SYNOPSIS\n.B funneldesk\n.RI [ options ]\n.SH DESCRIPTION\nFunnelDesk is a desktop CRM for "
        "companies that sell once per client through a meeting in their office: the call center books "
        "meetings, the office logs visits and sales, marketing reads the funnel from ad spend to money in "
        "the cash desk. Started without options it opens the database used last; on the first start it "
        "offers a demo company, a company of your own, or a database file or server.\n"
        "Press F1 in the application for the user guide.\n.SH OPTIONS\n");
    QList<QCommandLineOption> options = fd::app::launchOptionList();
    options.prepend(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                       QStringLiteral("Print the version and exit.")));
    options.prepend(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                       QStringLiteral("Print the options and exit.")));
    for (const QCommandLineOption& o : options) {
        QStringList names;
        for (const QString& n : o.names()) {
            names << (n.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-")) + roff(n);
        }
        page += o.valueName().isEmpty() ? QStringLiteral(".TP\n.B %1\n").arg(names.join(QStringLiteral(", ")))
                                        : QStringLiteral(".TP\n.BI \"%1\" \" %2\"\n")
                                              .arg(names.join(QStringLiteral(", ")), o.valueName());
        page += roff(o.description()) + QLatin1Char('\n');
    }
    page += QString::fromLatin1(kPassword);
    page += QStringLiteral(
        ".SH EXIT STATUS\n0 when the application closes normally, 1 when the database cannot be opened, "
        "2 for an option it does not know or a bad value.\n"
        ".SH FILES\n.TP\n.I ~/.local/share/FunnelDesk/FunnelDesk/\nThe demo database, the daily copies and "
        "the log.\n"
        ".SH SEE ALSO\n.BR funneldesk\\-cli (1)\n");
    return page;
}

QString cliPage() {
    QString page =
        heading("funneldesk-cli", QStringLiteral("FunnelDesk's databases, imports and reports from a shell"));
    page += QStringLiteral(
        ".SH SYNOPSIS\n.B funneldesk\\-cli\n.I command\n.RI [ options ]\n.br\n.B funneldesk\\-cli\n"
        ".I command\n.B \\-\\-help\n.SH DESCRIPTION\nEverything a company's database needs besides the "
        "windows of the application: creating one, a demo, checks, copies and recovery, moving it to a "
        "server, imports and exports, the funnel's reports, bonuses and benchmarks. Every command takes "
        "\\-v or \\-\\-verbose to log its progress to standard error and \\-\\-help for its own "
        "options.\n.SH COMMANDS\n");
    for (const fd::cli::Command& c : fd::cli::commands()) {
        page += QStringLiteral(".TP\n.B %1\n%2\n")
                    .arg(roff(fd::cli::synopsis(c).simplified()), roff(c.summary.simplified()));
        page += QStringLiteral(".RS\n");
        for (const fd::cli::Option& o : c.options) {
            page += QStringLiteral(".TP\n%1%2\n%3%4\n")
                        .arg(o.placeholder.isEmpty() ? QStringLiteral(".B ") + roff(o.name)
                                                     : QStringLiteral(".BI ") + roff(o.name),
                             o.placeholder.isEmpty() ? QString()
                                                     : QStringLiteral(" \" %1\"").arg(roff(o.placeholder)),
                             roff(o.help),
                             o.required     ? QStringLiteral(" (required)")
                             : o.repeatable ? QStringLiteral(" (may be repeated)")
                                            : QString());
        }
        page += QStringLiteral(".RE\n");
    }
    page += QString::fromLatin1(kPassword);
    page += QStringLiteral(
        ".SH EXIT STATUS\n0 success, 1 the command failed, 2 the command line is wrong.\n"
        ".SH SEE ALSO\n.BR funneldesk (1)\n");
    return page;
}

bool write(const QDir& dir, const char* name, const QString& page) {
    QFile f(dir.filePath(QString::fromLatin1(name)));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "funneldesk-man-pages: cannot write " << f.fileName() << '\n';
        return false;
    }
    f.write(page.toUtf8());
    return true;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: funneldesk-man-pages FOLDER\n";
        return 2;
    }
    const QDir dir(args[1]);
    if (!QDir().mkpath(dir.path())) {
        return 1;
    }
    return write(dir, "funneldesk.1", appPage()) && write(dir, "funneldesk-cli.1", cliPage()) ? 0 : 1;
}
