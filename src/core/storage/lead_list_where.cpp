#include "storage/lead_list_where.h"

#include "domain/search_key.h"
#include "storage/database.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QStringList>

namespace fd::core::leadlist {

QString searchNeedle(const QString& text) {
    const QString folded = foldForSearch(text);
    QString digits;
    bool phoneLike = !folded.isEmpty();
    for (QChar ch : folded) {
        if (ch.isDigit()) {
            digits.append(ch);
        } else if (!QStringView(u" +-().").contains(ch)) {
            phoneLike = false;
        }
    }
    if (phoneLike && !digits.isEmpty()) {
        if (digits.size() == 11 &&
            (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7')))) {
            digits.remove(0, 1);
        }
        return digits;
    }
    return folded;
}

bool searchesThroughIndex(const Database& db, const LeadFilter& f) {
    return db.dialect().engine() == SqlDialect::Engine::SQLite && searchNeedle(f.text).size() >= 3;
}
bool searchesByPattern(const Database& db, const LeadFilter& f) {
    return !searchNeedle(f.text).isEmpty() && !searchesThroughIndex(db, f);
}

Where buildWhere(const SqlDialect& dialect, const LeadFilter& f, FilterAccess access,
                 LeadFilterColumn onlyIndexed) {
    Where w;
    QStringList parts;
    // Row by row every condition is tested; with one column named, only that one uses its index.
    auto add = [&](const char* clause, const char* name, const QVariant& v,
                   LeadFilterColumn column = LeadFilterColumn::None) {
        const bool unindexed =
            access == FilterAccess::RowByRow || (onlyIndexed != LeadFilterColumn::None &&
                                                 column != LeadFilterColumn::None && column != onlyIndexed);
        // Every column reference in a clause is written "l.", after the optional "+".
        parts << QString::fromLatin1(clause).replace(
            QStringLiteral("l."), unindexed ? QStringLiteral("+l.") : QStringLiteral("l."));
        w.values.append({QString::fromLatin1(name), v});
    };
    if (f.createdFrom) {
        add("l.created_at >= :from", ":from", QVariant::fromValue(*f.createdFrom), LeadFilterColumn::Created);
    }
    if (f.createdTo) {
        add("l.created_at < :to", ":to", QVariant::fromValue(*f.createdTo), LeadFilterColumn::Created);
    }
    if (f.status) {
        add("l.status = :status", ":status", toCode(*f.status), LeadFilterColumn::State);
    }
    if (f.channelId) {
        add("l.channel_id = :channel", ":channel", QVariant::fromValue(*f.channelId),
            LeadFilterColumn::Channel);
    }
    if (f.officeId) {
        add("l.office_id = :office", ":office", QVariant::fromValue(*f.officeId), LeadFilterColumn::Office);
    }
    if (f.operatorId) {
        add("l.operator_id = :operator", ":operator", QVariant::fromValue(*f.operatorId),
            LeadFilterColumn::Operator);
    }
    if (f.reachOperatorId) {
        add("(l.operator_id IS NULL OR l.operator_id = :reach_operator)", ":reach_operator",
            QVariant::fromValue(*f.reachOperatorId), LeadFilterColumn::Operator);
    }
    if (f.reachOfficeId) {
        add("l.office_id = :reach_office", ":reach_office", QVariant::fromValue(*f.reachOfficeId),
            LeadFilterColumn::Office);
    }
    const QString needle = searchNeedle(f.text);
    if (!needle.isEmpty()) {
        if (dialect.engine() == SqlDialect::Engine::SQLite && needle.size() >= 3) {
            // The trigram index finds substrings of three characters or more.
            QString phrase = needle;
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            add("l.contact_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :needle)",
                ":needle", QStringLiteral("\"%1\"").arg(phrase));
        } else {
            QString pattern = needle;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
            pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
            if (dialect.engine() == SqlDialect::Engine::PostgreSQL) {
                // Through a function with its owner's rights: the search key holds phone digits,
                // which not everyone may read.
                add("l.contact_id IN (SELECT funneldesk_find_contacts(:needle))", ":needle",
                    QStringLiteral("%%1%").arg(pattern));
            } else {
                add("c.search_key LIKE :needle ESCAPE '\\'", ":needle", QStringLiteral("%%1%").arg(pattern));
                w.needsContact = true;
            }
        }
    }
    if (!parts.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    return w;
}

QSqlQuery run(Database& db, const QString& sql, const Where& where,
              const QList<std::pair<QString, QVariant>>& more) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        throw storageError(q.lastError(), sql);
    }
    for (const auto& [name, value] : where.values) {
        q.bindValue(name, value);
    }
    for (const auto& [name, value] : more) {
        q.bindValue(name, value);
    }
    if (!q.exec()) {
        throw storageError(q.lastError(), sql);
    }
    return q;
}

}  // namespace fd::core::leadlist
