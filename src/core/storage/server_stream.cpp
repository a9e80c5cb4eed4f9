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

namespace {

constexpr qsizetype kCopyChunk = 1 << 20;

/// A value in COPY's text format: \N for null, special characters escaped.
void appendCopyValue(QByteArray& out, const QVariant& v) {
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            out += QByteArray::number(v.toLongLong());
            return;
        case QMetaType::Double:
            out += QByteArray::number(v.toDouble(), 'g', 17);
            return;
        default:
            break;
    }
    const QByteArray text = v.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
}

}  // namespace

ServerCopy::ServerCopy(Database& db, const QString& table, const QStringList& columns)
    : m_conn(serverHandle(db)) {
    // Table and column names come from the schema itself.
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    run(m_conn, sql.constData(), PGRES_COPY_IN);
    m_buffer.reserve(kCopyChunk + 4096);
}

ServerCopy::~ServerCopy() {
    if (!m_done && m_conn) {
        PQputCopyEnd(m_conn, "abandoned");
        while (PGresult* r = PQgetResult(m_conn)) {
            PQclear(r);
        }
    }
}

void ServerCopy::add(const QVariantList& row) {
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0) {
            m_buffer += '\t';
        }
        appendCopyValue(m_buffer, row[i]);
    }
    m_buffer += '\n';
    if (m_buffer.size() >= kCopyChunk) {
        flush();
    }
}

void ServerCopy::flush() {
    if (!m_buffer.isEmpty() &&
        PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        throw StorageError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), QStringLiteral("COPY"));
    }
    m_buffer.clear();
}

void ServerCopy::finish() {
    flush();
    m_done = true;
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        throw StorageError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), QStringLiteral("COPY"));
    }
    QString error;
    while (PGresult* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    if (!error.isEmpty()) {
        throw StorageError(error, QStringLiteral("COPY"));
    }
}

}  // namespace fd::core
