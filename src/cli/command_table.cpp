#include "command_table.h"

#include "output.h"
#include "storage/migration.h"

#include <spdlog/spdlog.h>

namespace fd::cli {

namespace {

const Option kVerbose{QStringLiteral("--verbose"), {}, QStringLiteral("log progress to stderr (also -v)")};

/// "a", "a or b", "a, b or c".
QString oneOf(const QStringList& words, const QString& last) {
    if (words.size() < 2) {
        return words.value(0);
    }
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ') + last +
           QLatin1Char(' ') + words.last();
}

QString optionText(const Option& o) {
    QString text = o.kind() == OptionKind::Flag ? o.name : o.name + QLatin1Char(' ') + o.placeholder;
    if (!o.required) {
        text = QLatin1Char('[') + text + QLatin1Char(']');
    }
    return o.repeatable ? text + QStringLiteral("...") : text;
}

const Option* findOption(const Command& c, const QString& word) {
    for (const Option& o : c.options) {
        if (o.name == word) {
            return &o;
        }
    }
    return word == QLatin1String("-v") || word == kVerbose.name ? &kVerbose : nullptr;
}

}  // namespace

/// The command line a command takes: "import leads|deals|… --db PATH FILE [--preset …]".
QString synopsis(const Command& c) {
    QStringList words{c.name};
    if (!c.kinds.isEmpty()) {
        words << c.kinds.join(QLatin1Char('|'));
    }
    for (const Option& o : c.options) {
        if (o.required) {
            words << optionText(o);
        }
    }
    if (!c.file.isEmpty()) {
        words << c.file;
    }
    for (const Option& o : c.options) {
        if (!o.required) {
            words << optionText(o);
        }
    }
    // Wrapped to a terminal's width, the lines after the first indented under the name.
    QString text;
    QString line;
    for (const QString& w : words) {
        if (!line.isEmpty() && line.size() + 1 + w.size() > 96) {
            text += line + QStringLiteral("\n");
            line = QString(c.name.size() + 3, QLatin1Char(' ')) + w;
        } else {
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
        }
    }
    return text + line;
}

std::optional<QString> Args::value(const char* name) const {
    const auto it = values.find(QLatin1String(name));
    return it == values.end() ? std::nullopt : std::optional<QString>(it->last());
}

QStringList Args::all(const char* name) const {
    return values.value(QLatin1String(name));
}

bool Args::flag(const char* name) const {
    return flags.contains(QLatin1String(name));
}

const std::vector<Command>& commands() {
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto family : {databaseCommands, backupCommands, importExportCommands, reportCommands,
                            bonusCommands, benchCommands}) {
            for (Command& c : family()) {
                list.push_back(std::move(c));
            }
        }
        return list;
    }();
    return all;
}

QString usage() {
    QString text = QStringLiteral("Usage: funneldesk-cli <command> [options]\n\nCommands:\n");
    for (const Command& c : commands()) {
        text += QStringLiteral("  %1\n").arg(synopsis(c));
        for (const QString& line : c.summary.split(QLatin1Char('\n'))) {
            text += QStringLiteral("        %1\n").arg(line);
        }
    }
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help                      show this help (after a command: that command's)\n"
        "  --version                       show the version\n"
        "  -v, --verbose                   log progress to stderr\n"
        "\nExit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
    return text;
}

QString commandHelp(const Command& c) {
    QString text = QStringLiteral("Usage: funneldesk-cli %1\n\n%2\n").arg(synopsis(c), c.summary);
    if (!c.kinds.isEmpty()) {
        text += QStringLiteral("\nKinds: %1\n").arg(c.kinds.join(QStringLiteral(", ")));
    }
    text += QStringLiteral("\nOptions:\n");
    std::vector<Option> all = c.options;
    all.push_back(kVerbose);
    for (const Option& o : all) {
        const QString name =
            o.kind() == OptionKind::Flag ? o.name : o.name + QLatin1Char(' ') + o.placeholder;
        QString notes;
        if (o.required) {
            notes += QStringLiteral(" (required)");
        }
        if (o.repeatable) {
            notes += QStringLiteral(" (may be repeated)");
        }
        text += QStringLiteral("  %1 %2%3\n").arg(name.leftJustified(30), o.help, notes);
    }
    return text;
}

std::optional<Args> parseArgs(const Command& c, const QStringList& words, QString* error) {
    Args a;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        const Option* o = findOption(c, word);
        if (o && o->kind() == OptionKind::Value) {
            if (i + 1 >= words.size()) {
                *error = QStringLiteral("%1 needs a value").arg(word);
                return std::nullopt;
            }
            a.values[word].append(words.at(++i));
        } else if (o) {
            a.flags << o->name;
        } else if (!c.file.isEmpty() && a.file.isEmpty() && !word.startsWith(QLatin1Char('-'))) {
            a.file = word;
        } else {
            *error = QStringLiteral("unknown option \"%1\" for \"%2\"").arg(word, c.name);
            return std::nullopt;
        }
    }
    QStringList missing;
    for (const Option& o : c.options) {
        if (o.required && !a.values.contains(o.name)) {
            missing << o.name + QLatin1Char(' ') + o.placeholder;
        }
    }
    if (!c.file.isEmpty() && a.file.isEmpty()) {
        missing << QStringLiteral("a ") + c.file;
    }
    if (!missing.isEmpty()) {
        *error = QStringLiteral("%1 needs %2").arg(c.name, oneOf(missing, QStringLiteral("and")));
        return std::nullopt;
    }
    return a;
}

Option databaseOption() {
    return {QStringLiteral("--db"), QStringLiteral("PATH"),
            QStringLiteral("the database file, or a server's postgresql://LOGIN@HOST[:PORT]/DATABASE"), true};
}

int dispatch(const QStringList& argv) {
    const QString first = argv.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("help")) {
        out() << usage();
        return first.isEmpty() ? kExitUsage : kExitOk;
    }
    if (first == QLatin1String("--version")) {
        out() << "funneldesk-cli " << FD_VERSION << " (schema version " << core::currentSchemaVersion()
              << ")\n";
        return kExitOk;
    }
    // The command: its first word, and the second where the name has two.
    QStringList seconds;
    for (const Command& c : commands()) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.first() != first) {
            continue;
        }
        if (name.size() == 2 && name.last() != argv.value(2)) {
            seconds << name.last();
            continue;
        }
        qsizetype next = 1 + name.size();
        const QStringList rest = argv.mid(next);
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out() << commandHelp(c);
            return kExitOk;
        }
        Args args;
        if (!c.kinds.isEmpty()) {
            if (!c.kinds.contains(argv.value(next))) {
                return fail(
                    QStringLiteral("%1 needs a kind: %2").arg(c.name, oneOf(c.kinds, QStringLiteral("or"))),
                    kExitUsage);
            }
            ++next;
        }
        QString error;
        std::optional<Args> parsed = parseArgs(c, argv.mid(next), &error);
        if (!parsed) {
            const QString called =
                c.kinds.isEmpty() ? c.name : c.name + QLatin1Char(' ') + argv.value(next - 1);
            return fail(error.replace(c.name + QStringLiteral(" needs"), called + QStringLiteral(" needs")),
                        kExitUsage);
        }
        parsed->kind = c.kinds.isEmpty() ? QString() : argv.value(next - 1);
        if (parsed->flag("--verbose")) {
            spdlog::set_level(spdlog::level::info);
        }
        return c.run(*parsed);
    }
    if (!seconds.isEmpty()) {
        return fail(QStringLiteral("%1 needs a kind: %2").arg(first, oneOf(seconds, QStringLiteral("or"))),
                    kExitUsage);
    }
    return fail(QStringLiteral("unknown command \"%1\"; see funneldesk-cli --help").arg(first), kExitUsage);
}

}  // namespace fd::cli
