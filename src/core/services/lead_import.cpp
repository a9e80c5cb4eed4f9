#include "services/lead_import.h"

#include "io/import_time.h"
#include "services/catalog_service.h"
#include "services/lead_service.h"
#include "storage/catalog_repository.h"
#include "storage/lead_repository.h"

#include <QHash>

namespace fd::core {

namespace {

QString fold(const QString& s) { return s.simplified().toCaseFolded(); }

/// Where each field is read from: the columns in order of preference.
using Columns = QMap<QString, QList<int>>;

int columnNamed(const QStringList& header, const QString& name) {
    const QString wanted = fold(name);
    for (int i = 0; i < header.size(); ++i) {
        if (fold(header[i]) == wanted) {
            return i;
        }
    }
    return -1;
}

QList<int> columnsContaining(const QStringList& header, const QStringList& parts) {
    QList<int> found;
    for (int i = 0; i < header.size(); ++i) {
        for (const QString& part : parts) {
            if (fold(header[i]).contains(fold(part))) {
                found << i;
                break;
            }
        }
    }
    return found;
}

void take(Columns& c, const QString& field, int column) {
    if (column >= 0) {
        c[field] << column;
    }
}

/// utm_source / "UTM Source" / "utm source" all name the same column.
void takeUtm(Columns& c, const QStringList& header) {
    for (int i = 0; i < header.size(); ++i) {
        QString h = fold(header[i]);
        h.replace(QLatin1Char(' '), QLatin1Char('_'));
        for (const char* f : {"utm_source", "utm_medium", "utm_campaign"}) {
            if (h == QLatin1String(f)) {
                c[QString::fromLatin1(f)] << i;
            }
        }
    }
}

Result<Columns> resolveColumns(const QStringList& header, const LeadImportOptions& o) {
    Columns c;
    const QStringList fields = leadImportFields();
    if (o.preset == QLatin1String("funneldesk")) {
        for (const QString& f : fields) {
            take(c, f, columnNamed(header, f));
        }
    } else if (o.preset == QLatin1String("bitrix24")) {
        const int title = columnNamed(header, QStringLiteral("Название лида"));
        take(c, QStringLiteral("name"), title >= 0 ? title : columnNamed(header, QStringLiteral("Имя")));
        c[QStringLiteral("phone")] = columnsContaining(header, {QStringLiteral("телефон")});
        c[QStringLiteral("email")] = columnsContaining(header, {QStringLiteral("e-mail"), QStringLiteral("email")});
        take(c, QStringLiteral("channel"), columnNamed(header, QStringLiteral("Источник")));
        take(c, QStringLiteral("status"), columnNamed(header, QStringLiteral("Стадия")));
        take(c, QStringLiteral("operator"), columnNamed(header, QStringLiteral("Ответственный")));
        take(c, QStringLiteral("created_at"), columnNamed(header, QStringLiteral("Дата создания")));
        take(c, QStringLiteral("external_id"), columnNamed(header, QStringLiteral("ID")));
        take(c, QStringLiteral("note"), columnNamed(header, QStringLiteral("Комментарий")));
        takeUtm(c, header);
    } else if (o.preset == QLatin1String("amocrm")) {
        take(c, QStringLiteral("name"), columnNamed(header, QStringLiteral("Название сделки")));
        c[QStringLiteral("phone")] = columnsContaining(header, {QStringLiteral("телефон")});
        c[QStringLiteral("email")] = columnsContaining(header, {QStringLiteral("e-mail"), QStringLiteral("email")});
        take(c, QStringLiteral("operator"), columnNamed(header, QStringLiteral("Ответственный")));
        take(c, QStringLiteral("created_at"), columnNamed(header, QStringLiteral("Дата создания")));
        take(c, QStringLiteral("external_id"), columnNamed(header, QStringLiteral("ID")));
        take(c, QStringLiteral("status"), columnNamed(header, QStringLiteral("Этап сделки")));
        takeUtm(c, header);
    } else {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "There is no preset \"%1\"; use funneldesk, bitrix24 or amocrm."),
                       QStringLiteral("preset"), {o.preset});
    }
    for (auto it = o.map.cbegin(); it != o.map.cend(); ++it) {
        if (!fields.contains(it.key())) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "There is no lead field \"%1\"; the fields are: %2."),
                           QStringLiteral("map"), {it.key(), fields.join(QStringLiteral(", "))});
        }
        const int column = columnNamed(header, it.value());
        if (column < 0) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The file has no column \"%1\" (for %2)."),
                           QStringLiteral("map"), {it.value(), it.key()});
        }
        c[it.key()] = {column};
    }
    for (auto it = c.begin(); it != c.end();) {
        it = it->isEmpty() ? c.erase(it) : std::next(it);
    }
    if (!c.contains(QStringLiteral("phone")) && !c.contains(QStringLiteral("email")) &&
        !c.contains(QStringLiteral("external_id"))) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                         "The file has no phone, email or external id column that the preset \"%1\" "
                                         "knows; name them with a mapping field=column."),
                       QStringLiteral("map"), {o.preset});
    }
    return c;
}

}  // namespace

QStringList leadImportFields() {
    return {QStringLiteral("external_id"), QStringLiteral("created_at"),   QStringLiteral("name"),
            QStringLiteral("phone"),       QStringLiteral("email"),        QStringLiteral("channel"),
            QStringLiteral("campaign"),    QStringLiteral("utm_source"),   QStringLiteral("utm_medium"),
            QStringLiteral("utm_campaign"), QStringLiteral("operator"),    QStringLiteral("office"),
            QStringLiteral("status"),      QStringLiteral("note")};
}

Result<ImportSummary> LeadImport::run(QIODevice& file, const LeadImportOptions& o,
                                      const std::function<bool(qint64)>& progress) {
    CsvReader reader(file, o.csv);
    if (const Status opened = reader.open(); !opened) {
        return opened.error();
    }
    CsvRecord header;
    if (!reader.next(header) || header.error) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The file has no header row."), QStringLiteral("file"));
    }
    const Result<Columns> resolved = resolveColumns(header.fields, o);
    if (!resolved) {
        return resolved.error();
    }
    const Columns& columns = *resolved;
    auto value = [&](const CsvRecord& r, const char* field, QString* column = nullptr) -> QString {
        for (const int i : columns.value(QString::fromLatin1(field))) {
            QString v = i < r.fields.size() ? r.fields[i].trimmed() : QString();
            // A cell an export neutralized against formulas ("'+7912…") reads as it was.
            if (v.size() > 1 && v.front() == QLatin1Char('\'') && QStringLiteral("=+-@").contains(v[1])) {
                v.remove(0, 1);
            }
            if (!v.isEmpty()) {
                if (column) {
                    *column = header.fields[i];
                }
                return v;
            }
        }
        return {};
    };
    auto headerOf = [&](const QString& field) {
        const QList<int> c = columns.value(field);
        return c.isEmpty() ? field : header.fields[c.front()];
    };

    ImportSummary summary;
    try {
        WriteTransaction tx(m_db);
        CatalogRepository catalog(m_db);
        CatalogService catalogService(m_db, m_clock);
        LeadService leads(m_db, m_clock);
        LeadRepository leadRows(m_db);
        const QTimeZone zone(catalogService.reportTimeZone().toUtf8());
        QHash<QString, Id> channels;
        for (const Channel& ch : catalog.channels()) {
            channels.insert(fold(ch.name), ch.id);
        }
        QHash<QString, Id> campaigns;  // "channel id/name"
        for (const Campaign& cp : catalog.campaigns()) {
            campaigns.insert(QString::number(cp.channelId) + QLatin1Char('/') + fold(cp.name), cp.id);
        }
        QHash<QString, Id> operators;
        for (const Employee& e : catalog.employees()) {
            if (e.active) {
                operators.insert(fold(e.name), e.id);
            }
        }
        auto rowError = [&](qint64 line, const QString& column, const QString& reason) {
            summary.errors.push_back({line, column, reason});
            ++summary.skipped;
        };

        CsvRecord r;
        bool cancelled = false;
        while (reader.next(r)) {
            if (r.fields.size() == 1 && r.fields.front().trimmed().isEmpty() && !r.error) {
                continue;  // an empty line
            }
            ++summary.read;
            if (progress && summary.read % 1000 == 0 && !progress(reader.bytesRead())) {
                cancelled = true;
                break;
            }
            if (r.error) {
                rowError(r.line, QString(), r.error->message());
                continue;
            }
            if (r.fields.size() != header.fields.size()) {
                rowError(r.line, QString(),
                         Error::make(ErrorCode::InvalidInput,
                                     QT_TRANSLATE_NOOP("fd::core::Error",
                                                       "The row has %1 columns where the header has %2."),
                                     {QString::number(r.fields.size()), QString::number(header.fields.size())})
                             .message());
                continue;
            }
            NewLead in;
            in.externalId = value(r, "external_id");
            if (!in.externalId.isEmpty() && leadRows.externalIdKnown(in.externalId)) {
                ++summary.unchanged;
                continue;
            }
            in.name = value(r, "name");
            in.phone = value(r, "phone");
            in.email = value(r, "email");
            in.note = value(r, "note");
            QString dateColumn;
            if (const QString when = value(r, "created_at", &dateColumn); !when.isEmpty()) {
                const auto at = parseImportTime(when, zone);
                if (!at) {
                    rowError(r.line, dateColumn,
                             Error::make(ErrorCode::InvalidInput,
                                         QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a date and time."), {when})
                                 .message());
                    continue;
                }
                in.createdAt = *at;
            }
            if (const QString ch = value(r, "channel"); !ch.isEmpty()) {
                auto found = channels.constFind(fold(ch));
                if (found == channels.cend()) {
                    const Result<Id> added = catalogService.addChannel(ch);
                    if (!added) {
                        rowError(r.line, headerOf(QStringLiteral("channel")), added.error().message());
                        continue;
                    }
                    found = channels.insert(fold(ch), *added);
                }
                in.channelId = *found;
            }
            const QString campaignName = value(r, "campaign").isEmpty() ? value(r, "utm_campaign") : value(r, "campaign");
            if (!campaignName.isEmpty() && in.channelId) {
                const QString key = QString::number(*in.channelId) + QLatin1Char('/') + fold(campaignName);
                auto found = campaigns.constFind(key);
                if (found == campaigns.cend()) {
                    Campaign cp;
                    cp.channelId = *in.channelId;
                    cp.name = campaignName;
                    cp.utmSource = value(r, "utm_source");
                    cp.utmMedium = value(r, "utm_medium");
                    cp.utmCampaign = value(r, "utm_campaign");
                    const Result<Id> added = catalogService.addCampaign(cp);
                    if (!added) {
                        rowError(r.line, headerOf(QStringLiteral("campaign")), added.error().message());
                        continue;
                    }
                    found = campaigns.insert(key, *added);
                }
                in.campaignId = *found;
            }
            if (const QString op = value(r, "operator"); !op.isEmpty()) {
                // Someone FunnelDesk does not know leaves the lead unassigned.
                if (const auto found = operators.constFind(fold(op)); found != operators.cend()) {
                    in.operatorId = *found;
                }
            }
            const Result<CreatedLead> created = leads.createLead(in);
            if (!created) {
                rowError(r.line, headerOf(created.error().field), created.error().message());
                continue;
            }
            ++(created->repeatTouch ? summary.repeatTouches : summary.created);
        }
        const bool keep = !o.dryRun && !cancelled && !(o.abortOnError && !summary.errors.empty());
        if (keep) {
            tx.commit();
            summary.written = summary.created + summary.repeatTouches > 0;
        }
    } catch (const StorageError& e) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The database failed; nothing was saved: %1"),
                           {QString::fromStdString(e.what())});
    }
    return summary;
}

}  // namespace fd::core
