// funneldesk-cli: the headless front end over funneldesk_core. Everything the GUI
// computes can be computed and printed here, which is how scripts and tests check it.

#include "services/demo_generator.h"
#include "storage/database.h"
#include "util/process_memory.h"
#include "storage/lead_repository.h"
#include "storage/migration.h"
#include "storage/milestone_verifier.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <optional>

namespace {

using namespace fd::core;

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char* const kUsage = R"(Usage: funneldesk-cli <command> [options]

Commands:
  init  --db PATH                 create a new empty database with default settings
  demo  --db PATH [--leads N] [--seed S] [--end YYYY-MM-DD] [--force]
                                  create a database with a realistic demo history
                                  (20000 leads, seed 1, ending today by default;
                                  --force replaces an existing file)
  check --db PATH                 run integrity, foreign-key and milestone checks
                                  and print the schema version

Options:
  -h, --help                      show this help
  --version                       show the version
  -v, --verbose                   log progress to stderr

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
)";

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message, int code = kExitFailure) {
    QTextStream err(stderr);
    err << "funneldesk-cli: error: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return code;
}


/// Options after the command word: "--name value" pairs and bare flags.
struct Args {
    QString command;
    QMap<QString, QString> values;
    QStringList flags;
    QString error;

    std::optional<QString> value(const char* name) const {
        const auto it = values.find(QLatin1String(name));
        return it == values.end() ? std::nullopt : std::optional<QString>(*it);
    }
    bool flag(const char* name) const { return flags.contains(QLatin1String(name)); }
};

Args parse(const QStringList& argv, const QStringList& valueOptions, const QStringList& flagOptions) {
    Args a;
    a.command = argv.value(1);
    for (qsizetype i = 2; i < argv.size(); ++i) {
        const QString& word = argv.at(i);
        if (valueOptions.contains(word)) {
            if (i + 1 >= argv.size()) {
                a.error = QStringLiteral("%1 needs a value").arg(word);
                return a;
            }
            a.values.insert(word, argv.at(++i));
        } else if (flagOptions.contains(word)) {
            a.flags << word;
        } else {
            a.error = QStringLiteral("unknown option \"%1\" for \"%2\"").arg(word, a.command);
            return a;
        }
    }
    return a;
}

int openError(const Error& e) { return fail(e.message()); }

int runInit(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("init needs --db PATH"), kExitUsage);
    }
    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::CreateNew);
    if (!db) {
        return openError(db.error());
    }
    out() << "Created " << *path << " (schema version " << (*db)->schemaVersion() << ")\n";
    return kExitOk;
}

int runDemo(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("demo needs --db PATH"), kExitUsage);
    }
    DemoOptions options;
    bool ok = true;
    if (const auto v = a.value("--leads")) {
        options.leads = v->toLongLong(&ok);
        if (!ok || options.leads < 1) {
            return fail(QStringLiteral("--leads must be a positive whole number, not \"%1\"").arg(*v), kExitUsage);
        }
    }
    if (const auto v = a.value("--seed")) {
        options.seed = v->toULongLong(&ok);
        if (!ok) {
            return fail(QStringLiteral("--seed must be a whole number, not \"%1\"").arg(*v), kExitUsage);
        }
    }
    if (const auto v = a.value("--end")) {
        options.endDate = QDate::fromString(*v, Qt::ISODate);
        if (!options.endDate.isValid()) {
            return fail(QStringLiteral("--end must be a date as YYYY-MM-DD, not \"%1\"").arg(*v), kExitUsage);
        }
    }
    if (options.leads > 50000) {
        options.batchLeads = 2000;
    }
    if (QFileInfo::exists(*path)) {
        if (!a.flag("--force")) {
            return fail(QStringLiteral("\"%1\" already exists; pass --force to replace it").arg(*path));
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(*path + suffix);
        }
        if (QFileInfo::exists(*path)) {
            return fail(QStringLiteral("\"%1\" cannot be replaced").arg(*path));
        }
    }

    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = Error{};
    {
        Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::CreateNew);
        if (!db) {
            return openError(db.error());
        }
        const bool verbose = a.flag("-v") || a.flag("--verbose");
        qint64 lastPercent = -1;
        options.progress = [&](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            if (verbose && percent / 10 != lastPercent / 10) {
                QTextStream(stderr) << "demo: " << done << " of " << total << " requests ("
                                    << timer.elapsed() / 1000 << " s)\n";
            }
            lastPercent = percent;
        };
        summary = DemoGenerator(**db).generate(options);
    }
    if (!summary) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(*path + suffix);
        }
        return fail(summary.error().message());
    }
    const DemoSummary& s = *summary;
    out() << "Demo database written to " << *path << '\n'
          << "  leads:          " << s.leads << '\n'
          << "  repeat touches: " << s.repeatTouches << '\n'
          << "  calls:          " << s.calls << '\n'
          << "  meetings:       " << s.meetings << '\n'
          << "  arrivals:       " << s.arrivals << '\n'
          << "  deals:          " << s.deals << '\n'
          << "  payments:       " << s.payments << '\n'
          << "  time:           " << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1) << " s\n"
          << "  peak memory:    " << QString::number(fd::core::peakResidentMiB(), 'f', 1) << " MiB\n";
    return kExitOk;
}

int runCheck(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("check needs --db PATH"), kExitUsage);
    }
    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::Existing);
    if (!db) {
        return openError(db.error());
    }
    Database& d = **db;
    try {
        const PragmaState& p = d.pragmas();
        out() << "Database:        " << *path << '\n'
              << "Schema version:  " << d.schemaVersion() << " (this program writes " << currentSchemaVersion()
              << ")\n"
              << "Pragmas:         foreign_keys=" << p.foreignKeys << " journal_mode=" << p.journalMode
              << " synchronous=" << p.synchronous << " busy_timeout=" << p.busyTimeoutMs
              << " trusted_schema=" << p.trustedSchema << '\n'
              << "Leads:           " << LeadRepository(d).leadCount() << '\n';
        const QStringList problems = d.integrityProblems();
        out() << "Integrity:       " << (problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; ")))
              << '\n';
        MilestoneVerifier verifier(d);
        const auto mismatches = verifier.verify(5);
        out() << "Milestones:      "
              << (mismatches.empty() ? QStringLiteral("ok (%1 leads)").arg(verifier.checkedLeads())
                                     : QStringLiteral("%1 of %2 leads differ from their events")
                                           .arg(verifier.mismatchedLeads())
                                           .arg(verifier.checkedLeads()))
              << '\n';
        for (const MilestoneMismatch& m : mismatches) {
            out() << "  lead " << m.leadId << ' ' << m.field << ": stored " << m.stored << ", events say "
                  << m.expected << '\n';
        }
        out().flush();
        if (!problems.isEmpty() || !mismatches.empty()) {
            return fail(QStringLiteral("the database has problems (see above)"));
        }
    } catch (const StorageError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    return kExitOk;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));

    auto logger = spdlog::stderr_color_mt("funneldesk-cli");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::warn);

    const QStringList argv_ = QCoreApplication::arguments();
    const QString command = argv_.value(1);
    if (command.isEmpty() || command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << kUsage;
        return command.isEmpty() ? kExitUsage : kExitOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "funneldesk-cli " << FD_VERSION << " (schema version " << currentSchemaVersion() << ")\n";
        return kExitOk;
    }

    const QStringList verbose{QStringLiteral("-v"), QStringLiteral("--verbose")};
    Args args;
    if (command == QLatin1String("init") || command == QLatin1String("check")) {
        args = parse(argv_, {QStringLiteral("--db")}, verbose);
    } else if (command == QLatin1String("demo")) {
        args = parse(argv_,
                     {QStringLiteral("--db"), QStringLiteral("--leads"), QStringLiteral("--seed"), QStringLiteral("--end")},
                     verbose + QStringList{QStringLiteral("--force")});
    } else {
        return fail(QStringLiteral("unknown command \"%1\"; see funneldesk-cli --help").arg(command), kExitUsage);
    }
    if (!args.error.isEmpty()) {
        return fail(args.error, kExitUsage);
    }
    if (args.flag("-v") || args.flag("--verbose")) {
        spdlog::set_level(spdlog::level::info);
    }
    if (command == QLatin1String("init")) {
        return runInit(args);
    }
    if (command == QLatin1String("demo")) {
        return runDemo(args);
    }
    return runCheck(args);
}
