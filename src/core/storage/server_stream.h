#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

struct pg_conn;

namespace fd::core {

class Database;

/// libpq's connection under a server Database, for what Qt's driver does not offer.
pg_conn* serverHandle(Database& db);

/// Reads every row of `sql` (a SELECT of `columns` 64-bit integer columns, without parameters)
/// from a PostgreSQL server through a cursor, a chunk of rows per round trip, in the binary
/// format: no text parsing and no QVariant per value, and memory bounded by one chunk.
/// `row(values, nulls)` is called for each row. Runs inside the caller's transaction, or its own.
void streamIntegerRows(Database& db, const QString& sql, int columns,
                       const std::function<void(const qint64* values, const bool* nulls)>& row);

/// Writes rows into a server table with COPY … FROM STDIN (text format): a stream of rows, not a
/// statement per row. Inside the caller's transaction; abandoned (and the transaction failed)
/// unless finish() is called.
class ServerCopy final {
public:
    ServerCopy(Database& db, const QString& table, const QStringList& columns);
    ~ServerCopy();
    ServerCopy(const ServerCopy&) = delete;
    ServerCopy& operator=(const ServerCopy&) = delete;

    /// One row: a value per column (null, integer, real or text, as SQLite holds them).
    void add(const QVariantList& row);
    void finish();

private:
    void flush();

    pg_conn* m_conn = nullptr;
    QByteArray m_buffer;
    bool m_done = false;
};

}  // namespace fd::core
