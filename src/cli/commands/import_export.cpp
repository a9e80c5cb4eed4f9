// Moving data in and out: import from CSV, export to CSV, XLSX or iCalendar.

#include "command_table.h"
#include "output.h"

#include "services/data_export.h"
#include "services/data_import.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>

namespace fd::cli {

namespace {

using namespace fd::core;

int runImport(const Args& a) {
    const std::optional<ImportKind> kind = importKindFromName(a.kind);
    const QString db = *a.value("--db");
    const QString file = a.file;
    const bool dryRun = a.flag("--dry-run");
    const QMap<QString, QStringList>& values = a.values;
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
    o.sheet = values.value(QStringLiteral("--sheet")).value(0);
    const QString onError = values.value(QStringLiteral("--on-error")).value(0, QStringLiteral("abort"));
    if (onError != QLatin1String("abort") && onError != QLatin1String("skip")) {
        return fail(QStringLiteral("--on-error must be abort or skip"), kExitUsage);
    }
    o.abortOnError = onError == QLatin1String("abort");

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read \"%1\": %2").arg(file, in.errorString()));
    }
    int openFailed = kExitFailure;
    const std::unique_ptr<Database> opened = openExisting(db, &openFailed);
    if (!opened) {
        return openFailed;
    }
    const Result<ImportSummary> done = DataImport(*opened).run(in, o);
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
    // A CSV file's lines; a spreadsheet's rows and cells, as the spreadsheet program names them.
    const bool sheet = r.format != FileFormat::Csv;
    for (const ImportRowError& e : r.errors) {
        QTextStream(stderr) << (sheet ? "row " : "line ") << e.line
                            << (e.cell.isEmpty() ? QString() : QStringLiteral(", cell ") + e.cell)
                            << (e.column.isEmpty() ? QString() : QStringLiteral(", ") + e.column) << ": "
                            << e.reason << '\n';
    }
    if (const QString report = values.value(QStringLiteral("--report")).value(0); !report.isEmpty()) {
        QFile f(report);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(QStringLiteral("cannot write the report \"%1\"").arg(report));
        }
        QTextStream ts(&f);
        ts.setEncoding(QStringConverter::Utf8);
        ts.setGenerateByteOrderMark(true);
        ts << (sheet ? "row;cell;column;reason\n" : "line;column;reason\n");
        for (const ImportRowError& e : r.errors) {
            auto quote = [](QString v) {
                return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                       QLatin1Char('"');
            };
            ts << e.line << ';' << (sheet ? e.cell + QLatin1Char(';') : QString()) << quote(e.column) << ';'
               << quote(e.reason) << '\n';
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

int runExport(const Args& a) {
    const std::optional<ExportKind> kind = exportKindFromName(a.kind);
    const auto db = a.value("--db");
    const auto outPath = a.value("--out");
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
    o.entity = a.value("--entity").value_or(QString());
    for (const auto& [name, date] : {std::pair{"--from", &o.from}, std::pair{"--to", &o.to}}) {
        if (const auto v = a.value(name)) {
            *date = QDate::fromString(*v, Qt::ISODate);
            if (!date->isValid()) {
                return fail(QStringLiteral("%1 must be a date as YYYY-MM-DD").arg(QLatin1String(name)),
                            kExitUsage);
            }
        }
    }
    int openFailed = kExitFailure;
    const std::unique_ptr<Database> opened = openExisting(*db, &openFailed);
    if (!opened) {
        return openFailed;
    }
    const Result<ExportResult> written =
        exportToFile(*opened, o, *outPath, QDateTime::currentSecsSinceEpoch());
    if (!written) {
        return fail(written.error().message());
    }
    out() << a.kind << " written: " << written->rows << '\n';
    if (written->shortenedCells > 0) {
        out() << "shortened to fit a spreadsheet cell (32,767 characters, ending in \u2026): "
              << written->shortenedCells << '\n';
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> importExportCommands() {
    const Option db = databaseOption();
    return {
        {QStringLiteral("import"),
         {QStringLiteral("leads"), QStringLiteral("deals"), QStringLiteral("payments"),
          QStringLiteral("spend"), QStringLiteral("visitors")},
         QStringLiteral("FILE"),
         QStringLiteral("import from CSV or an .xlsx workbook (told by the file's content); prints read,\n"
                        "created, repeat touches, updated, unchanged and skipped rows (fields: see README)"),
         {db,
          {QStringLiteral("--preset"), QStringLiteral("funneldesk|bitrix24|amocrm"),
           QStringLiteral("how the columns are named (default funneldesk)")},
          {QStringLiteral("--map"), QStringLiteral("field=column"), QStringLiteral("the column of a field"),
           false, true},
          {QStringLiteral("--encoding"), QStringLiteral("auto|utf-8|cp1251"),
           QStringLiteral("the file's encoding")},
          {QStringLiteral("--delimiter"), QStringLiteral("auto|';'|','|tab"),
           QStringLiteral("the field separator")},
          {QStringLiteral("--sheet"), QStringLiteral("NAME|N"),
           QStringLiteral("an .xlsx workbook's sheet (default the first)")},
          {QStringLiteral("--dry-run"), {}, QStringLiteral("check the file and write nothing")},
          {QStringLiteral("--on-error"), QStringLiteral("abort|skip"),
           QStringLiteral("on a bad row write nothing (abort, the default) or the good rows")},
          {QStringLiteral("--report"), QStringLiteral("FILE"), QStringLiteral("save the bad rows as CSV")}},
         runImport},
        {QStringLiteral("export"),
         {QStringLiteral("leads"), QStringLiteral("meetings"), QStringLiteral("deals"),
          QStringLiteral("payments"), QStringLiteral("audit")},
         {},
         QStringLiteral(
             "CSV (UTF-8 with BOM, formula-like cells neutralized unless --raw) or XLSX, readable\n"
             "by import; meetings also as an iCalendar file (--format ics); the audit trail\n"
             "(head and administrator) with --manager as the person and --entity as the kind"),
         {db,
          {QStringLiteral("--out"), QStringLiteral("FILE"), QStringLiteral("the file to write"), true},
          {QStringLiteral("--from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("from this day")},
          {QStringLiteral("--to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("up to this day")},
          {QStringLiteral("--format"), QStringLiteral("csv|xlsx|ics"),
           QStringLiteral("the file's format (default csv)")},
          {QStringLiteral("--office"), QStringLiteral("NAME"), QStringLiteral("only this office's records")},
          {QStringLiteral("--manager"), QStringLiteral("NAME"),
           QStringLiteral("only this manager's records")},
          {QStringLiteral("--entity"), QStringLiteral("KIND"),
           QStringLiteral("the audit: only changes to lead, meeting, employee, office…")},
          {QStringLiteral("--delimiter"), QStringLiteral("';'|','"),
           QStringLiteral("the CSV separator (default ;)")},
          {QStringLiteral("--raw"), {}, QStringLiteral("write cells as they are (no formula protection)")}},
         runExport},
    };
}

}  // namespace fd::cli
