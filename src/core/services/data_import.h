#pragma once

#include "domain/enums.h"
#include "io/csv_reader.h"
#include "services/service_context.h"

#include <QMap>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace fd::core {

/// What a file holds.
enum class ImportKind { Leads, Deals, Payments, Spend, Visitors };
template <>
struct EnumCodes<ImportKind> {
    static constexpr std::array codes{"leads", "deals", "payments", "spend", "visitors"};
};

/// "leads", "deals", "payments", "spend", "visitors".
QString importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(const QString& name);

/// How the columns of a file are read.
struct ImportOptions {
    ImportKind kind = ImportKind::Leads;
    /// "funneldesk" (headers are the field names), "bitrix24" (leads) or "amocrm" (leads, deals).
    QString preset = QStringLiteral("funneldesk");
    /// field → column header, overriding the preset.
    QMap<QString, QString> map;
    CsvOptions csv;
    /// An .xlsx workbook's sheet: a name, a number from 1, or empty for the first.
    QString sheet;
    bool dryRun = false;
    /// Write nothing if any row is bad (else write the good rows and report the bad ones).
    bool abortOnError = true;
    /// Leads: drop the lead and contact indexes the import does not look up by and build them
    /// again at the end. Empty: decided by the file's size against the leads already stored.
    std::optional<bool> deferIndexes;
};

struct ImportRowError {
    qint64 line = 0;  ///< the line of a CSV file, the row number a spreadsheet shows
    QString column;   ///< the column's header
    QString cell;     ///< in a spreadsheet (.xlsx, a web page's table), the cell: "C7"
    QString reason;
};

struct ImportSummary {
    qint64 read = 0;
    qint64 created = 0;
    qint64 repeatTouches = 0;
    qint64 updated = 0;    ///< spend or visitors of a day that had another figure
    qint64 unchanged = 0;  ///< rows already in the database (by external id or the same values)
    qint64 ignored = 0;    ///< rows that are not records of this kind (an amoCRM deal not won)
    qint64 skipped = 0;    ///< bad rows
    std::vector<ImportRowError> errors;
    FileFormat format = FileFormat::Csv;  ///< what the file was: its rows are lines or numbered rows
    bool written = false;
};

/// The fields a file of this kind can fill, in the order the documentation lists them.
QStringList importFields(ImportKind kind);

/// Which file column each field is read from, for a header and options (the preset and the
/// explicit mapping); an error names a mapping that does not fit the file.
Result<QMap<QString, QList<int>>> importColumns(const QStringList& header, const ImportOptions& options);

/// Imports leads, deals, payments, spend or visitors from CSV through the same rules as the
/// services: phones normalized, a known phone within the attribution window becomes a repeat
/// touch, a deal refreshes its lead's milestones. Re-importing a file creates nothing new
/// (rows are known by their external id or, where a kind has none, by their values).
/// Channels and campaigns that do not exist yet are created. Everything is one transaction:
/// a dry run, an aborted and a cancelled import roll it back.
class DataImport final {
public:
    explicit DataImport(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// `progress(bytesRead)` may return false to cancel: nothing is written then.
    Result<ImportSummary> run(QIODevice& file, const ImportOptions& options,
                              const std::function<bool(qint64)>& progress = {});

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
