#include "services/data_export.h"

#include "services/access_policy.h"

#include "io/csv_writer.h"
#include "io/ical_writer.h"
#include "io/xlsx_writer.h"
#include "services/catalog_service.h"
#include "storage/catalog_repository.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <limits>

namespace fd::core {

namespace {

TableColumn text(const char* name) {
    return {QString::fromLatin1(name), CellType::Text};
}
TableColumn moment(const char* name) {
    return {QString::fromLatin1(name), CellType::DateTime};
}
TableColumn money(const char* name) {
    return {QString::fromLatin1(name), CellType::Money};
}

/// The selection in database terms: the period's bounds in the reporting zone, names to ids.
Result<ExportSelection> selectionOf(Database& db, const ExportOptions& o) {
    const QTimeZone zone(CatalogService(db).reportTimeZone().toUtf8());
    ExportSelection s;
    s.from = o.from.isValid() ? QDateTime(o.from, QTime(0, 0), zone).toSecsSinceEpoch()
                              : std::numeric_limits<qint64>::min();
    s.to = o.to.isValid() ? QDateTime(o.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
                          : std::numeric_limits<qint64>::max();
    CatalogRepository catalog(db);
    if (!o.office.isEmpty()) {
        for (const Office& office : catalog.offices()) {
            if (office.name.compare(o.office, Qt::CaseInsensitive) == 0) {
                s.officeId = office.id;
            }
        }
        if (!s.officeId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "There is no office \"%1\"."),
                           QStringLiteral("office"), {o.office});
        }
    }
    if (!o.manager.isEmpty()) {
        for (const Employee& e : catalog.employees()) {
            if (e.name.compare(o.manager, Qt::CaseInsensitive) == 0) {
                s.managerId = e.id;
            }
        }
        if (!s.managerId) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "There is no employee \"%1\"."),
                           QStringLiteral("manager"), {o.manager});
        }
    }
    s.entity = o.entity.trimmed();
    return s;
}

QTimeZone reportZone(Database& db) {
    return QTimeZone(CatalogService(db).reportTimeZone().toUtf8());
}

Error writeFailed(const QString& path, const QString& why) {
    return Error::make(ErrorCode::Storage,
                       QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" could not be written: %2"),
                       {path, why}, QStringLiteral("out"));
}

}  // namespace

QString exportKindName(ExportKind kind) {
    return toCode(kind);
}

std::optional<ExportKind> exportKindFromName(const QString& name) {
    return fromCode<ExportKind>(name);
}

std::vector<TableColumn> exportColumns(ExportKind kind) {
    switch (kind) {
        case ExportKind::Leads:
            return {text("external_id"), moment("created_at"), text("name"),     text("phone"),
                    text("email"),       text("channel"),      text("campaign"), text("utm_source"),
                    text("utm_medium"),  text("utm_campaign"), text("operator"), text("office"),
                    text("status"),      text("note")};
        case ExportKind::Meetings:
            return {{QStringLiteral("id"), CellType::Integer},
                    text("lead_external_id"),
                    text("client"),
                    text("phone"),
                    text("office"),
                    moment("scheduled_at"),
                    moment("ends_at"),
                    text("status"),
                    moment("booked_at"),
                    text("booked_by"),
                    text("manager"),
                    moment("arrived_at"),
                    text("outcome"),
                    text("qualification"),
                    text("note"),
                    text("office_address")};
        case ExportKind::Deals:
            return {text("external_id"), text("lead_external_id"), text("lead_phone"),
                    moment("signed_at"), money("amount"),          text("manager"),
                    text("product"),     text("client"),           text("office"),
                    money("paid")};
        case ExportKind::Payments:
            return {text("deal_external_id"), moment("paid_at"), money("amount"),
                    text("method"),           text("client"),    text("office")};
        case ExportKind::Audit:
            return {moment("at"),    text("person"), text("on_behalf_of"),
                    text("action"),  text("entity"), {QStringLiteral("entity_id"), CellType::Integer},
                    text("details"), text("before"), text("after")};
    }
    return {};
}

Result<qint64> exportTable(Database& db, const ExportOptions& o, TableWriter& writer) {
    if (Status allowed = permit(db, o.kind == ExportKind::Audit ? Action::ReadAudit : Action::ExportData);
        !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<qint64> {
        const Result<ExportSelection> selection = selectionOf(db, o);
        if (!selection) {
            return selection.error();
        }
        writer.header(exportColumns(o.kind));
        qint64 written = 0;
        ExportRepository(db).forEach(o.kind, *selection, [&](const QVariantList& values) {
            writer.row(values);
            ++written;
            return true;
        });
        if (const Status done = writer.finish(); !done) {
            return done.error();
        }
        return written;
    });
}

Result<qint64> exportCsv(Database& db, const ExportOptions& o, QIODevice& out) {
    CsvTableWriter writer(out, o.delimiter, o.raw, reportZone(db));
    return exportTable(db, o, writer);
}

Result<qint64> exportMeetingsICalendar(Database& db, const ExportOptions& o, QIODevice& out, qint64 now) {
    if (Status allowed = permit(db, Action::ExportData); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<qint64> {
        const Result<ExportSelection> selection = selectionOf(db, o);
        if (!selection) {
            return selection.error();
        }
        QString name = QStringLiteral("FunnelDesk");
        for (const QString& part : {o.office, o.manager}) {
            if (!part.isEmpty()) {
                name += QStringLiteral(" — ") + part;
            }
        }
        ICalWriter ical(out, name, now);
        qint64 written = 0;
        ExportRepository(db).forEach(ExportKind::Meetings, *selection, [&](const QVariantList& v) {
            // The columns of exportColumns(ExportKind::Meetings).
            const QString status = v[7].toString();
            ICalEvent e;
            e.uid = QStringLiteral("meeting-%1@funneldesk").arg(v[0].toLongLong());
            e.start = v[5].toLongLong();
            e.end = v[6].toLongLong();
            e.summary = v[2].toString() + QStringLiteral(", ") + v[3].toString();
            e.location = v[4].toString() +
                         (v[15].toString().isEmpty() ? QString() : QStringLiteral(", ") + v[15].toString());
            QStringList lines;
            lines << QStringLiteral("status: ") + status;
            for (const auto& [label, index] : {std::pair{"booked by", 9}, std::pair{"manager", 10},
                                               std::pair{"outcome", 12}, std::pair{"note", 14}}) {
                if (const QString value = v[index].toString(); !value.isEmpty()) {
                    lines << QString::fromLatin1(label) + QStringLiteral(": ") + value;
                }
            }
            e.description = lines.join(QLatin1Char('\n'));
            e.status = status == QLatin1String("cancelled") || status == QLatin1String("rescheduled")
                           ? QStringLiteral("CANCELLED")
                       : status == QLatin1String("scheduled") ? QStringLiteral("TENTATIVE")
                                                              : QStringLiteral("CONFIRMED");
            ical.event(e);
            ++written;
            return true;
        });
        if (const Status done = ical.finish(); !done) {
            return done.error();
        }
        return written;
    });
}

Result<ExportResult> exportToFile(Database& db, const ExportOptions& o, const QString& path, qint64 now) {
    if (o.format == ExportFormat::Xlsx) {
        XlsxWriter writer(path, exportKindName(o.kind), reportZone(db));
        const Result<qint64> rows = exportTable(db, o, writer);
        if (!rows) {
            return rows.error();
        }
        return ExportResult{*rows, writer.shortenedCells()};
    }
    if (o.format == ExportFormat::ICalendar && o.kind != ExportKind::Meetings) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Only meetings can be exported as a calendar."),
                       QStringLiteral("format"));
    }
    QSaveFile file(path);  // the old file stays until the new one is complete
    if (!file.open(QIODevice::WriteOnly)) {
        return writeFailed(path, file.errorString());
    }
    Result<qint64> written = o.format == ExportFormat::ICalendar ? exportMeetingsICalendar(db, o, file, now)
                                                                 : exportCsv(db, o, file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit()) {
        return writeFailed(path, file.errorString());
    }
    return ExportResult{*written, 0};
}

}  // namespace fd::core
