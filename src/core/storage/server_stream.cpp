#include "storage/server_stream.h"

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QSqlDriver>
#include <QtEndian>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace fd::core {

namespace {

constexpr int kChunkRows = 20000;

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

ResultPtr run(PGconn* conn, const char* sql, ExecStatusType expected, int format = 0) {
    ResultPtr r(PQexecParams(conn, sql, 0, nullptr, nullptr, nullptr, nullptr, format));
    if (!r || PQresultStatus(r.get()) != expected) {
        throw StorageError(QString::fromUtf8(PQerrorMessage(conn)).trimmed(), QString::fromUtf8(sql));
    }
    return r;
}

}  // namespace

PGconn* serverHandle(Database& db) {
    const QVariant v = db.connection().driver()->handle();
    // Qt's driver hands out its PGconn* (the metatype is named after libpq's struct pg_conn).
    if (!db.onServer() || !v.isValid() ||
        (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0)) {
        throw StorageError(QStringLiteral("no PostgreSQL connection handle"), QString());
    }
    return *static_cast<PGconn* const*>(v.constData());
}

void streamIntegerRows(Database& db, const QString& sql, int columns,
                       const std::function<void(const qint64* values, const bool* nulls)>& row) {
    PGconn* conn = serverHandle(db);
    const bool ownTransaction = PQtransactionStatus(conn) == PQTRANS_IDLE;
    if (ownTransaction) {
        run(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", PGRES_COMMAND_OK);
    }
    try {
        // The statement is fixed text of storage; it has no values to bind.
        const QByteArray declare = "DECLARE fd_stream NO SCROLL CURSOR FOR " + sql.toUtf8();
        run(conn, declare.constData(), PGRES_COMMAND_OK);
        std::vector<qint64> values(static_cast<std::size_t>(columns));
        std::unique_ptr<bool[]> nulls(new bool[static_cast<std::size_t>(columns)]);
        for (;;) {
            const ResultPtr chunk =
                run(conn, "FETCH FORWARD 20000 FROM fd_stream", PGRES_TUPLES_OK, /*binary*/ 1);
            static_assert(kChunkRows == 20000, "the FETCH text says the chunk size");
            if (PQnfields(chunk.get()) != columns) {
                throw StorageError(QStringLiteral("unexpected column count"), sql);
            }
            const int rows = PQntuples(chunk.get());
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    const auto i = static_cast<std::size_t>(c);
                    nulls[i] = PQgetisnull(chunk.get(), r, c) != 0;
                    if (nulls[i]) {
                        values[i] = 0;
                    } else if (PQgetlength(chunk.get(), r, c) == 8) {
                        values[i] = qFromBigEndian<qint64>(PQgetvalue(chunk.get(), r, c));
                    } else {
                        throw StorageError(QStringLiteral("a column is not a 64-bit integer"), sql);
                    }
                }
                row(values.data(), nulls.get());
            }
            if (rows < kChunkRows) {
                break;
            }
        }
        run(conn, "CLOSE fd_stream", PGRES_COMMAND_OK);
        if (ownTransaction) {
            run(conn, "COMMIT", PGRES_COMMAND_OK);
        }
    } catch (...) {
        if (ownTransaction) {
            PQclear(PQexec(conn, "ROLLBACK"));
        }
        throw;
    }
}

}  // namespace fd::core
