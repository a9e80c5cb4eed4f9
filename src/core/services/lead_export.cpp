#include "services/lead_export.h"

#include "io/csv_writer.h"
#include "services/catalog_service.h"
#include "storage/lead_export_repository.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace fd::core {

Result<qint64> exportLeadsCsv(Database& db, QIODevice& out, const LeadExportOptions& o) {
    return whileReading([&]() -> Result<qint64> {
        const QTimeZone zone(CatalogService(db).reportTimeZone().toUtf8());
        const qint64 from = o.from.isValid() ? QDateTime(o.from, QTime(0, 0), zone).toSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
        const qint64 to = o.to.isValid() ? QDateTime(o.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
        CsvWriter writer(out, o.delimiter, o.raw);
        writer.writeRow({QStringLiteral("external_id"), QStringLiteral("created_at"), QStringLiteral("name"),
                         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("channel"),
                         QStringLiteral("campaign"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
                         QStringLiteral("utm_campaign"), QStringLiteral("operator"), QStringLiteral("office"),
                         QStringLiteral("status"), QStringLiteral("note")});
        qint64 written = 0;
        LeadExportRepository(db).forEach(from, to, [&](const LeadExportRow& r) {
            // A lead without an external id is named by its id here, so importing the file
            // twice creates nothing twice.
            writer.writeRow({r.externalId.isEmpty() ? QStringLiteral("fd-%1").arg(r.id) : r.externalId,
                             QDateTime::fromSecsSinceEpoch(r.createdAt, zone).toString(Qt::ISODate),
                             r.name, r.phone, r.email, r.channel, r.campaign, r.utmSource, r.utmMedium,
                             r.utmCampaign, r.operatorName, r.office, r.status, r.note});
            ++written;
            return writer.ok();
        });
        if (!writer.ok()) {
            return Error::make(ErrorCode::Storage,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The export file could not be written."), {},
                               QStringLiteral("out"));
        }
        return written;
    });
}

}  // namespace fd::core
