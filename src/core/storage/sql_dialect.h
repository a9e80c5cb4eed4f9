#pragma once

#include <QString>

namespace fd::core {

/// Everything that differs between the SQL engines FunnelDesk speaks, in one place.
/// Services never see it; repositories and the migration runner ask it for the few
/// statements whose text depends on the engine.
/// How a write transaction on a server is isolated from the other seats' (SQLite runs one
/// writer at a time and needs neither).
enum class Isolation {
    Serializable,   ///< as if the seats wrote one after another; a conflict is run again
    ReadCommitted,  ///< for a single atomic statement that takes its rows itself (SKIP LOCKED claims)
};

class SqlDialect final {
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    /// The Qt SQL driver name.
    QString driverName() const;
    /// Starts a write transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE,
    /// so a busy database fails here and not half-way on lock upgrade); on a server, a
    /// serializable one.
    QString beginWrite(Isolation isolation = Isolation::Serializable) const;
    /// Starts a read-only transaction that sees one state of the database throughout.
    QString beginRead() const;
    /// Turns portable DDL into this engine's: {pk} becomes the auto-numbered primary key,
    /// {strict} the table option for strict typing, INTEGER a 64-bit integer, REAL a
    /// double.
    QString expandDdl(const QString& ddl) const;

private:
    Engine m_engine;
};

}  // namespace fd::core
