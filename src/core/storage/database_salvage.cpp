#include "storage/database_salvage.h"

#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/lead_repository.h"
#include "storage/migration.h"
#include "storage/storage_error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <atomic>
#include <map>

namespace fd::core {

namespace {

std::atomic<int> g_counter{0};

/// The column names of `table` as the connection's schema declares them (empty when unreadable).
QStringList columnsOf(const QSqlDatabase& db, const QString& table) {
    QSqlQuery q(db);
    QStringList columns;
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table))) {
        while (q.next()) {
            columns << q.value(0).toString();
        }
    }
    return columns;
}

/// One table read from the damaged file in ranges of row ids: a range that fails is halved until
/// the row ids that cannot be read are found; what reads is written into the new database.
class TableSalvage final {
public:
    TableSalvage(const QSqlDatabase& from, Database& to, QString table, QStringList columns)
        : m_from(from), m_to(to), m_table(std::move(table)), m_columns(std::move(columns)) {
        // Table and column names come from the new database's own schema; the range is bound.
        m_sql = QStringLiteral("SELECT %1 FROM %2 WHERE rowid BETWEEN ? AND ? ORDER BY rowid")
                    .arg(m_columns.join(QLatin1Char(',')), m_table);
    }

    SalvagedTable run() {
        SalvagedTable result;
        result.table = m_table;
        QSqlQuery last(m_from);
        // The largest id is read from the table's own tree: when even that fails, its top pages
        // are gone and nothing of it can be reached.
        if (!last.exec(QStringLiteral("SELECT max(rowid) FROM %1").arg(m_table)) || !last.next()) {
            result.wholeTableLost = true;
            return result;
        }
        const qint64 top = last.value(0).isNull() ? 0 : last.value(0).toLongLong();
        if (top > 0) {
            range(1, top, result);
        }
        return result;
    }

private:
    void range(qint64 from, qint64 to, SalvagedTable& result) {
        QSqlQuery q(m_from);
        q.setForwardOnly(true);
        QVariantList values;
        bool ok = q.prepare(m_sql);
        if (ok) {
            q.addBindValue(from);
            q.addBindValue(to);
            ok = q.exec();
        }
        qint64 rows = 0;
        while (ok && q.next()) {
            for (int i = 0; i < m_columns.size(); ++i) {
                values << q.value(i);
            }
            ++rows;
        }
        ok = ok && !q.lastError().isValid();
        if (!ok) {
            if (from == to) {
                ++result.unreadable;
                return;
            }
            const qint64 middle = from + (to - from) / 2;
            range(from, middle, result);
            range(middle + 1, to, result);
            return;
        }
        const int perStatement = std::max(1, kValuesPerStatement / static_cast<int>(m_columns.size()));
        for (qsizetype at = 0; at < values.size();
             at += static_cast<qsizetype>(perStatement) * m_columns.size()) {
            insertRowBatch(m_to, m_table, m_columns,
                           values.mid(at, static_cast<qsizetype>(perStatement) * m_columns.size()));
        }
        result.rows += rows;
    }

    const QSqlDatabase& m_from;
    Database& m_to;
    QString m_table;
    QStringList m_columns;
    QString m_sql;
};

/// Removes the rows whose references were lost with the damaged pages, until none is left;
/// how many went from each table.
std::map<QString, qint64> dropOrphans(Database& db) {
    std::map<QString, qint64> dropped;
    for (;;) {
        QSqlQuery check(db.connection());
        if (!check.exec(QStringLiteral("SELECT \"table\", rowid FROM pragma_foreign_key_check"))) {
            throw storageError(check.lastError(), QStringLiteral("PRAGMA foreign_key_check"));
        }
        std::vector<std::pair<QString, qint64>> orphans;
        while (check.next()) {
            orphans.emplace_back(check.value(0).toString(), check.value(1).toLongLong());
        }
        if (orphans.empty()) {
            return dropped;
        }
        for (const auto& [table, rowid] : orphans) {
            QSqlQuery remove(db.connection());
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
            remove.addBindValue(rowid);
            if (!remove.exec()) {
                throw storageError(remove.lastError(), QStringLiteral("DELETE"));
            }
            ++dropped[table];
        }
    }
}

}  // namespace

Result<std::vector<SalvagedTable>> salvageDatabase(const QString& damaged, const QString& target) {
    if (!QFileInfo(damaged).isFile()) {
        return Error::make(ErrorCode::FileMissing,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" does not exist."),
                           {QDir::toNativeSeparators(damaged)});
    }
    Result<std::unique_ptr<Database>> created = Database::open(target, OpenMode::CreateNew);
    if (!created) {
        return created.error();
    }
    std::unique_ptr<Database> to = std::move(created).value();
    const QString name = QStringLiteral("fd-salvage-%1").arg(g_counter.fetch_add(1));
    std::vector<SalvagedTable> tables;
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        from.setDatabaseName(damaged);
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const bool opened = from.open();
        try {
            if (!opened) {
                throw StorageError(from.lastError().text(), QString(), StorageFailure::Damaged);
            }
            to->setForeignKeys(false);  // the references are checked once everything is in
            WriteTransaction tx(*to, Isolation::ReadCommitted);
            for (const char* seeded : kSeededTables) {
                to->execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(seeded)));
            }
            for (const char* table : kContentTables) {
                const QString t = QLatin1String(table);
                QStringList columns = columnsOf(to->connection(), t);
                if (const QStringList old = columnsOf(from, t); !old.isEmpty()) {
                    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                                 [&](const QString& c) { return !old.contains(c); }),
                                  columns.end());
                }
                tables.push_back(TableSalvage(from, *to, t, columns).run());
            }
            for (const auto& [table, n] : dropOrphans(*to)) {
                for (SalvagedTable& s : tables) {
                    if (s.table == table) {
                        s.dropped += n;
                        s.rows -= n;
                    }
                }
            }
            // The milestones on each lead row, from the events that were saved.
            LeadRepository leads(*to);
            QSqlQuery ids(to->connection());
            ids.exec(QStringLiteral("SELECT id FROM leads"));
            std::vector<Id> all;
            while (ids.next()) {
                all.push_back(ids.value(0).toLongLong());
            }
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const Id id : all) {
                leads.refreshMilestones(id, now);
            }
            to->execute(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"));
            tx.commit();
            to->setForeignKeys(true);
        } catch (const StorageError& e) {
            spdlog::error("salvage of {} failed: {}", damaged.toStdString(), e.what());
            from.close();
            from = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            to.reset();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(target + suffix);
            }
            return Error::make(
                ErrorCode::Storage,
                QT_TRANSLATE_NOOP("fd::core::Error", "Nothing could be salvaged from \"%1\": %2"),
                {QDir::toNativeSeparators(damaged), e.engineText()});
        }
        from.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

}  // namespace fd::core
