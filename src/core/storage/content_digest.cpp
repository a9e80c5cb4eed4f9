#include "storage/content_digest.h"

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace fd::core {

QByteArray contentDigest(Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Ordinary tables only: virtual tables and their shadow tables (the search index) are
    // derived from them.
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                               "AND name NOT LIKE 'sqlite%' ORDER BY name"))) {
        throw StorageError(q.lastError().text(), q.lastQuery());
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
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
            throw StorageError(rows.lastError().text(), rows.lastQuery());
        }
        hash.addData(table.toUtf8());
        // A password hash carries a random salt: two copies of the same content differ there.
        const int salted = rows.record().indexOf(QStringLiteral("password_hash"));
        while (rows.next()) {
            const int n = rows.record().count();
            for (int i = 0; i < n; ++i) {
                const QVariant v = i == salted ? QVariant() : rows.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01null") : v.toString().toUtf8());
                hash.addData(QByteArray("\x1f"));
            }
            hash.addData(QByteArray("\x1e"));
        }
    }
    return hash.result().toHex();
}

}  // namespace fd::core
