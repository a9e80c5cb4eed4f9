#include "services/import_columns.h"

#include <algorithm>

namespace fd::core {

namespace {

QString fold(const QString& s) {
    return s.simplified().toCaseFolded();
}

using Columns = ImportColumns;

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

Error noPreset(const ImportOptions& o) {
    return Error::make(
        ErrorCode::InvalidInput,
        QT_TRANSLATE_NOOP("fd::core::Error",
                          "There is no preset \"%1\" for %2; use funneldesk, bitrix24 (leads) or "
                          "amocrm (leads, deals)."),
        {o.preset, importKindName(o.kind)}, QStringLiteral("preset"));
}

/// The columns a preset reads; "funneldesk" reads the field names themselves.
Result<Columns> presetColumns(const QStringList& header, const ImportOptions& o) {
    Columns c;
    auto named = [&](const char* field, const QString& title) {
        take(c, QString::fromLatin1(field), columnNamed(header, title));
    };
    if (o.preset == QLatin1String("funneldesk")) {
        for (const QString& f : importFields(o.kind)) {
            take(c, f, columnNamed(header, f));
        }
        return c;
    }
    const QList<int> phones = columnsContaining(header, {QStringLiteral("телефон")});
    const QList<int> emails = columnsContaining(header, {QStringLiteral("e-mail"), QStringLiteral("email")});
    if (o.preset == QLatin1String("bitrix24") && o.kind == ImportKind::Leads) {
        // The client's name, else the lead's title.
        named("name", QStringLiteral("Имя"));
        named("name", QStringLiteral("Название лида"));
        c[QStringLiteral("phone")] = phones;
        c[QStringLiteral("email")] = emails;
        named("channel", QStringLiteral("Источник"));
        named("status", QStringLiteral("Стадия"));
        named("operator", QStringLiteral("Ответственный"));
        named("created_at", QStringLiteral("Дата создания"));
        named("external_id", QStringLiteral("ID"));
        named("note", QStringLiteral("Комментарий"));
        takeUtm(c, header);
        return c;
    }
    if (o.preset == QLatin1String("amocrm") && o.kind == ImportKind::Leads) {
        named("name", QStringLiteral("Название сделки"));
        c[QStringLiteral("phone")] = phones;
        c[QStringLiteral("email")] = emails;
        named("operator", QStringLiteral("Ответственный"));
        named("created_at", QStringLiteral("Дата создания"));
        named("external_id", QStringLiteral("ID"));
        named("status", QStringLiteral("Этап сделки"));
        takeUtm(c, header);
        return c;
    }
    if (o.preset == QLatin1String("amocrm") && o.kind == ImportKind::Deals) {
        // An amoCRM deal row is the request and, once won, the sale: the lead imported from
        // the same file carries the deal's ID as its external id.
        named("external_id", QStringLiteral("ID"));
        named("lead_external_id", QStringLiteral("ID"));
        c[QStringLiteral("lead_phone")] = phones;
        named("signed_at", QStringLiteral("Дата закрытия"));
        named("amount", QStringLiteral("Бюджет"));
        named("manager", QStringLiteral("Ответственный"));
        named("stage", QStringLiteral("Этап сделки"));
        return c;
    }
    return noPreset(o);
}

/// Fields without which no row of the kind can be stored; at least one of them must be mapped.
QStringList identifyingFields(ImportKind kind) {
    switch (kind) {
        case ImportKind::Leads:
            return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("external_id")};
        case ImportKind::Deals:
            return {QStringLiteral("lead_external_id"), QStringLiteral("lead_phone")};
        case ImportKind::Payments:
            return {QStringLiteral("deal_external_id")};
        case ImportKind::Spend:
        case ImportKind::Visitors:
            return {QStringLiteral("date")};
    }
    return {};
}

}  // namespace

QStringList requiredImportFields(ImportKind kind) {
    switch (kind) {
        case ImportKind::Leads:
            return {};
        case ImportKind::Deals:
            return {QStringLiteral("signed_at")};
        case ImportKind::Payments:
            return {QStringLiteral("deal_external_id"), QStringLiteral("paid_at"), QStringLiteral("amount")};
        case ImportKind::Spend:
            return {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("amount")};
        case ImportKind::Visitors:
            return {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("visitors")};
    }
    return {};
}

QString importKindName(ImportKind kind) {
    return toCode(kind);
}

std::optional<ImportKind> importKindFromName(const QString& name) {
    return fromCode<ImportKind>(name);
}

QStringList importFields(ImportKind kind) {
    switch (kind) {
        case ImportKind::Leads:
            return {
                QStringLiteral("external_id"),  QStringLiteral("created_at"), QStringLiteral("name"),
                QStringLiteral("phone"),        QStringLiteral("email"),      QStringLiteral("channel"),
                QStringLiteral("campaign"),     QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
                QStringLiteral("utm_campaign"), QStringLiteral("operator"),   QStringLiteral("office"),
                QStringLiteral("status"),       QStringLiteral("note")};
        case ImportKind::Deals:
            return {QStringLiteral("external_id"), QStringLiteral("lead_external_id"),
                    QStringLiteral("lead_phone"),  QStringLiteral("signed_at"),
                    QStringLiteral("amount"),      QStringLiteral("manager"),
                    QStringLiteral("product")};
        case ImportKind::Payments:
            return {QStringLiteral("deal_external_id"), QStringLiteral("paid_at"), QStringLiteral("amount"),
                    QStringLiteral("method")};
        case ImportKind::Spend:
            return {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("campaign"),
                    QStringLiteral("amount")};
        case ImportKind::Visitors:
            return {QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("campaign"),
                    QStringLiteral("visitors")};
    }
    return {};
}

Result<QMap<QString, QList<int>>> importColumns(const QStringList& header, const ImportOptions& o) {
    Result<Columns> preset = presetColumns(header, o);
    if (!preset) {
        return preset.error();
    }
    Columns c = std::move(*preset);
    const QStringList fields = importFields(o.kind);
    for (auto it = o.map.cbegin(); it != o.map.cend(); ++it) {
        if (!fields.contains(it.key())) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error", "There is no %1 field \"%2\"; the fields are: %3."),
                QStringLiteral("map"), {importKindName(o.kind), it.key(), fields.join(QStringLiteral(", "))});
        }
        if (it.value().isEmpty()) {
            c.remove(it.key());  // "field=" leaves a field the preset would fill empty
            continue;
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
    for (const QString& f : requiredImportFields(o.kind)) {
        if (!c.contains(f)) {
            return invalid(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The file has no column for %1 that the preset \"%2\" knows; name it "
                                  "with a mapping field=column."),
                QStringLiteral("map"), {f, o.preset});
        }
    }
    const QStringList identifying = identifyingFields(o.kind);
    if (std::none_of(identifying.cbegin(), identifying.cend(),
                     [&](const QString& f) { return c.contains(f); })) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The file has no %1 column that the preset \"%2\" knows; name it with a "
                              "mapping field=column."),
            QStringLiteral("map"), {identifying.join(QStringLiteral(" / ")), o.preset});
    }
    return c;
}

}  // namespace fd::core
