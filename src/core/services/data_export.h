#pragma once

#include "io/table_writer.h"
#include "services/service_context.h"
#include "storage/export_repository.h"

#include <QDate>

#include <optional>

class QIODevice;

namespace fd::core {

enum class ExportFormat { Csv, Xlsx, ICalendar };

QString exportKindName(ExportKind kind);
std::optional<ExportKind> exportKindFromName(const QString& name);

struct ExportOptions {
    ExportKind kind = ExportKind::Leads;
    ExportFormat format = ExportFormat::Csv;
    QDate from;       ///< first day (reporting time zone); invalid: from the first record
    QDate to;         ///< last day, inclusive; invalid: up to the last record
    QString office;   ///< only this office's records (by name); empty: all
    QString manager;  ///< only this manager's records (by name; the audit: this person's); empty: all
    QString entity;   ///< the audit: only changes to this kind of record (lead, meeting, office…)
    QChar delimiter = QLatin1Char(';');
    bool raw = false;  ///< CSV: write formula-like cells as they are
};

/// The columns of each kind. Leads, deals and payments carry the columns their import reads
/// (records without an external id are named fd-<id> and fd-deal-<id>), so an export imports
/// back into another database.
std::vector<TableColumn> exportColumns(ExportKind kind);

/// Writes the selected records into `writer`; returns how many rows it wrote.
Result<qint64> exportTable(Database& db, const ExportOptions& options, TableWriter& writer);
/// CSV in UTF-8 with a BOM; formula-like cells neutralized unless `raw`.
Result<qint64> exportCsv(Database& db, const ExportOptions& options, QIODevice& out);
/// Meetings as an iCalendar file: one event per meeting, UID "meeting-<id>@funneldesk", times
/// in UTC, cancelled and rescheduled meetings as cancelled events.
Result<qint64> exportMeetingsICalendar(Database& db, const ExportOptions& options, QIODevice& out,
                                       qint64 now);
/// What an export wrote.
struct ExportResult {
    qint64 rows = 0;
    qint64 shortenedCells = 0;  ///< texts longer than a spreadsheet cell holds, shortened with "…"
};

/// Any format into a file; an unfinished file is removed.
Result<ExportResult> exportToFile(Database& db, const ExportOptions& options, const QString& path,
                                  qint64 now);

}  // namespace fd::core
