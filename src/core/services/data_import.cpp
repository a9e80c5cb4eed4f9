#include "services/data_import.h"

#include "domain/text_limits.h"
#include "services/access_policy.h"

#include "io/record_files.h"
#include "io/xlsx_reader.h"
#include "services/import_columns.h"
#include "services/import_record_reader.h"
#include "services/import_writers.h"
#include "storage/deferred_indexes.h"
#include "storage/lead_fact_store.h"
#include "storage/lead_repository.h"

#include <QElapsedTimer>
#include <QIODevice>

#include <spdlog/spdlog.h>

#include <utility>

namespace fd::core {

namespace {

constexpr int kImportCacheMiB = 160;
constexpr int kBulkImportCacheMiB = 64;
/// A leads file's typical row, to judge its size before reading it.
constexpr qint64 kBytesPerLeadRow = 120;
constexpr qint64 kDeferIndexesFromRows = 20000;

/// A record of the file and, for leads, what the reading thread made of it.
struct ReadItem {
    CsvRecord record;
    /// A cell no field keeps (see RowPass::cellError), found on the reading thread.
    std::optional<Error> badCell;
    std::optional<ImportLeadRow> lead;
};

using ReadBatch = ImportBatch<ReadItem>;
using RecordReader = ImportRecordReader<ReadItem>;

/// A big file of leads (a bulk import) builds the secondary indexes once at the end instead of
/// updating them row by row (about twice as fast) and looks phones and external ids up in
/// memory; a small file into a big database does not.
bool isBulkImport(Database& db, const RecordSource& records, const ImportOptions& o) {
    if (o.kind != ImportKind::Leads) {
        return false;
    }
    if (o.deferIndexes) {
        return *o.deferIndexes;
    }
    const qint64 estimatedRows = records.estimatedRecords(kBytesPerLeadRow);
    return estimatedRows >= kDeferIndexesFromRows && estimatedRows >= LeadRepository(db).leadCount() / 2;
}

/// Sets back what the import changed on the connection, however the import ends.
class Restore final {
public:
    explicit Restore(std::function<void()> undo) : m_undo(std::move(undo)) {}
    ~Restore() {
        try {
            m_undo();
        } catch (const StorageError&) {  // NOLINT(bugprone-empty-catch): the import's own result stands
        }
    }
    Restore(const Restore&) = delete;
    Restore& operator=(const Restore&) = delete;

private:
    std::function<void()> m_undo;
};

/// A file writes into every index of the leads and contacts: a bigger page cache keeps them in
/// memory for the import (the memory is given back afterwards). A bulk import updates fewer
/// indexes row by row and keeps its lookups in memory of its own.
Restore enlargeCache(Database& db, bool bulk) {
    db.setCacheMiB(bulk ? kBulkImportCacheMiB : kImportCacheMiB);
    return Restore([&db] { db.setCacheMiB(Database::kCacheMiB); });
}

/// A bulk import builds the leads and contacts indexes by sorting every row: a fifth faster
/// through a temporary file than through memory at a million rows.
Restore sortInFiles(Database& db, bool bulk) {
    if (bulk && db.transactionDepth() == 0) {
        db.setTempStorage(TempStorage::File);
        return Restore([&db] { db.setTempStorage(TempStorage::Memory); });
    }
    return Restore([] {});
}

/// Every reference a lead import writes (contact, channel, campaign, operator) is read or
/// written inside its own transaction, so a bulk import skips the engine's per-row foreign-key
/// probes (a third of the time of a lead insert).
Restore skipForeignKeyChecks(Database& db, bool bulk) {
    const bool foreignKeysOff = bulk && db.transactionDepth() == 0;
    if (foreignKeysOff) {
        db.setForeignKeys(false);
    }
    return Restore([&db, foreignKeysOff] {
        if (foreignKeysOff) {
            db.setForeignKeys(true);
        }
    });
}

/// What a bulk import sets aside until its rows are written: the leads and contacts indexes,
/// and the per-row forgetting of the funnel's packed facts.
struct BulkLoad {
    DeferredIndexes indexes;
    NewLeadsInBulk facts;
};

/// Called inside the transaction, so a dry run or an abort rolls it back with the rest.
std::optional<BulkLoad> setAsideForBulk(Database& db, bool bulk) {
    if (!bulk) {
        return std::nullopt;
    }
    // The phone lookups of phones stored before use these two (into an empty database there
    // are none).
    const QStringList lookups =
        LeadRepository(db).hasContacts()
            ? QStringList{QStringLiteral("leads_contact"), QStringLiteral("contacts_phone")}
            : QStringList{};
    return std::optional<BulkLoad>(
        std::in_place,
        DeferredIndexes(db, QStringList{QStringLiteral("leads"), QStringLiteral("contacts")}, lookups),
        NewLeadsInBulk(db));
}

/// A failure of the database met while writing a row: ends the import.
struct StorageStop {
    Error error;
};

/// The records of the file, each counted into the summary, checked and written.
class RowPass final {
public:
    RowPass(ImportWriter& writer, const ImportOptions& options, const QStringList& header,
            const ImportColumns& columns, const std::function<bool(qint64)>& progress, ImportSummary& summary)
        : m_writer(writer),
          m_options(options),
          m_header(header),
          m_columnCount(header.size()),
          m_columns(columns),
          m_progress(progress),
          m_summary(summary) {}

    /// Writes every record; false when the user cancelled. The file is read, and a leads row
    /// made ready to write, on a thread of its own while this one writes. `clock` starts once
    /// the reading has.
    bool writeAll(RecordSource& reader, QElapsedTimer& clock) {
        m_summary.format = reader.format();
        RecordReader records(reader, [this](ReadItem& item) { prepare(item); });
        clock.start();
        ReadBatch batch;
        bool cancelled = false;
        while (!cancelled && records.next(batch)) {
            for (ReadItem& item : batch.items) {
                if (!handle(item, batch.bytesRead)) {
                    cancelled = true;
                    break;
                }
            }
        }
        if (m_progress && !cancelled && !m_progress(records.bytesRead())) {
            cancelled = true;
        }
        return !cancelled;
    }

private:
    /// On the reading thread: what a well-formed leads record is without the database.
    void prepare(ReadItem& item) const {
        const CsvRecord& r = item.record;
        if (r.error || r.fields.size() != m_columnCount) {
            return;
        }
        item.badCell = cellError(r.fields);
        if (m_options.kind == ImportKind::Leads && !item.badCell) {
            item.lead = m_writer.readLead(ImportRow(r, m_columns));
        }
    }

    /// One record: counted, checked, applied; false when the user cancelled.
    bool handle(ReadItem& item, qint64 bytesRead) {
        const CsvRecord& r = item.record;
        if (r.fields.size() == 1 && r.fields.front().trimmed().isEmpty() && !r.error) {
            return true;  // an empty line
        }
        ++m_summary.read;
        if (m_progress && m_summary.read % 1000 == 0 && !m_progress(bytesRead)) {
            return false;  // cancelled
        }
        if (r.error) {
            bad(r.line, -1, r.error->message());
            return true;
        }
        if (r.fields.size() != m_columnCount) {
            bad(r.line, -1,
                Error::make(
                    ErrorCode::InvalidInput,
                    QT_TRANSLATE_NOOP("fd::core::Error", "The row has %1 columns where the header has %2."),
                    {QString::number(r.fields.size()), QString::number(m_columnCount)})
                    .message());
            return true;
        }
        if (const std::optional<Error>& cell = item.badCell) {
            bad(r.line, cell->field.toInt(), cell->message());
            return true;
        }
        const Result<ImportRowOutcome> done =
            m_writer.apply(m_options.kind, ImportRow(r, m_columns), item.lead ? &*item.lead : nullptr);
        if (!done && isStorageFailure(done.error())) {
            // The database failed, not the row: the whole import stops and is rolled back,
            // whatever --on-error says.
            throw StorageStop{done.error()};
        }
        if (!done) {
            const int column = m_writer.columnOf(done.error().field);
            if (column < 0) {
                bad(r.line, m_writer.headerOf(done.error().field), done.error().message());
            } else {
                bad(r.line, column, done.error().message());
            }
            return true;
        }
        count(*done);
        return true;
    }

    /// A cell no field keeps: a control character, or longer than the longest text (a note). Its
    /// field is the column's index.
    static std::optional<Error> cellError(const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (std::optional<Error> e = textError(TextKind::Note, fields[i], QString::number(i))) {
                return e;
            }
        }
        return std::nullopt;
    }

    /// A bad row, and the column (from 0; -1 for the whole row) that made it bad.
    void bad(qint64 line, int column, const QString& reason) {
        if (column < 0) {
            bad(line, QString(), reason);
            return;
        }
        const QString cell = m_summary.format == FileFormat::Csv
                                 ? QString()
                                 : XlsxReader::columnName(column) + QString::number(line);
        m_summary.errors.push_back({line, m_header.value(column), cell, reason});
        ++m_summary.skipped;
    }
    void bad(qint64 line, const QString& header, const QString& reason) {
        m_summary.errors.push_back({line, header, QString(), reason});
        ++m_summary.skipped;
    }

    void count(ImportRowOutcome outcome) {
        switch (outcome) {
            case ImportRowOutcome::Created:
                ++m_summary.created;
                break;
            case ImportRowOutcome::RepeatTouch:
                ++m_summary.repeatTouches;
                break;
            case ImportRowOutcome::Updated:
                ++m_summary.updated;
                break;
            case ImportRowOutcome::Unchanged:
                ++m_summary.unchanged;
                break;
            case ImportRowOutcome::Ignored:
                ++m_summary.ignored;
                break;
        }
    }

    ImportWriter& m_writer;
    const ImportOptions& m_options;
    const QStringList& m_header;
    qsizetype m_columnCount;
    const ImportColumns& m_columns;
    const std::function<bool(qint64)>& m_progress;
    ImportSummary& m_summary;
};

/// Completes what the rows left pending, builds the deferred indexes again and commits, and
/// logs where the time went (`clock` started with the rows).
void commitImport(ImportWriter& writer, std::optional<BulkLoad>& bulkLoad, WriteTransaction& tx,
                  ImportSummary& summary, const QElapsedTimer& clock) {
    const qint64 rowsDone = clock.elapsed();
    writer.finish();
    const qint64 finished = clock.elapsed();
    if (bulkLoad) {
        bulkLoad->facts.done();
        bulkLoad->indexes.restore();
    }
    const qint64 indexed = clock.elapsed();
    tx.commit();
    summary.written = summary.created + summary.repeatTouches + summary.updated > 0;
    spdlog::info("import of {} rows: rows {} ms, search index and audit {} ms, indexes {} ms, commit {} ms",
                 summary.read, rowsDone, finished - rowsDone, indexed - finished, clock.elapsed() - indexed);
}

}  // namespace

Result<ImportSummary> DataImport::run(QIODevice& file, const ImportOptions& o,
                                      const std::function<bool(qint64)>& progress) {
    const bool marketing = o.kind == ImportKind::Spend || o.kind == ImportKind::Visitors;
    if (Status allowed = permit(m_db, marketing ? Action::EditMarketing : Action::ImportData); !allowed) {
        return allowed.error();
    }
    // CSV text or an .xlsx workbook's sheet, told by what the file holds.
    Result<std::unique_ptr<RecordSource>> opened = openRecords(file, o.csv, o.sheet);
    if (!opened) {
        return opened.error();
    }
    RecordSource& reader = **opened;
    CsvRecord header;
    if (!reader.next(header) || header.error) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The file has no header row."),
                       QStringLiteral("file"));
    }
    const Result<ImportColumns> columns = importColumns(header.fields, o);
    if (!columns) {
        return columns.error();
    }

    ImportSummary summary;
    try {
        m_db.requireSound();  // never written into a damaged file
        const bool bulk = isBulkImport(m_db, reader, o);
        // Declared before the transaction: the connection is set back after it has ended.
        const Restore cache = enlargeCache(m_db, bulk);
        const Restore foreignKeys = skipForeignKeyChecks(m_db, bulk);
        const Restore sorts = sortInFiles(m_db, bulk);
        // A long import on a server would hold a predicate lock for every row it checks and then
        // fail at the end on any seat's write; it runs read-committed, each row checked as it goes.
        WriteTransaction tx(m_db, Isolation::ReadCommitted);
        ImportWriter writer(m_db, m_clock, header.fields, *columns, bulk);
        std::optional<BulkLoad> bulkLoad = setAsideForBulk(m_db, bulk);
        QElapsedTimer clock;
        const bool cancelled =
            !RowPass(writer, o, header.fields, *columns, progress, summary).writeAll(reader, clock);
        const bool keep = !o.dryRun && !cancelled && !(o.abortOnError && !summary.errors.empty());
        if (keep) {
            commitImport(writer, bulkLoad, tx, summary, clock);
        }
    } catch (const StorageStop& stop) {
        spdlog::warn("import stopped: {} ({})", stop.error.message().toStdString(),
                     stop.error.detail.toStdString());
        return stop.error;
    } catch (const StorageError& e) {
        spdlog::warn("import failed: {} ({})", e.what(), e.sql().toStdString());
        return writeFailure(e);
    }
    return summary;
}

}  // namespace fd::core
