#pragma once

// The import's row writers: a record of the file read by field name, checked and written
// through the services' rules, one writer per kind (leads, deals, payments, daily spend and
// visitors). DataImport (data_import.cpp) reads the file, counts the outcomes and owns the
// transaction.

#include "domain/entities.h"
#include "io/csv_reader.h"
#include "services/catalog_service.h"
#include "services/data_import.h"
#include "services/deal_service.h"
#include "services/import_columns.h"
#include "services/lead_service.h"
#include "storage/catalog_repository.h"
#include "storage/deal_repository.h"
#include "storage/lead_repository.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace fd::core {

/// What writing a row did; DataImport counts these into the ImportSummary.
enum class ImportRowOutcome { Created, RepeatTouch, Updated, Unchanged, Ignored };

/// The values of one record by field name.
class ImportRow {
public:
    ImportRow(const CsvRecord& r, const ImportColumns& c) : m_r(r), m_c(c) {}

    /// The first non-empty column the field is read from, trimmed.
    QString operator()(const char* field) const;

private:
    const CsvRecord& m_r;
    const ImportColumns& m_c;
};

/// Reference data by name, created on first use where the import may create it.
class ImportNames {
public:
    ImportNames(Database& db, Clock clock);

    Result<OptId> channel(const QString& name);
    /// `utm`: the utm fields a campaign created now gets.
    Result<OptId> campaign(OptId channelId, const QString& name, const Campaign& utm);
    /// Someone FunnelDesk does not know leaves the record unassigned.
    OptId employee(const QString& name) const;
    bool isOffice(const QString& name) const;

private:
    static QString campaignKey(Id channelId, const QString& name);

    CatalogRepository m_catalog;
    CatalogService m_service;
    QHash<QString, Id> m_channels;
    QHash<QString, Id> m_campaigns;  // "channel id/name"
    /// Names as rows spelled them, found before (a file repeats a few names in every row).
    QHash<QString, Id> m_seenChannels;
    QHash<std::pair<Id, QString>, Id> m_seenCampaigns;
    QHash<QString, Id> m_employees;
    QHash<QString, Id> m_offices;
};

/// A leads row as the reading thread makes it: everything that needs no database, and the
/// errors in the order the writing thread reports them.
struct ImportLeadRow {
    /// Settled before the leads rules (ImportWriter::precheck).
    std::optional<Result<ImportRowOutcome>> early;
    QString externalId;
    std::optional<Error> timeError;  ///< reported before the channel is looked up
    std::optional<Error> leadError;  ///< reported after it
    std::optional<CheckedLead> lead;
    std::optional<LeadStatus> status;
    QString channel;
    QString campaign;
    Campaign utm;
    QString operatorName;
};

/// Everything one import needs between rows: the name cache, the services and repositories
/// each kind writes through, and the report time zone the file's times are read in.
class ImportWriter {
public:
    ImportWriter(Database& db, const Clock& clock, const QStringList& header, const ImportColumns& columns,
                 bool bulk);

    /// The outcome of a row that is settled before its kind's rules: an amoCRM deal that is not
    /// won, a missing required field. Const, like readLead.
    std::optional<Result<ImportRowOutcome>> precheck(ImportKind kind, const ImportRow& row) const;

    /// What a leads row is without the database; const and safe on the reading thread while
    /// the writing thread writes (it reads only the header, the offices and the zone).
    ImportLeadRow readLead(const ImportRow& row) const;

    /// `read`: the leads row as the reading thread made it (read here when null).
    Result<ImportRowOutcome> apply(ImportKind kind, const ImportRow& row, ImportLeadRow* read = nullptr);

    /// Completes what the rows left pending (the search index of new contacts).
    void finish() { m_intake.finish(); }

    /// The file's header of the column a field is read from (the field name if unmapped).
    QString headerOf(const QString& field) const;
    /// The column (from 0) a field is read from, or -1.
    int columnOf(const QString& field) const;

private:
    Result<std::optional<qint64>> timeOf(const ImportRow& row, const char* field) const;
    Result<std::optional<Money>> amountOf(const ImportRow& row, const char* field, bool zeroAllowed);

    Result<ImportRowOutcome> writeLead(ImportLeadRow& r);
    Result<ImportRowOutcome> deal(const ImportRow& row);
    Result<ImportRowOutcome> payment(const ImportRow& row);
    Result<ImportRowOutcome> dailyFigure(ImportKind kind, const ImportRow& row);

    Database& m_db;
    Clock m_clock;
    const QStringList& m_header;
    const ImportColumns& m_columns;
    ImportNames m_names;
    LeadIntake m_intake;
    DealService m_deals;
    CatalogService m_catalog;
    LeadRepository m_leadRows;
    DealRepository m_dealRows;
    CatalogRepository m_catalogRows;
    QTimeZone m_zone;
};

}  // namespace fd::core
