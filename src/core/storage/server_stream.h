#pragma once

#include <QString>

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

}  // namespace fd::core
