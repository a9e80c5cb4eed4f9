#include "storage/lead_list_repository.h"

#include "domain/search_key.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fd::core {

namespace {

/// The whitelist: the only SQL that a sort choice can put into a statement.
const char* sortExpression(LeadColumn column) {
    switch (column) {
        case LeadColumn::Created:
            return "l.created_at";
        case LeadColumn::Name:
            return "c.name";
        case LeadColumn::Phone:
            return "c.phone_e164";
        case LeadColumn::State:
            return "l.status";
        case LeadColumn::NextMeeting:
            return "l.next_meeting_at";
        case LeadColumn::Revenue:
            return "l.revenue";
        case LeadColumn::Channel:
            return "(SELECT name FROM channels WHERE id = l.channel_id)";
        case LeadColumn::Operator:
            return "(SELECT name FROM employees WHERE id = l.operator_id)";
        case LeadColumn::Office:
            return "(SELECT name FROM offices WHERE id = l.office_id)";
        case LeadColumn::Campaign:
            return nullptr;
    }
    return nullptr;
}

/// What the user typed, made into the form the search key has: case-folded; a phone typed
/// with punctuation or a trunk prefix becomes its national digits.
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
        if (digits.size() == 11 && (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7')))) {
            digits.remove(0, 1);
        }
        return digits;
    }
    return folded;
}

struct Where {
    QString sql;
    QList<std::pair<QString, QVariant>> values;
    bool needsContact = false;
};

Where buildWhere(const SqlDialect& dialect, const LeadFilter& f) {
    Where w;
    QStringList parts;
    auto add = [&](const char* clause, const char* name, const QVariant& v) {
        parts << QString::fromLatin1(clause);
        w.values.append({QString::fromLatin1(name), v});
    };
    if (f.createdFrom) {
        add("l.created_at >= :from", ":from", QVariant::fromValue(*f.createdFrom));
    }
    if (f.createdTo) {
        add("l.created_at < :to", ":to", QVariant::fromValue(*f.createdTo));
    }
    if (f.status) {
        add("l.status = :status", ":status", toCode(*f.status));
    }
    if (f.channelId) {
        add("l.channel_id = :channel", ":channel", QVariant::fromValue(*f.channelId));
    }
    if (f.officeId) {
        add("l.office_id = :office", ":office", QVariant::fromValue(*f.officeId));
    }
    if (f.operatorId) {
        add("l.operator_id = :operator", ":operator", QVariant::fromValue(*f.operatorId));
    }
    const QString needle = searchNeedle(f.text);
    if (!needle.isEmpty()) {
        if (dialect.engine() == SqlDialect::Engine::SQLite && needle.size() >= 3) {
            // The trigram index finds substrings of three characters or more.
            QString phrase = needle;
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            add("l.contact_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :needle)", ":needle",
                QStringLiteral("\"%1\"").arg(phrase));
        } else {
            QString pattern = needle;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
            pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
            add("c.search_key LIKE :needle ESCAPE '\\'", ":needle", QStringLiteral("%%1%").arg(pattern));
            w.needsContact = true;
        }
    }
    if (!parts.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
    return w;
}

QSqlQuery run(Database& db, const QString& sql, const Where& where,
              const QList<std::pair<QString, QVariant>>& more = {}) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        throw StorageError(q.lastError().text(), sql);
    }
    for (const auto& [name, value] : where.values) {
        q.bindValue(name, value);
    }
    for (const auto& [name, value] : more) {
        q.bindValue(name, value);
    }
    if (!q.exec()) {
        throw StorageError(q.lastError().text(), sql);
    }
    return q;
}

}  // namespace

bool LeadListRepository::sortable(LeadColumn column) { return sortExpression(column) != nullptr; }

qint64 LeadListRepository::count(const LeadFilter& filter) {
    const Where where = buildWhere(m_db.dialect(), filter);
    const QString sql = QStringLiteral("SELECT count(*) FROM leads l") +
                        (where.needsContact ? QStringLiteral(" JOIN contacts c ON c.id = l.contact_id") : QString()) +
                        where.sql;
    QSqlQuery q = run(m_db, sql, where);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<LeadListRow> LeadListRepository::fetch(const LeadFilter& filter, LeadSort sort, qint64 offset,
                                                   int limit) {
    const char* expression = sortExpression(sort.column);
    if (!expression) {
        expression = sortExpression(LeadColumn::Created);
    }
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const Where where = buildWhere(m_db.dialect(), filter);
    // Sort expressions and directions come from the whitelist above; values are bound.
    const QString sql =
        QStringLiteral(
            "SELECT l.id, l.created_at, c.name, coalesce(c.phone_e164, c.email, ''), ch.name, cp.name, l.status, "
            "e.name, o.name, l.next_meeting_at, l.revenue "
            "FROM leads l JOIN contacts c ON c.id = l.contact_id "
            "LEFT JOIN channels ch ON ch.id = l.channel_id LEFT JOIN campaigns cp ON cp.id = l.campaign_id "
            "LEFT JOIN employees e ON e.id = l.operator_id LEFT JOIN offices o ON o.id = l.office_id") +
        where.sql + QStringLiteral(" ORDER BY ") + QLatin1String(expression) + direction +
        QStringLiteral(", l.id") + direction + QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery q = run(m_db, sql, where,
                      {{QStringLiteral(":limit"), QVariant::fromValue(static_cast<qint64>(limit))},
                       {QStringLiteral(":offset"), QVariant::fromValue(offset)}});
    std::vector<LeadListRow> rows;
    rows.reserve(static_cast<std::size_t>(limit));
    while (q.next()) {
        LeadListRow r;
        r.id = q.value(0).toLongLong();
        r.createdAt = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.channel = q.value(4).toString();
        r.campaign = q.value(5).toString();
        r.status = fromCode<LeadStatus>(q.value(6).toString()).value_or(LeadStatus::New);
        r.operatorName = q.value(7).toString();
        r.office = q.value(8).toString();
        if (!q.value(9).isNull()) {
            r.nextMeetingAt = q.value(9).toLongLong();
        }
        r.revenue = q.value(10).toLongLong();
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace fd::core
