#include "storage/database_copy.h"

#include "storage/database.h"
#include "storage/server_stream.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <array>

namespace fd::core {

namespace {

void run(QSqlQuery& q, const QString& sql) {
    if (!q.exec(sql)) {
        throw storageError(q.lastError(), sql);
    }
}

qint64 copyTable(Database& from, Database& to, const QString& table) {
    QSqlQuery rows(from.connection());
    rows.setForwardOnly(true);
    run(rows, QStringLiteral("SELECT * FROM %1").arg(table));
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
    }
    qint64 copied = 0;
    if (to.onServer()) {
        // A server takes the rows as one stream (COPY), much faster than statements.
        ServerCopy copy(to, table, columns);
        QVariantList row;
        row.reserve(columns.size());
        while (rows.next()) {
            row.clear();
            for (int i = 0; i < columns.size(); ++i) {
                row << rows.value(i);
            }
            copy.add(row);
            ++copied;
        }
        copy.finish();
        if (columns.contains(QStringLiteral("id"))) {
            // The next id a seat gets comes after the copied ones.
            QSqlQuery q(to.connection());
            run(q, QStringLiteral(
                       "SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                       "FROM %1")
                       .arg(table));
        }
        return copied;
    }
    const int perStatement = std::max(1, kValuesPerStatement / static_cast<int>(columns.size()));
    QVariantList batch;
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            batch << rows.value(i);
        }
        if (++copied % perStatement == 0) {
            insertRowBatch(to, table, columns, batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        insertRowBatch(to, table, columns, batch);
    }
    return copied;
}

/// How many ordinary tables of content a database has.
qint64 tableCount(Database& db) {
    QSqlQuery q(db.connection());
    run(q, db.onServer()
               ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
                                "AND tablename <> 'funneldesk_meta'")
               : QStringLiteral(
                     "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = "
                     "'table' AND name NOT LIKE 'sqlite%' AND name NOT IN ('lead_facts', 'lead_list')"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

}  // namespace

void insertRowBatch(Database& to, const QString& table, const QStringList& columns,
                    const QVariantList& values) {
    const qsizetype rows = values.size() / columns.size();
    QStringList tuples;
    const QString tuple = QLatin1Char('(') +
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                          QLatin1Char(')');
    for (qsizetype r = 0; r < rows; ++r) {
        tuples << tuple;
    }
    // Table and column names come from the schema itself; every value is bound.
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(table, columns.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
    QSqlQuery q(to.connection());
    if (!q.prepare(sql)) {
        throw storageError(q.lastError(), sql.left(200));
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        throw storageError(q.lastError(), sql.left(200));
    }
}

void copyDatabase(Database& from, Database& to, const std::function<void(const QString&, qint64)>& progress) {
    if (from.schemaVersion() != to.schemaVersion()) {
        throw StorageError(QStringLiteral("the two databases have different schema versions"), QString());
    }
    if (tableCount(from) != static_cast<qint64>(kContentTables.size())) {
        throw StorageError(QStringLiteral("the database has tables the copy does not know"), QString());
    }
    from.execute(from.dialect().beginRead());
    try {
        // Nobody else works in a database being filled: no need to track what the copy reads.
        WriteTransaction tx(to, Isolation::ReadCommitted);
        for (const char* seeded : kSeededTables) {
            to.execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(seeded)));
        }
        for (const char* table : kContentTables) {
            const qint64 n = copyTable(from, to, QLatin1String(table));
            if (progress) {
                progress(QLatin1String(table), n);
            }
        }
        if (!to.onServer()) {
            to.execute(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"));
        }
        tx.commit();
    } catch (...) {
        from.execute(QStringLiteral("ROLLBACK"));
        throw;
    }
    from.execute(QStringLiteral("COMMIT"));
    if (to.onServer()) {
        // Statistics for the server's planner and the visibility map its index-only scans need:
        // a freshly filled database has neither until autovacuum comes by.
        for (const char* table : kContentTables) {
            to.execute(QStringLiteral("VACUUM (ANALYZE) %1").arg(QLatin1String(table)));
        }
    }
}

}  // namespace fd::core
