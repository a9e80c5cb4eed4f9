#pragma once

// The commands of funneldesk-cli as one table: each names its options and its handler, and the
// usage text, each command's --help, the parsing and the dispatch are made from it. A new
// option is one entry here and its use in the handler.

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fd::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Whether an option takes a value or stands alone.
enum class OptionKind { Value, Flag };

struct Option {
    QString name;         ///< "--db"
    QString placeholder;  ///< "PATH"; empty for a flag
    QString help;
    bool required = false;
    bool repeatable = false;
    OptionKind kind() const { return placeholder.isEmpty() ? OptionKind::Flag : OptionKind::Value; }
};

/// What the command line gave a command.
struct Args {
    QString kind;  ///< the word after the command's name, for a command that takes one
    QString file;  ///< the file argument, for a command that takes one
    QMap<QString, QStringList> values;
    QStringList flags;

    std::optional<QString> value(const char* name) const;
    QStringList all(const char* name) const;
    bool flag(const char* name) const;
};

struct Command {
    QString name;       ///< one or two words: "init", "report funnel"
    QStringList kinds;  ///< the words that may follow the name (import leads|deals|…), or none
    QString file;       ///< the file argument's placeholder ("FILE"), or empty
    QString summary;    ///< what it does, for the usage text
    std::vector<Option> options;
    std::function<int(const Args&)> run;
};

/// Every command, in the order the usage lists them. Each also takes -v/--verbose.
const std::vector<Command>& commands();

/// The command line a command takes: "import leads|deals|… --db PATH FILE [--preset …]",
/// wrapped to a terminal's width.
QString synopsis(const Command& command);

/// The usage text of the whole program, and of one command (its --help).
QString usage();
QString commandHelp(const Command& command);

/// Reads the words after the command's name (and kind); an empty result and `error` set on a
/// word the command does not declare, an option without its value, or a required one missing.
std::optional<Args> parseArgs(const Command& command, const QStringList& words, QString* error);

/// Runs the command line; returns the exit code.
int dispatch(const QStringList& argv);

// The families of commands, each in a file of its own under commands/.
/// The --db option every command that opens a database takes (a file or a server address).
Option databaseOption();

std::vector<Command> databaseCommands();
std::vector<Command> backupCommands();
Command migrateCommand();
Command passwordCommand();
Command healthCommand();
std::vector<Command> importExportCommands();
std::vector<Command> reportCommands();
std::vector<Command> bonusCommands();
std::vector<Command> benchCommands();
Command seatsBenchCommand();
Command listsBenchCommand();
/// report kpi --plan: a month's KPI tabs with plans and forecasts (commands/kpi_plan_command.cpp).
int runKpiPlan(const Args& a);

}  // namespace fd::cli
