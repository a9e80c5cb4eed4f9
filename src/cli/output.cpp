#include "output.h"

#include "command_table.h"

#include "services/sign_in.h"

#include "domain/result.h"
#include "storage/database.h"

#include <algorithm>
#include <cstdio>

namespace fd::cli {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message, int code) {
    out().flush();
    QTextStream err(stderr);
    err << "funneldesk-cli: error: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return code;
}

int fail(const QString& message) {
    return fail(message, 1);
}

int openError(const core::Error& e) {
    return fail(e.message());
}

std::unique_ptr<core::Database> openExisting(const QString& path, int* exitCode) {
    core::Result<std::unique_ptr<core::Database>> db = core::Database::open(path, core::OpenMode::Existing);
    if (!db) {
        *exitCode = openError(db.error());
        return nullptr;
    }
    if ((*db)->onServer()) {
        // A person's own server login acts as them: the figures are what the server lets them
        // read. The database's owner (an administrator's maintenance login) is nobody.
        (void)core::SignIn(**db).signIn((*db)->serverLogin(), {});
    }
    return std::move(db).value();
}

QString number(const std::optional<double>& v, int decimals) {
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString rubles(const std::optional<double>& kopecks) {
    return kopecks ? QString::number(*kopecks / 100.0, 'f', 0) : QStringLiteral("n/a");
}

std::optional<ReportTarget> openReport(const std::optional<QString>& format, const QString& dbPath,
                                       int* exitCode) {
    const std::optional<OutputFormat> chosen = outputFormat(format, exitCode);
    if (!chosen) {
        return std::nullopt;
    }
    std::unique_ptr<core::Database> db = openExisting(dbPath, exitCode);
    if (!db) {
        return std::nullopt;
    }
    return ReportTarget{*chosen, std::move(db)};
}

std::optional<OutputFormat> outputFormat(const std::optional<QString>& option, int* exitCode) {
    const QString format = option.value_or(QStringLiteral("table"));
    if (format == QLatin1String("table")) {
        return OutputFormat::Table;
    }
    if (format == QLatin1String("csv")) {
        return OutputFormat::Csv;
    }
    if (format == QLatin1String("json")) {
        return OutputFormat::Json;
    }
    *exitCode = fail(QStringLiteral("--format must be table, csv or json, not \"%1\"").arg(format), 2);
    return std::nullopt;
}

void printCsv(const std::vector<QStringList>& rows) {
    for (const QStringList& r : rows) {
        QStringList quoted;
        for (const QString& c : r) {
            const bool quote = c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"'));
            quoted << (quote
                           ? QLatin1Char('"') + QString(c).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                 QLatin1Char('"')
                           : c);
        }
        out() << quoted.join(QLatin1Char(',')) << '\n';
    }
}

void printTable(const std::vector<QStringList>& rows, int leftColumns, int firstColumn) {
    std::vector<qsizetype> widths;
    for (const QStringList& r : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(r.size())), 0);
        for (qsizetype i = 0; i < r.size(); ++i) {
            widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], r[i].size());
        }
    }
    for (const QStringList& r : rows) {
        for (qsizetype i = firstColumn; i < r.size(); ++i) {
            const qsizetype w = widths[static_cast<std::size_t>(i)];
            out() << (i < leftColumns ? r[i].leftJustified(w) : r[i].rightJustified(w)) << ' ';
        }
        out() << '\n';
    }
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

}  // namespace fd::cli
