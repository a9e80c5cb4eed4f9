#include "storage/content_digest.h"

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace fd::core {

QByteArray contentDigest(Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Ordinary tables only: SQLite's virtual tables and their shadow tables (the search index)
    // and the stored lead facts and list columns (LeadFactStore, LeadListStore) are derived from them, and
    // the server's table of FunnelDesk's own version is not content.
    const QString tableList =
        db.onServer() ? QStringLiteral(
                            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
                            "AND tablename <> 'funneldesk_meta' ORDER BY tablename COLLATE \"C\"")
                      : QStringLiteral(
                            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = "
                            "'table' AND name NOT LIKE 'sqlite%' AND name NOT IN ('lead_facts', 'lead_list') "
                            "ORDER BY name");
    if (!q.exec(tableList)) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        // Table names come from the schema itself, never from input.
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            throw storageError(rows.lastError(), rows.lastQuery());
        }
        hash.addData(table.toUtf8());
        // A password hash carries a random salt: two copies of the same content differ there.
        const int salted = rows.record().indexOf(QStringLiteral("password_hash"));
        // Each row hashed on its own and the row hashes sorted: the same content gives the same
        // digest whatever order the engine returns the rows in.
        std::vector<QByteArray> rowHashes;
        while (rows.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            const int n = rows.record().count();
            for (int i = 0; i < n; ++i) {
                const QVariant v = i == salted ? QVariant() : rows.value(i);
                row.addData(v.isNull() ? QByteArray("\x01null") : v.toString().toUtf8());
                row.addData(QByteArray("\x1f"));
            }
            rowHashes.push_back(row.result());
        }
        std::sort(rowHashes.begin(), rowHashes.end());
        for (const QByteArray& r : rowHashes) {
            hash.addData(r);
        }
    }
    return hash.result().toHex();
}

}  // namespace fd::core
