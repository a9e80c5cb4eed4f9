// funneldesk-cli: the headless front end over funneldesk_core. Everything the GUI
// computes can be computed and printed here, which is how scripts and tests check it.

#include "funnel/funnel_engine.h"
#include "funnel/funnel_json.h"
#include "funnel/kpi_report.h"
#include "services/demo_generator.h"
#include "services/data_export.h"
#include "services/data_import.h"
#include "services/catalog_service.h"
#include "storage/catalog_repository.h"
#include "storage/funnel_repository.h"
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
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
  demo  --db PATH [--leads N] [--seed S] [--end YYYY-MM-DD] [--until HH:MM] [--force]
                                  create a database with a realistic demo history
                                  (20000 leads, seed 1, ending now by default; --until
                                  stops the end day at that Moscow time; --force
                                  replaces an existing file)
  config --db PATH [--set KEY=VALUE]...
                                  print the company settings, or change them
                                  (report_time_zone, attribution_window_days,
                                  first_call_sla_minutes, max_call_attempts)
  import leads|deals|payments|spend|visitors --db PATH FILE
               [--preset funneldesk|bitrix24|amocrm] [--map field=column]...
               [--encoding auto|utf-8|cp1251] [--delimiter auto|';'|','|tab] [--dry-run]
               [--on-error abort|skip] [--report FILE]
                                  import from CSV; prints read, created, repeat touches,
                                  updated, unchanged and skipped rows (fields: see README)
  export leads|meetings|deals|payments --db PATH --out FILE [--from YYYY-MM-DD]
               [--to YYYY-MM-DD] [--format csv|xlsx|ics] [--office NAME] [--manager NAME]
               [--delimiter ';'|','] [--raw]
                                  CSV (UTF-8 with BOM, formula-like cells neutralized
                                  unless --raw) or XLSX, readable by import; meetings
                                  also as an iCalendar file (--format ics)
  check --db PATH                 run integrity, foreign-key and milestone checks
                                  and print the schema version
  report funnel --db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--mode cohort|period]
                [--window-days N] [--by none|channel|campaign|office|operator|manager|day|week|month]
                [--office NAME]... [--channel NAME]... [--campaign NAME]... [--operator NAME]...
                [--manager NAME]... [--format table|csv|json]
                                  the funnel for a period (see docs/metrics.md)
  bench report --db PATH [--runs N]
                                  time the funnel reports on a (large) database: cohort by
                                  channel and period by week over the last year, operator
                                  KPIs for the last month, and the straightforward SQL
  report kpi --db PATH --from YYYY-MM-DD --to YYYY-MM-DD
             [--department marketing|call_center|sales] [--format table|csv|json]
                                  per-department KPIs for a period

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
    QMap<QString, QStringList> values;
    QStringList flags;
    QString error;

    std::optional<QString> value(const char* name) const {
        const auto it = values.find(QLatin1String(name));
        return it == values.end() ? std::nullopt : std::optional<QString>(it->last());
    }
    QStringList all(const char* name) const { return values.value(QLatin1String(name)); }
    bool flag(const char* name) const { return flags.contains(QLatin1String(name)); }
};

Args parse(const QStringList& argv, const QStringList& valueOptions, const QStringList& flagOptions, int first = 2) {
    Args a;
    a.command = argv.value(1);
    for (qsizetype i = first; i < argv.size(); ++i) {
        const QString& word = argv.at(i);
        if (valueOptions.contains(word)) {
            if (i + 1 >= argv.size()) {
                a.error = QStringLiteral("%1 needs a value").arg(word);
                return a;
            }
            a.values[word].append(argv.at(++i));
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

int runConfig(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("config needs --db PATH"), kExitUsage);
    }
    for (const QString& pair : a.all("--set")) {
        if (!pair.contains(QLatin1Char('='))) {
            return fail(QStringLiteral("--set needs KEY=VALUE, not \"%1\"").arg(pair), kExitUsage);
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::Existing);
    if (!db) {
        return openError(db.error());
    }
    CatalogService catalog(**db);
    for (const QString& pair : a.all("--set")) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const Status changed = catalog.changeSetting(pair.left(eq).trimmed(), pair.mid(eq + 1));
        if (!changed) {
            return fail(changed.error().message());
        }
    }
    try {
        for (const CatalogService::Setting& s : catalog.settings()) {
            out() << s.key << " = " << s.value << "    # " << s.description << '\n';
        }
    } catch (const StorageError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    return kExitOk;
}

int runImport(const QStringList& argv) {
    const std::optional<ImportKind> kind = importKindFromName(argv.value(2));
    if (!kind) {
        return fail(QStringLiteral("import needs a kind: leads, deals, payments, spend or visitors"), kExitUsage);
    }
    const QStringList valueOptions{QStringLiteral("--db"),       QStringLiteral("--preset"),   QStringLiteral("--map"),
                                   QStringLiteral("--encoding"), QStringLiteral("--delimiter"), QStringLiteral("--on-error"),
                                   QStringLiteral("--report")};
    QMap<QString, QStringList> values;
    QString file;
    bool dryRun = false;
    for (qsizetype i = 3; i < argv.size(); ++i) {
        const QString& w = argv.at(i);
        if (valueOptions.contains(w)) {
            if (i + 1 >= argv.size()) {
                return fail(QStringLiteral("%1 needs a value").arg(w), kExitUsage);
            }
            values[w] << argv.at(++i);
        } else if (w == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (w == QLatin1String("-v") || w == QLatin1String("--verbose")) {
            spdlog::set_level(spdlog::level::info);
        } else if (!w.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = w;
        } else {
            return fail(QStringLiteral("unknown option \"%1\" for \"import\"").arg(w), kExitUsage);
        }
    }
    const QString db = values.value(QStringLiteral("--db")).value(0);
    if (db.isEmpty() || file.isEmpty()) {
        return fail(QStringLiteral("import %1 needs --db PATH and a FILE").arg(argv.value(2)), kExitUsage);
    }
    ImportOptions o;
    o.kind = *kind;
    o.dryRun = dryRun;
    o.preset = values.value(QStringLiteral("--preset")).value(0, QStringLiteral("funneldesk"));
    for (const QString& pair : values.value(QStringLiteral("--map"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return fail(QStringLiteral("--map needs field=column, not \"%1\"").arg(pair), kExitUsage);
        }
        o.map.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    const QString encoding = values.value(QStringLiteral("--encoding")).value(0, QStringLiteral("auto"));
    if (encoding == QLatin1String("utf-8")) {
        o.csv.encoding = CsvEncoding::Utf8;
    } else if (encoding == QLatin1String("cp1251")) {
        o.csv.encoding = CsvEncoding::Cp1251;
    } else if (encoding != QLatin1String("auto")) {
        return fail(QStringLiteral("--encoding must be auto, utf-8 or cp1251"), kExitUsage);
    }
    const QString delimiter = values.value(QStringLiteral("--delimiter")).value(0, QStringLiteral("auto"));
    if (delimiter == QLatin1String("tab")) {
        o.csv.delimiter = QLatin1Char('\t');
    } else if (delimiter == QLatin1String(";") || delimiter == QLatin1String(",")) {
        o.csv.delimiter = delimiter.front();
    } else if (delimiter != QLatin1String("auto")) {
        return fail(QStringLiteral("--delimiter must be auto, ';', ',' or tab"), kExitUsage);
    }
    const QString onError = values.value(QStringLiteral("--on-error")).value(0, QStringLiteral("abort"));
    if (onError != QLatin1String("abort") && onError != QLatin1String("skip")) {
        return fail(QStringLiteral("--on-error must be abort or skip"), kExitUsage);
    }
    o.abortOnError = onError == QLatin1String("abort");

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read \"%1\": %2").arg(file, in.errorString()));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(db, OpenMode::Existing);
    if (!opened) {
        return openError(opened.error());
    }
    const Result<ImportSummary> done = DataImport(**opened).run(in, o);
    if (!done) {
        return fail(done.error().message());
    }
    const ImportSummary& r = *done;
    out() << "read:           " << r.read << '\n'
          << "created:        " << r.created << '\n'
          << "repeat touches: " << r.repeatTouches << '\n'
          << "updated:        " << r.updated << '\n'
          << "unchanged:      " << r.unchanged << '\n'
          << "skipped:        " << r.skipped << '\n';
    if (r.ignored > 0) {
        out() << "not sales:      " << r.ignored << "  (deals in a stage other than won)\n";
    }
    for (const ImportRowError& e : r.errors) {
        QTextStream(stderr) << "line " << e.line << (e.column.isEmpty() ? QString() : QStringLiteral(", ") + e.column)
                            << ": " << e.reason << '\n';
    }
    if (const QString report = values.value(QStringLiteral("--report")).value(0); !report.isEmpty()) {
        QFile f(report);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(QStringLiteral("cannot write the report \"%1\"").arg(report));
        }
        QTextStream ts(&f);
        ts.setEncoding(QStringConverter::Utf8);
        ts.setGenerateByteOrderMark(true);
        ts << "line;column;reason\n";
        for (const ImportRowError& e : r.errors) {
            auto quote = [](QString v) { return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"'); };
            ts << e.line << ';' << quote(e.column) << ';' << quote(e.reason) << '\n';
        }
    }
    if (dryRun) {
        out() << "dry run: nothing was written\n";
        return r.errors.empty() ? kExitOk : kExitFailure;
    }
    if (!r.errors.empty() && o.abortOnError) {
        out() << "nothing was written: " << r.errors.size() << " bad rows\n";
        return kExitFailure;
    }
    return kExitOk;
}

int runExport(const QStringList& argv) {
    const std::optional<ExportKind> kind = exportKindFromName(argv.value(2));
    if (!kind) {
        return fail(QStringLiteral("export needs a kind: leads, meetings, deals or payments"), kExitUsage);
    }
    const Args a = parse(argv,
                         {QStringLiteral("--db"), QStringLiteral("--out"), QStringLiteral("--from"), QStringLiteral("--to"),
                          QStringLiteral("--format"), QStringLiteral("--delimiter"), QStringLiteral("--office"),
                          QStringLiteral("--manager")},
                         {QStringLiteral("--raw"), QStringLiteral("-v"), QStringLiteral("--verbose")}, 3);
    if (!a.error.isEmpty()) {
        return fail(a.error, kExitUsage);
    }
    const auto db = a.value("--db");
    const auto outPath = a.value("--out");
    if (!db || !outPath) {
        return fail(QStringLiteral("export %1 needs --db PATH and --out FILE").arg(argv.value(2)), kExitUsage);
    }
    ExportOptions o;
    o.kind = *kind;
    const QString format = a.value("--format").value_or(QStringLiteral("csv"));
    if (format == QLatin1String("xlsx")) {
        o.format = ExportFormat::Xlsx;
    } else if (format == QLatin1String("ics")) {
        if (*kind != ExportKind::Meetings) {
            return fail(QStringLiteral("--format ics is for meetings"), kExitUsage);
        }
        o.format = ExportFormat::ICalendar;
    } else if (format != QLatin1String("csv")) {
        return fail(QStringLiteral("--format must be csv, xlsx or ics (meetings)"), kExitUsage);
    }
    o.raw = a.flag("--raw");
    const QString delimiter = a.value("--delimiter").value_or(QStringLiteral(";"));
    if (delimiter != QLatin1String(";") && delimiter != QLatin1String(",")) {
        return fail(QStringLiteral("--delimiter must be ';' or ','"), kExitUsage);
    }
    o.delimiter = delimiter.front();
    o.office = a.value("--office").value_or(QString());
    o.manager = a.value("--manager").value_or(QString());
    for (const auto& [name, date] : {std::pair{"--from", &o.from}, std::pair{"--to", &o.to}}) {
        if (const auto v = a.value(name)) {
            *date = QDate::fromString(*v, Qt::ISODate);
            if (!date->isValid()) {
                return fail(QStringLiteral("%1 must be a date as YYYY-MM-DD").arg(QLatin1String(name)), kExitUsage);
            }
        }
    }
    Result<std::unique_ptr<Database>> opened = Database::open(*db, OpenMode::Existing);
    if (!opened) {
        return openError(opened.error());
    }
    const Result<qint64> written = exportToFile(**opened, o, *outPath, QDateTime::currentSecsSinceEpoch());
    if (!written) {
        return fail(written.error().message());
    }
    out() << argv.value(2) << " written: " << *written << '\n';
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
    if (const auto v = a.value("--until")) {
        const QTime time = QTime::fromString(*v, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            return fail(QStringLiteral("--until must be a time as HH:MM, not \"%1\"").arg(*v), kExitUsage);
        }
        const QTimeZone moscow("Europe/Moscow");
        if (!options.endDate.isValid()) {
            options.endDate = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), moscow).date();
        }
        options.until = QDateTime(options.endDate, time, moscow).toSecsSinceEpoch();
        if (options.until > QDateTime::currentSecsSinceEpoch()) {
            return fail(QStringLiteral("--until %1 on %2 is in the future").arg(*v, options.endDate.toString(Qt::ISODate)),
                        kExitUsage);
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

/// Resolves names given on the command line to ids; an unknown name is an error.
std::optional<std::vector<Id>> namesToIds(const QStringList& names, const QHash<QString, Id>& known, const char* what,
                                          QString* error) {
    std::vector<Id> ids;
    for (const QString& n : names) {
        const auto it = known.find(n);
        if (it == known.end()) {
            *error = QStringLiteral("there is no %1 named \"%2\"").arg(QLatin1String(what), n);
            return std::nullopt;
        }
        ids.push_back(*it);
    }
    return ids;
}

QString number(const std::optional<double>& v, int decimals) {
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString rubles(const std::optional<double>& kopecks) {
    return kopecks ? QString::number(*kopecks / 100.0, 'f', 0) : QStringLiteral("n/a");
}

int runFunnelReport(const Args& a) {
    const auto path = a.value("--db");
    const auto from = a.value("--from");
    const auto to = a.value("--to");
    if (!path || !from || !to) {
        return fail(QStringLiteral("report funnel needs --db PATH, --from YYYY-MM-DD and --to YYYY-MM-DD"), kExitUsage);
    }
    FunnelSpec spec;
    spec.from = QDate::fromString(*from, Qt::ISODate);
    spec.to = QDate::fromString(*to, Qt::ISODate);
    if (!spec.from.isValid() || from->size() != 10) {
        return fail(QStringLiteral("--from must be a date as YYYY-MM-DD, not \"%1\"").arg(*from), kExitUsage);
    }
    if (!spec.to.isValid() || to->size() != 10) {
        return fail(QStringLiteral("--to must be a date as YYYY-MM-DD, not \"%1\"").arg(*to), kExitUsage);
    }
    if (spec.from >= spec.to) {
        return fail(QStringLiteral("--from must be before --to"), kExitUsage);
    }
    const QString mode = a.value("--mode").value_or(QStringLiteral("cohort"));
    if (mode != QLatin1String("cohort") && mode != QLatin1String("period")) {
        return fail(QStringLiteral("--mode must be cohort or period, not \"%1\"").arg(mode), kExitUsage);
    }
    spec.mode = mode == QLatin1String("cohort") ? FunnelMode::Cohort : FunnelMode::Period;
    if (const auto w = a.value("--window-days")) {
        bool ok = false;
        const int days = w->toInt(&ok);
        if (!ok || days < 1) {
            return fail(QStringLiteral("--window-days must be a positive whole number, not \"%1\"").arg(*w), kExitUsage);
        }
        spec.windowDays = days;
    }
    const QString by = a.value("--by").value_or(QStringLiteral("none"));
    const auto breakdown = breakdownFromCode(by);
    if (!breakdown) {
        return fail(QStringLiteral("--by must be one of none, channel, campaign, office, operator, manager, day, "
                                   "week, month, not \"%1\"")
                        .arg(by),
                    kExitUsage);
    }
    spec.by = *breakdown;
    const QString format = a.value("--format").value_or(QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return fail(QStringLiteral("--format must be table, csv or json, not \"%1\"").arg(format), kExitUsage);
    }

    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::Existing);
    if (!db) {
        return openError(db.error());
    }
    try {
        CatalogRepository catalog(**db);
        QHash<QString, Id> offices, channels, campaigns, operators, managers;
        for (const Office& o : catalog.offices()) offices.insert(o.name, o.id);
        for (const Channel& c : catalog.channels()) channels.insert(c.name, c.id);
        for (const Campaign& c : catalog.campaigns()) campaigns.insert(c.name, c.id);
        for (const Employee& e : catalog.employees()) {
            (e.role == Role::OfficeManager ? managers : operators).insert(e.name, e.id);
        }
        QString error;
        const auto o = namesToIds(a.all("--office"), offices, "office", &error);
        const auto ch = o ? namesToIds(a.all("--channel"), channels, "channel", &error) : std::nullopt;
        const auto cp = ch ? namesToIds(a.all("--campaign"), campaigns, "campaign", &error) : std::nullopt;
        const auto op = cp ? namesToIds(a.all("--operator"), operators, "operator", &error) : std::nullopt;
        const auto mg = op ? namesToIds(a.all("--manager"), managers, "manager", &error) : std::nullopt;
        if (!mg) {
            return fail(error, kExitUsage);
        }
        spec.offices = *o;
        spec.channels = *ch;
        spec.campaigns = *cp;
        spec.operators = *op;
        spec.managers = *mg;
    } catch (const StorageError& e) {
        return fail(QString::fromStdString(e.what()));
    }

    Result<FunnelReport> report = FunnelEngine(**db).run(spec);
    if (!report) {
        return fail(report.error().message());
    }
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(funnelReportToJson(*report)).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    const bool csv = format == QLatin1String("csv");
    QStringList header{QStringLiteral("group")};
    for (const char* code : kStageCodes) {
        header << QString::fromLatin1(code);
    }
    header << QStringLiteral("lead_to_target") << QStringLiteral("ci_low") << QStringLiteral("ci_high")
           << QStringLiteral("revenue_rub") << QStringLiteral("spend_rub") << QStringLiteral("cpl_rub")
           << QStringLiteral("cost_per_target_rub") << QStringLiteral("romi") << QStringLiteral("maturing");
    auto line = [&](const FunnelGroup& g) {
        QStringList cells{g.label};
        for (qint64 n : g.stages) {
            cells << QString::number(n);
        }
        const Rate& target = g.cumulative[3];
        cells << number(target.rate, 4) << number(target.ciLow, 4) << number(target.ciHigh, 4)
              << QString::number(static_cast<double>(g.money.revenue) / 100.0, 'f', 0)
              << (g.money.spend ? QString::number(static_cast<double>(*g.money.spend) / 100.0, 'f', 0) : QStringLiteral("n/a"))
              << rubles(g.money.cpl) << rubles(g.money.costPerTarget)
              << (g.money.romi ? QString::number(*g.money.romi, 'f', 2) : QStringLiteral("n/a"))
              << (g.maturing ? QStringLiteral("yes") : QStringLiteral("no"));
        return cells;
    };
    std::vector<QStringList> rows{header};
    for (const FunnelGroup& g : report->groups) {
        rows.push_back(line(g));
    }
    if (report->spec.by != Breakdown::None) {
        rows.push_back(line(report->total));
    }
    if (csv) {
        for (const QStringList& r : rows) {
            QStringList quoted;
            for (const QString& c : r) {
                quoted << (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"'))
                               ? QLatin1Char('"') + QString(c).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                               : c);
            }
            out() << quoted.join(QLatin1Char(',')) << '\n';
        }
        return kExitOk;
    }
    std::vector<qsizetype> widths(header.size(), 0);
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], r[i].size());
        }
    }
    out() << (report->spec.mode == FunnelMode::Cohort ? "Cohort funnel" : "Period funnel") << ' '
          << report->spec.from.toString(Qt::ISODate) << " .. " << report->spec.to.toString(Qt::ISODate) << " ("
          << report->timeZone << ")";
    if (report->noData) {
        out() << " — no data in this period; the database has data from "
              << (report->dataFirst ? report->dataFirst->toString(Qt::ISODate) : QStringLiteral("-")) << " to "
              << (report->dataLast ? report->dataLast->toString(Qt::ISODate) : QStringLiteral("-"));
    }
    out() << '\n';
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            out() << (i == 0 ? r[i].leftJustified(widths[0]) : r[i].rightJustified(widths[static_cast<std::size_t>(i)]))
                  << ' ';
        }
        out() << '\n';
    }
    return kExitOk;
}

/// Reads --from/--to as a period; on a problem returns the exit code after printing it.
std::optional<int> readPeriod(const Args& a, QDate* from, QDate* to) {
    const auto f = a.value("--from");
    const auto t = a.value("--to");
    if (!f || !t) {
        return fail(QStringLiteral("the report needs --from YYYY-MM-DD and --to YYYY-MM-DD"), kExitUsage);
    }
    *from = QDate::fromString(*f, Qt::ISODate);
    *to = QDate::fromString(*t, Qt::ISODate);
    if (!from->isValid() || f->size() != 10) {
        return fail(QStringLiteral("--from must be a date as YYYY-MM-DD, not \"%1\"").arg(*f), kExitUsage);
    }
    if (!to->isValid() || t->size() != 10) {
        return fail(QStringLiteral("--to must be a date as YYYY-MM-DD, not \"%1\"").arg(*t), kExitUsage);
    }
    if (*from >= *to) {
        return fail(QStringLiteral("--from must be before --to"), kExitUsage);
    }
    return std::nullopt;
}

int runKpiReport(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("report kpi needs --db PATH"), kExitUsage);
    }
    QDate from;
    QDate to;
    if (const auto code = readPeriod(a, &from, &to)) {
        return *code;
    }
    std::vector<Department> departments{Department::Marketing, Department::CallCenter, Department::Sales};
    if (const auto d = a.value("--department")) {
        const auto dep = departmentFromCode(*d);
        if (!dep) {
            return fail(QStringLiteral("--department must be marketing, call_center or sales, not \"%1\"").arg(*d),
                        kExitUsage);
        }
        departments = {*dep};
    }
    const QString format = a.value("--format").value_or(QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return fail(QStringLiteral("--format must be table, csv or json, not \"%1\"").arg(format), kExitUsage);
    }
    Result<std::unique_ptr<Database>> db = Database::open(*path, OpenMode::Existing);
    if (!db) {
        return openError(db.error());
    }
    QJsonArray json;
    for (const Department dep : departments) {
        Result<KpiReport> report = kpiReport(**db, dep, from, to);
        if (!report) {
            return fail(report.error().message());
        }
        QStringList header{QStringLiteral("department"), QStringLiteral("kind"), QStringLiteral("name"),
                           QStringLiteral("leads"), QStringLiteral("booked"), QStringLiteral("arrived"),
                           QStringLiteral("target_arrived"), QStringLiteral("sales")};
        switch (dep) {
            case Department::Marketing:
                header << QStringLiteral("visitor_to_lead") << QStringLiteral("cpl_rub")
                       << QStringLiteral("cost_per_target_rub") << QStringLiteral("romi");
                break;
            case Department::CallCenter:
                header << QStringLiteral("lead_to_target") << QStringLiteral("show_up")
                       << QStringLiteral("median_min_to_first_call");
                break;
            case Department::Sales:
                header << QStringLiteral("close_rate") << QStringLiteral("sales_after_follow_up")
                       << QStringLiteral("revenue_rub") << QStringLiteral("average_deal_rub");
                break;
        }
        std::vector<QStringList> rows{header};
        for (const KpiRow& r : report->rows) {
            QStringList cells{departmentCode(dep), r.kind, r.label, QString::number(r.leads), QString::number(r.booked),
                              QString::number(r.arrived), QString::number(r.target), QString::number(r.sales)};
            switch (dep) {
                case Department::Marketing:
                    cells << number(r.visitorToLead.rate, 4) << rubles(r.cpl) << rubles(r.costPerTarget)
                          << (r.romi ? QString::number(*r.romi, 'f', 2) : QStringLiteral("n/a"));
                    break;
                case Department::CallCenter:
                    cells << number(r.leadToTarget.rate, 4) << number(r.showUp.rate, 4)
                          << number(r.medianMinutesToFirstCall, 1);
                    break;
                case Department::Sales:
                    cells << number(r.closeRate.rate, 4) << QString::number(r.salesAfterFollowUp)
                          << QString::number(static_cast<double>(r.revenue) / 100.0, 'f', 0) << rubles(r.averageDeal);
                    break;
            }
            rows.push_back(cells);
            QJsonObject o{{QStringLiteral("department"), departmentCode(dep)}, {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label},
                          {QStringLiteral("leads"), r.leads}, {QStringLiteral("booked"), r.booked},
                          {QStringLiteral("arrived"), r.arrived}, {QStringLiteral("target_arrived"), r.target},
                          {QStringLiteral("sales"), r.sales}, {QStringLiteral("sales_after_follow_up"), r.salesAfterFollowUp},
                          {QStringLiteral("revenue"), r.revenue}, {QStringLiteral("visitor_to_lead"), rateToJson(r.visitorToLead)},
                          {QStringLiteral("lead_to_target"), rateToJson(r.leadToTarget)},
                          {QStringLiteral("show_up"), rateToJson(r.showUp)}, {QStringLiteral("close_rate"), rateToJson(r.closeRate)},
                          {QStringLiteral("cpl"), r.cpl ? QJsonValue(*r.cpl) : QJsonValue()},
                          {QStringLiteral("cost_per_target"), r.costPerTarget ? QJsonValue(*r.costPerTarget) : QJsonValue()},
                          {QStringLiteral("romi"), r.romi ? QJsonValue(*r.romi) : QJsonValue()},
                          {QStringLiteral("average_deal"), r.averageDeal ? QJsonValue(*r.averageDeal) : QJsonValue()},
                          {QStringLiteral("median_minutes_to_first_call"),
                           r.medianMinutesToFirstCall ? QJsonValue(*r.medianMinutesToFirstCall) : QJsonValue()}};
            json.append(o);
        }
        if (format == QLatin1String("csv")) {
            for (const QStringList& r : rows) {
                out() << r.join(QLatin1Char(',')) << '\n';
            }
        } else if (format == QLatin1String("table")) {
            std::vector<qsizetype> widths(header.size(), 0);
            for (const QStringList& r : rows) {
                for (qsizetype i = 0; i < r.size(); ++i) {
                    widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], r[i].size());
                }
            }
            for (const QStringList& r : rows) {
                for (qsizetype i = 1; i < r.size(); ++i) {
                    out() << (i <= 2 ? r[i].leftJustified(widths[static_cast<std::size_t>(i)])
                                     : r[i].rightJustified(widths[static_cast<std::size_t>(i)]))
                          << ' ';
                }
                out() << '\n';
            }
            out() << '\n';
        }
    }
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                           {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                           {QStringLiteral("rows"), json}})
                     .toJson(QJsonDocument::Indented);
    }
    return kExitOk;
}

int runReportBench(const Args& a) {
    const auto path = a.value("--db");
    if (!path) {
        return fail(QStringLiteral("bench report needs --db PATH (make one with: demo --leads 1000000)"), kExitUsage);
    }
    bool ok = true;
    const int runs = a.value("--runs").value_or(QStringLiteral("5")).toInt(&ok);
    if (!ok || runs < 1) {
        return fail(QStringLiteral("--runs must be a positive whole number"), kExitUsage);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(*path, OpenMode::Existing);
    if (!opened) {
        return openError(opened.error());
    }
    Database& db = **opened;
    try {
        const auto range = FunnelRepository(db).eventRange();
        if (!range) {
            return fail(QStringLiteral("the database has no data to report on"));
        }
        const QTimeZone zone(CatalogService(db).reportTimeZone().toUtf8());
        const QDate last = QDateTime::fromSecsSinceEpoch(range->second, zone).date().addDays(1);
        const QDate yearAgo = last.addYears(-1);
        const QDate monthAgo = last.addMonths(-1);
        out() << "Database: " << *path << " (" << LeadRepository(db).leadCount() << " leads), data up to "
              << last.addDays(-1).toString(Qt::ISODate) << ", median of " << runs << " runs\n";
        out().flush();
        auto median = [&](const std::function<bool()>& work) {
            std::vector<double> ms;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                if (!work()) {
                    return -1.0;
                }
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
            return *FunnelEngine::percentile(ms, 0.5);
        };
        auto funnel = [&](FunnelMode mode, Breakdown by, QDate from, QDate to) {
            FunnelSpec spec;
            spec.from = from;
            spec.to = to;
            spec.mode = mode;
            spec.by = by;
            return median([&] { return FunnelEngine(db).run(spec).ok(); });
        };
        {
            // The first report reads every lead's facts; later ones reuse them while the data is
            // unchanged (see docs/architecture.md).
            FunnelSpec spec;
            spec.from = yearAgo;
            spec.to = last;
            spec.by = Breakdown::Channel;
            QElapsedTimer t;
            t.start();
            if (!FunnelEngine(db).run(spec).ok()) {
                return fail(QStringLiteral("the report failed"));
            }
            out() << "first report, reading the database:  "
                  << QString::number(static_cast<double>(t.nsecsElapsed()) / 1e6, 'f', 1) << " ms\n";
        }
        const double cohort = funnel(FunnelMode::Cohort, Breakdown::Channel, yearAgo, last);
        out() << "cohort funnel by channel, one year:   " << QString::number(cohort, 'f', 1) << " ms\n";
        out().flush();
        const double period = funnel(FunnelMode::Period, Breakdown::Week, yearAgo, last);
        out() << "period funnel by week, one year:      " << QString::number(period, 'f', 1) << " ms\n";
        out().flush();
        const double kpi = median([&] { return kpiReport(db, Department::CallCenter, monthAgo, last).ok(); });
        out() << "operator KPIs, one month:             " << QString::number(kpi, 'f', 1) << " ms\n";
        out().flush();
        const qint64 fromTs = QDateTime(yearAgo, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 toTs = QDateTime(last, QTime(0, 0), zone).toSecsSinceEpoch();
        const double naive = median([&] { return FunnelRepository(db).straightforwardCohortByChannel(fromTs, toTs) >= 0; });
        out() << "straightforward SQL, same cohort:     " << QString::number(naive, 'f', 1) << " ms ("
              << QString::number(naive / cohort, 'f', 1) << "x the engine's time)\n"
              << "peak memory (VmHWM):                  " << QString::number(peakResidentMiB(), 'f', 1) << " MiB\n";
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
    } else if (command == QLatin1String("export")) {
        return runExport(argv_);
    } else if (command == QLatin1String("import")) {
        return runImport(argv_);
    } else if (command == QLatin1String("config")) {
        args = parse(argv_, {QStringLiteral("--db"), QStringLiteral("--set")}, verbose);
        if (!args.error.isEmpty()) {
            return fail(args.error, kExitUsage);
        }
        return runConfig(args);
    } else if (command == QLatin1String("demo")) {
        args = parse(argv_,
                     {QStringLiteral("--db"), QStringLiteral("--leads"), QStringLiteral("--seed"), QStringLiteral("--end"),
                      QStringLiteral("--until")},
                     verbose + QStringList{QStringLiteral("--force")});
    } else if (command == QLatin1String("bench")) {
        if (argv_.value(2) != QLatin1String("report")) {
            return fail(QStringLiteral("bench needs a kind: report"), kExitUsage);
        }
        args = parse(argv_, {QStringLiteral("--db"), QStringLiteral("--runs")}, verbose, 3);
        if (!args.error.isEmpty()) {
            return fail(args.error, kExitUsage);
        }
        return runReportBench(args);
    } else if (command == QLatin1String("report")) {
        if (argv_.value(2) == QLatin1String("kpi")) {
            args = parse(argv_,
                         {QStringLiteral("--db"), QStringLiteral("--from"), QStringLiteral("--to"),
                          QStringLiteral("--department"), QStringLiteral("--format")},
                         verbose, 3);
            if (!args.error.isEmpty()) {
                return fail(args.error, kExitUsage);
            }
            return runKpiReport(args);
        }
        if (argv_.value(2) != QLatin1String("funnel")) {
            return fail(QStringLiteral("report needs a kind: funnel or kpi"), kExitUsage);
        }
        args = parse(argv_,
                     {QStringLiteral("--db"), QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--mode"),
                      QStringLiteral("--window-days"), QStringLiteral("--by"), QStringLiteral("--office"),
                      QStringLiteral("--channel"), QStringLiteral("--campaign"), QStringLiteral("--operator"),
                      QStringLiteral("--manager"), QStringLiteral("--format")},
                     verbose, 3);
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
    if (command == QLatin1String("report")) {
        return runFunnelReport(args);
    }
    return runCheck(args);
}
