#pragma once

// A statement on SQLite's own interface, for the bulk paths in storage that Qt's driver would
// slow down (binding through QVariant costs more than the insert itself).

#include "storage/database.h"
#include "storage/storage_error.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <sqlite3.h>

namespace fd::core {

/// Prepared once, finalized when it goes out of scope; values are bound by position (1-based).
class SqliteStatement {
public:
    SqliteStatement(sqlite3* handle, const char* sql) : m_handle(handle), m_sql(sql) {
        if (sqlite3_prepare_v2(handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            fail(sqlite3_extended_errcode(handle));
        }
    }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }

    sqlite3_stmt* get() const { return m_stmt; }
    /// True for a row, false when done; throws on an error.
    bool step() {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            fail(rc);
        }
        return rc == SQLITE_ROW;
    }
    /// Runs a statement that returns no rows and makes it ready for the next values.
    void run() {
        step();
        sqlite3_reset(m_stmt);
    }

    SqliteStatement& bind(int i, qint64 v) {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    SqliteStatement& bind(int i, std::optional<qint64> v) {
        if (v) {
            sqlite3_bind_int64(m_stmt, i, *v);
        } else {
            sqlite3_bind_null(m_stmt, i);
        }
        return *this;
    }
    /// A text; a null QString is bound as an empty text.
    SqliteStatement& bind(int i, const QString& v) {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqliteStatement& bind(int i, const char* latin1) {
        sqlite3_bind_text(m_stmt, i, latin1, -1, SQLITE_STATIC);
        return *this;
    }
    /// UTF-8 the caller keeps unchanged until the statement has run (not copied); a null array
    /// is bound as an empty text.
    SqliteStatement& bindUtf8(int i, const QByteArray& utf8) {
        sqlite3_bind_text(m_stmt, i, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_STATIC);
        return *this;
    }
    /// As bindUtf8; NULL for an empty text.
    SqliteStatement& bindUtf8OrNull(int i, const QByteArray& utf8) {
        if (utf8.isEmpty()) {
            sqlite3_bind_null(m_stmt, i);
            return *this;
        }
        return bindUtf8(i, utf8);
    }
    /// NULL for an empty text.
    SqliteStatement& bindText(int i, const QString& v) {
        if (v.isEmpty()) {
            sqlite3_bind_null(m_stmt, i);
            return *this;
        }
        return bind(i, v);
    }

    [[noreturn]] void fail(int rc) const {
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(m_handle)), QString::fromUtf8(m_sql),
                           failureOfSqlite(rc));
    }

private:
    sqlite3* m_handle;
    const char* m_sql;
    sqlite3_stmt* m_stmt = nullptr;
};

/// The id a new row of `table` (a name from the schema, not from input) gets when given the
/// next after the largest, as the engine gives it.
inline qint64 nextRowId(sqlite3* handle, const char* table) {
    const QByteArray sql = QByteArray("SELECT coalesce(max(id), 0) + 1 FROM ") + table;
    SqliteStatement st(handle, sql.constData());
    return st.step() ? sqlite3_column_int64(st.get(), 0) : 1;
}

}  // namespace fd::core
