#pragma once

#include "services/service_context.h"

#include <QDate>

class QIODevice;

namespace fd::core {

struct LeadExportOptions {
    QDate from;  ///< first day (reporting time zone); invalid: from the first lead
    QDate to;    ///< last day, inclusive; invalid: up to the last lead
    QChar delimiter = QLatin1Char(';');
    bool raw = false;  ///< write formula-like cells as they are
};

/// Writes leads as CSV in the columns FunnelDesk's own import preset reads, so an export
/// imports back into another database. Returns the number of leads written.
Result<qint64> exportLeadsCsv(Database& db, QIODevice& out, const LeadExportOptions& options);

}  // namespace fd::core
