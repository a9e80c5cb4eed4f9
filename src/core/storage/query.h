#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

namespace fd::core {

/// A use of one cached prepared statement: bind every value, run, read rows.
/// Finishes the statement on destruction so no read stays open between uses.
class Query final {
public:
    Query(Database& db, const char* sql) : m_db(db), m_q(db.cached(sql)) {}
    ~Query() { m_q.finish(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const char* name, qint64 v) { return set(name, QVariant::fromValue(v)); }
    Query& bind(const char* name, int v) { return set(name, QVariant::fromValue(static_cast<qint64>(v))); }
    Query& bind(const char* name, bool v) {
        return set(name, QVariant::fromValue(static_cast<qint64>(v ? 1 : 0)));
    }
    /// Binds a text; a null QString is bound as an empty text, not NULL (use bindText for NULL).
    Query& bind(const char* name, const QString& v) {
        return set(name, QVariant(v.isNull() ? QString(QLatin1String("")) : v));
    }
    Query& bind(const char* name, std::optional<qint64> v) {
        return set(name, v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<qint64>()));
    }
    Query& bindDouble(const char* name, double v) { return set(name, QVariant(v)); }
    Query& bindOptDouble(const char* name, std::optional<double> v) {
        return set(name, v ? QVariant(*v) : QVariant(QMetaType::fromType<double>()));
    }
    /// Binds NULL for an empty text.
    Query& bindText(const char* name, const QString& v) {
        return set(name, v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v));
    }

    void exec() {
        try {
            execOrThrow(m_q);
        } catch (const StorageError& e) {
            m_db.noteFailure(e);
            throw;
        }
    }
    /// Runs an INSERT ... RETURNING id and returns the id.
    qint64 insert();
    bool next() { return m_q.next(); }

    qint64 i64(int col) const { return m_q.value(col).toLongLong(); }
    std::optional<qint64> optI64(int col) const {
        const QVariant v = m_q.value(col);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    QString text(int col) const { return m_q.value(col).toString(); }
    QVariant value(int col) const { return m_q.value(col); }
    bool isNull(int col) const { return m_q.value(col).isNull(); }
    int rowsAffected() const { return m_q.numRowsAffected(); }

    /// Runs the query and reads the first row with `read`, if there is one.
    template <class Read>
    auto one(Read read) -> std::optional<decltype(read(*this))> {
        exec();
        if (!next()) {
            return std::nullopt;
        }
        return read(*this);
    }
    /// Runs the query and reads every row with `read`.
    template <class Read>
    auto all(Read read) -> std::vector<decltype(read(*this))> {
        exec();
        std::vector<decltype(read(*this))> rows;
        while (next()) {
            rows.push_back(read(*this));
        }
        return rows;
    }

private:
    Query& set(const char* name, const QVariant& v) {
        m_q.bindValue(QLatin1String(name), v);
        return *this;
    }

    Database& m_db;
    QSqlQuery& m_q;
};

}  // namespace fd::core
