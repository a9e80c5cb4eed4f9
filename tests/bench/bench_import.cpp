// funneldesk-bench-import: import and export at volume. Generates a leads CSV (deterministic:
// Russian names, phones written as people write them, one row in ten a repeat request of an
// earlier phone, some rows with only an e-mail) and imports it into a new database in a process of
// its own (as funneldesk-cli import runs), printing the rows per second and that process's peak
// memory; then SQLite's floor — the sqlite3 shell inserting the same rows — and the ratio; then the
// same rows saved as an .xlsx workbook, imported the same way, next to the CSV's rate; then it
// exports the leads to CSV and XLSX and prints the times. Not a test (figures only).
//
//   funneldesk-bench-import [--rows N] [--dir DIR] [--no-export] [--no-xlsx] [--indexes live|deferred]
//   funneldesk-bench-import --import-only FILE --db PATH [--indexes …]   (the child: one import)

#include "io/csv_reader.h"
#include "io/xlsx_writer.h"
#include "services/data_export.h"
#include "services/data_import.h"
#include "storage/database.h"
#include "storage/lead_fact_store.h"
#include "storage/lead_list_store.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <random>

using namespace fd::core;

namespace {

/// Writes `rows` leads; returns the file size in bytes.
qint64 writeLeads(const QString& path, qint64 rows) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return -1;
    }
    std::mt19937_64 rng(20261128);
    const QStringList first{QStringLiteral("Александр"), QStringLiteral("Мария"),   QStringLiteral("Сергей"),
                            QStringLiteral("Елена"),     QStringLiteral("Дмитрий"), QStringLiteral("Ольга"),
                            QStringLiteral("Пётр"),      QStringLiteral("Анна")};
    const QStringList last{QStringLiteral("Иванов"), QStringLiteral("Смирнова"), QStringLiteral("Кузнецов"),
                           QStringLiteral("Попова"), QStringLiteral("Соколов"),  QStringLiteral("Лебедева")};
    const QStringList channels{QStringLiteral("Яндекс Директ"), QStringLiteral("ВКонтакте"),
                               QStringLiteral("Авито"), QStringLiteral("Сайт"),
                               QStringLiteral("Рекомендация")};
    QByteArray chunk =
        "\xEF\xBB\xBF"
        "external_id;created_at;name;phone;email;channel;campaign;note\r\n";
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), QTimeZone("Europe/Moscow"));
    std::vector<qint64> phones;
    phones.reserve(static_cast<std::size_t>(rows));
    for (qint64 i = 0; i < rows; ++i) {
        const QDateTime at = start.addSecs(i * 40);  // ~2,160 requests a day
        qint64 phone = 0;
        if (i > 1000 && rng() % 10 == 0) {
            phone = phones[phones.size() - 1 - rng() % 1000];  // the same client again, days later
        } else {
            phone = 9000000000LL + static_cast<qint64>(rng() % 999999999);
        }
        phones.push_back(phone);
        const bool emailOnly = rng() % 50 == 0;
        const QString digits = QString::number(phone);
        QString written;
        switch (rng() % 3) {
            case 0:
                written = QStringLiteral("8 (%1) %2-%3-%4")
                              .arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
                break;
            case 1:
                written = QStringLiteral("+7") + digits;
                break;
            default:
                written = QStringLiteral("+7 %1 %2 %3 %4")
                              .arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
        }
        const QString name = first[static_cast<int>(rng() % first.size())] + QLatin1Char(' ') +
                             last[static_cast<int>(rng() % last.size())];
        const QString channel = channels[static_cast<int>(rng() % channels.size())];
        const QString line =
            QStringLiteral("L-%1;%2;%3;%4;%5;%6;%7;%8\r\n")
                .arg(i)
                .arg(at.toString(QStringLiteral("dd.MM.yyyy HH:mm")), name, emailOnly ? QString() : written,
                     emailOnly || rng() % 4 == 0 ? QStringLiteral("c%1@mail.ru").arg(i) : QString(), channel,
                     channel + QStringLiteral(" / кампания ") + QString::number(rng() % 4),
                     rng() % 5 == 0 ? QStringLiteral("перезвонить вечером") : QString());
        chunk += line.toUtf8();
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return f.size();
}

/// How the floor's shell writes the rows. SQLite copies `INSERT INTO t SELECT * FROM a.t` into an
/// empty table of the same definition without inserting a row: the table's and its indexes'
/// finished b-trees are copied page by page (its "transfer optimization", which any trigger on
/// the table turns off). That copies what FunnelDesk's import already built, so it is shown for
/// comparison only. The floor inserts every row (ORDER BY id turns the copy off), the better of
/// the two ways SQLite does it: with the indexes kept as the rows go in, or dropped and built
/// after the rows, as FunnelDesk's bulk import does. The triggers that forget a lead's stored
/// chunks (the funnel's facts, the list's columns) are dropped in all three, as FunnelDesk drops
/// them.
enum class FloorWay { CopyFinished, IndexesLive, IndexesAfter };

/// The DROP and CREATE statements of the leads' and contacts' secondary indexes in `path`.
std::pair<QString, QString> leadIndexes(const QString& path) {
    auto db = Database::open(path, OpenMode::Existing);
    std::pair<QString, QString> out;
    if (!db) {
        return out;
    }
    QSqlQuery q((*db)->connection());
    q.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                       "('leads', 'contacts') AND sql IS NOT NULL"));
    while (q.next()) {
        out.first += QStringLiteral("DROP INDEX \"%1\";\n").arg(q.value(0).toString());
        out.second += q.value(1).toString() + QStringLiteral(";\n");
    }
    return out;
}

/// SQLite's floor for the same import: the sqlite3 shell, as its own process, writing the rows
/// FunnelDesk's import wrote (contacts, leads, touches, the audit trail, the channels and
/// campaigns it made) into a new database of the same schema and rebuilding the search index,
/// in one transaction, the way `way` says. Returns the seconds, or a negative number when the
/// shell is missing or fails.
double floorSeconds(const QString& imported, const QString& floorPath, FloorWay way) {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QFile::remove(floorPath);
    if (shell.isEmpty() || !Database::open(floorPath, OpenMode::CreateNew)) {
        return -1;
    }
    const auto [dropIndexes, createIndexes] =
        way == FloorWay::IndexesAfter ? leadIndexes(floorPath) : std::pair<QString, QString>();
    QString script =
        QStringLiteral("ATTACH '%1' AS a;\nBEGIN;\nDROP TRIGGER %2;\nDROP TRIGGER %3;\n")
            .arg(QString(imported).replace(QLatin1Char('\''), QStringLiteral("''")),
                 QLatin1String(LeadFactStore::kInsertTrigger), QLatin1String(LeadListStore::kInsertTrigger)) +
        dropIndexes;
    for (const char* table : {"channels", "campaigns", "contacts", "leads", "lead_touches", "audit_log"}) {
        script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM a.%1%2;\n")
                      .arg(QLatin1String(table),
                           way == FloorWay::CopyFinished ? QString() : QStringLiteral(" ORDER BY id"));
    }
    script += createIndexes +
              QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');\nCOMMIT;\n");
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(shell, {floorPath});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(3600000) || p.exitCode() != 0) {
        return -1;
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/// The CSV's rows as an .xlsx workbook of text cells, as a CRM exports them; false on failure.
bool writeWorkbook(const QString& csvPath, const QString& xlsxPath) {
    QFile in(csvPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return false;
    }
    CsvReader reader(in);
    if (!reader.open()) {
        return false;
    }
    XlsxWriter writer(xlsxPath, QStringLiteral("Лиды"), QTimeZone(QByteArray("Europe/Moscow")));
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (header) {
            std::vector<TableColumn> columns;
            for (const QString& name : record.fields) {
                columns.push_back({name, CellType::Text});
            }
            writer.header(columns);
            header = false;
            continue;
        }
        QVariantList values;
        for (const QString& cell : record.fields) {
            values << (cell.isEmpty() ? QVariant() : QVariant(cell));
        }
        writer.row(values);
    }
    return writer.finish().ok();
}

/// The child: imports FILE into a new database at PATH and prints its figures on one line.
int importOnly(const QString& file, const QString& dbPath, std::optional<bool> deferIndexes) {
    QTextStream out(stdout);
    QFile::remove(dbPath);
    auto created = Database::open(dbPath, OpenMode::CreateNew);
    QFile in(file);
    if (!created || !in.open(QIODevice::ReadOnly)) {
        out << "cannot open " << file << " or create " << dbPath << '\n';
        return 1;
    }
    ImportOptions o;
    o.abortOnError = false;
    o.deferIndexes = deferIndexes;
    const double rssBefore = peakResidentMiB();
    QElapsedTimer t;
    t.start();
    const Result<ImportSummary> done = DataImport(**created).run(in, o);
    if (!done) {
        out << "import failed: " << done.error().message() << '\n';
        return 1;
    }
    out << "figures " << done->read << ' ' << done->created << ' ' << done->repeatTouches << ' '
        << done->skipped << ' ' << t.nsecsElapsed() / 1e9 << ' ' << peakResidentMiB() << ' ' << rssBefore
        << '\n';
    return 0;
}

/// What a child's import did.
struct ImportFigures {
    qint64 read = 0;
    qint64 created = 0;
    qint64 repeatTouches = 0;
    qint64 skipped = 0;
    double seconds = 0;
    double peakMiB = 0;
    double startMiB = 0;
};

/// Imports `file` into a new database at `dbPath` in a process of its own — as `funneldesk-cli
/// import` would, its peak memory its own — after the system has written what was made before.
std::optional<ImportFigures> importInChild(QTextStream& out, const QString& file, const QString& dbPath,
                                           const QStringList& extra) {
    flushSystemWrites();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--import-only"), file, QStringLiteral("--db"), dbPath} + extra);
    if (!child.waitForFinished(3600000) || child.exitCode() != 0) {
        out << "the import failed: " << QString::fromUtf8(child.readAllStandardOutput()) << '\n';
        return std::nullopt;
    }
    QStringList f;  // the line of figures among the log's lines
    for (const QString& line : QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("figures "))) {
            f = line.simplified().split(QLatin1Char(' '));
        }
    }
    if (f.size() != 8) {
        out << "the import printed no figures\n";
        return std::nullopt;
    }
    auto real = [&](int i) { return QVariant(f[i]).value<double>(); };
    return ImportFigures{f[1].toLongLong(),
                         f[2].toLongLong(),
                         f[3].toLongLong(),
                         f[4].toLongLong(),
                         real(5),
                         real(6),
                         real(7)};
}

/// The same rows from an .xlsx workbook, imported by a process of its own; printed next to the
/// CSV import's rows per second.
void benchWorkbook(QTextStream& out, const QDir& dir, const QString& csv, double csvRate) {
    const QString xlsx = dir.filePath(QStringLiteral("leads.xlsx"));
    QElapsedTimer t;
    t.start();
    if (!writeWorkbook(csv, xlsx)) {
        out << "XLSX: the workbook could not be written\n";
        return;
    }
    out << "wrote the same rows as .xlsx: " << QString::number(QFileInfo(xlsx).size() / 1048576.0, 'f', 1)
        << " MiB in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    out.flush();
    const std::optional<ImportFigures> f =
        importInChild(out, xlsx, dir.filePath(QStringLiteral("import-xlsx.sqlite")), {});
    if (!f) {
        return;
    }
    const double rate = static_cast<double>(f->read) / f->seconds;
    out << "import XLSX: " << f->read << " rows read, " << f->created << " leads in "
        << QString::number(f->seconds, 'f', 1) << " s = " << QString::number(rate, 'f', 0) << " rows/s ("
        << QString::number(rate / csvRate, 'f', 2) << " of the CSV import's rate); peak RSS "
        << QString::number(f->peakMiB, 'f', 1) << " MiB (target: under 300)\n";
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    qint64 rows = 1000000;
    QString dirPath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size()) {
            rows = args[++i].toLongLong();
        } else if (args[i] == QLatin1String("--dir") && i + 1 < args.size()) {
            dirPath = args[++i];
        }
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--import-only")); at > 0 && at + 3 < args.size()) {
        std::optional<bool> defer;
        if (const qsizetype i = args.indexOf(QStringLiteral("--indexes")); i > 0 && i + 1 < args.size()) {
            defer = args[i + 1] == QLatin1String("deferred");  // otherwise "live"
        }
        return importOnly(args[at + 1], args[at + 3], defer);
    }
    const bool doExport = !args.contains(QStringLiteral("--no-export"));
    QTemporaryDir temp;
    const QDir dir(dirPath.isEmpty() ? temp.path() : dirPath);
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("import.sqlite"));
    QFile::remove(dbPath);

    QElapsedTimer t;
    t.start();
    const qint64 bytes = writeLeads(csv, rows);
    out << "generated " << rows << " rows, " << QString::number(bytes / 1048576.0, 'f', 1) << " MiB in "
        << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    out.flush();

    // The import runs as its own process once the file is on disk, as a user's file would be.
    QStringList indexes;
    if (const qsizetype at = args.indexOf(QStringLiteral("--indexes")); at > 0 && at + 1 < args.size()) {
        indexes << args[at] << args[at + 1];
    }
    const std::optional<ImportFigures> done = importInChild(out, csv, dbPath, indexes);
    if (!done) {
        return 1;
    }
    const double seconds = done->seconds;
    out << "import: " << done->read << " rows read, " << done->created << " leads, " << done->repeatTouches
        << " repeat touches, " << done->skipped << " bad in " << QString::number(seconds, 'f', 1)
        << " s = " << QString::number(static_cast<double>(done->read) / seconds, 'f', 0)
        << " rows/s; peak RSS of the importing process " << QString::number(done->peakMiB, 'f', 1) << " MiB ("
        << QString::number(done->startMiB, 'f', 1) << " MiB at its start)\n";
    out.flush();
    const double rate = static_cast<double>(done->read) / seconds;
    std::optional<double> floor;
    for (const FloorWay way : {FloorWay::CopyFinished, FloorWay::IndexesLive, FloorWay::IndexesAfter}) {
        flushSystemWrites();
        const double s = floorSeconds(dbPath, dir.filePath(QStringLiteral("floor.sqlite")), way);
        if (s <= 0) {
            out << "SQLite's floor: not measured (no sqlite3 shell)\n";
            break;
        }
        const char* what =
            way == FloorWay::CopyFinished
                ? "the sqlite3 shell copying the finished tables and indexes (not a floor: no row "
                  "is inserted)"
            : way == FloorWay::IndexesLive ? "SQLite's floor, the shell inserting the same rows with the "
                                             "indexes kept as they go in"
                                           : "SQLite's floor, the shell inserting the same rows and "
                                             "building the indexes after them";
        out << what << ", and the search index: " << QString::number(s, 'f', 1)
            << " s = " << QString::number(static_cast<double>(done->read) / s, 'f', 0) << " rows/s\n";
        out.flush();
        if (way != FloorWay::CopyFinished) {
            floor = floor ? std::min(*floor, s) : s;
        }
    }
    if (floor) {
        const double floorRate = static_cast<double>(done->read) / *floor;
        out << "SQLite's floor (the better of the two): " << QString::number(*floor, 'f', 1)
            << " s = " << QString::number(floorRate, 'f', 0) << " rows/s; FunnelDesk reaches "
            << QString::number(rate / floorRate, 'f', 2) << " of it\n";
    }
    if (!args.contains(QStringLiteral("--no-xlsx"))) {
        benchWorkbook(out, dir, csv, static_cast<double>(done->read) / seconds);
        out.flush();
    }
    if (!doExport) {
        return 0;
    }
    auto reopened = Database::open(dbPath, OpenMode::Existing);
    if (!reopened) {
        out << "cannot open the database again: " << reopened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<Database> db = std::move(reopened).value();
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        ExportOptions e;
        e.format = format;
        const QString path = dir.filePath(format == ExportFormat::Csv ? QStringLiteral("out.csv")
                                                                      : QStringLiteral("out.xlsx"));
        t.restart();
        const Result<ExportResult> written = exportToFile(*db, e, path, QDateTime::currentSecsSinceEpoch());
        if (!written) {
            out << "export failed: " << written.error().message() << '\n';
            return 1;
        }
        out << "export " << (format == ExportFormat::Csv ? "CSV " : "XLSX") << ": " << written->rows
            << " leads in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s, "
            << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB; peak RSS "
            << QString::number(peakResidentMiB(), 'f', 1) << " MiB\n";
        out.flush();
    }
    return 0;
}
