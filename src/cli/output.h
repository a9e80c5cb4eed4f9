#pragma once

// What funneldesk-cli prints: standard output, one-line errors, and tables as aligned text,
// CSV or JSON.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace fd::core {
class Database;
struct Error;
}  // namespace fd::core

namespace fd::cli {

struct Args;

QTextStream& out();
/// Prints "funneldesk-cli: error: MESSAGE" on one line of stderr and returns `code`.
int fail(const QString& message, int code);
int fail(const QString& message);
/// A database that could not be opened: its message, exit code 1.
int openError(const core::Error& e);
/// The database at `path` opened for work; null, with its message printed and `exitCode` set,
/// when it cannot be.
std::unique_ptr<core::Database> openExisting(const QString& path, int* exitCode);

/// A number with `decimals`, empty when there is none.
QString number(const std::optional<double>& v, int decimals);
/// Kopecks as whole rubles, "n/a" when there are none.
QString rubles(const std::optional<double>& kopecks);

/// How a report is printed.
enum class OutputFormat { Table, Csv, Json };

/// The --format option's value (table when it is not given), or the usage error's exit code.
std::optional<OutputFormat> outputFormat(const std::optional<QString>& option, int* exitCode);

/// Where a report goes and what it reads: the --format and the --db.
struct ReportTarget {
    OutputFormat format;
    std::unique_ptr<core::Database> db;
};

/// Reads the --format and opens the --db; on a problem sets the exit code after printing it.
std::optional<ReportTarget> openReport(const std::optional<QString>& format, const QString& dbPath,
                                       int* exitCode);

/// Reads --from/--to as a period (--to the day after it); on a problem returns the exit code
/// after printing it.
std::optional<int> readPeriod(const Args& a, QDate* from, QDate* to);

/// Rows as CSV with `,` (cells with a comma or a quote quoted).
void printCsv(const std::vector<QStringList>& rows);
/// Rows as aligned columns: the first `leftColumns` to the left, the others to the right;
/// columns before `firstColumn` are left out.
void printTable(const std::vector<QStringList>& rows, int leftColumns, int firstColumn = 0);

}  // namespace fd::cli
