#pragma once

#include "io/csv_reader.h"
#include "services/service_context.h"

#include <QMap>

#include <functional>
#include <vector>

class QIODevice;

namespace fd::core {

/// How the columns of a leads file are read.
struct LeadImportOptions {
    /// "funneldesk" (headers are the field names), "bitrix24" or "amocrm".
    QString preset = QStringLiteral("funneldesk");
    /// field → column header, overriding the preset.
    QMap<QString, QString> map;
    CsvOptions csv;
    bool dryRun = false;
    /// Write nothing if any row is bad (else write the good rows and report the bad ones).
    bool abortOnError = true;
};

struct ImportRowError {
    qint64 line = 0;
    QString column;
    QString reason;
};

struct ImportSummary {
    qint64 read = 0;
    qint64 created = 0;
    qint64 repeatTouches = 0;
    qint64 unchanged = 0;  ///< rows whose external id is already in the database
    qint64 skipped = 0;
    std::vector<ImportRowError> errors;
    bool written = false;
};

/// The lead fields a file can fill.
QStringList leadImportFields();

/// Imports leads from CSV through LeadService::createLead, so phones are normalized and a
/// known phone within the attribution window becomes a repeat touch. Re-importing a file
/// creates nothing new (rows are known by their external id). Channels and campaigns that do
/// not exist yet are created. Everything is one transaction: a dry run and an aborted import
/// roll it back.
class LeadImport final {
public:
    explicit LeadImport(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// `progress(bytesRead)` may return false to cancel: nothing is written then.
    Result<ImportSummary> run(QIODevice& file, const LeadImportOptions& options,
                              const std::function<bool(qint64)>& progress = {});

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
