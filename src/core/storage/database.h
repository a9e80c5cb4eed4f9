#pragma once

#include "domain/access.h"
#include "domain/result.h"
#include "storage/file_access.h"
#include "storage/server_address.h"
#include "storage/sql_dialect.h"
#include "storage/storage_error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace fd::core {

struct Migration;

/// How Database::open treats the path.
/// Whether a commit returns once the disk has it (the default), or once the system has it: a
/// system crash may then lose the last commits, for a bulk load that is redone anyway.
enum class CommitWait { UntilOnDisk, HandedToSystem };

/// Where a connection's sorts and temporary tables live.
enum class TempStorage {
    Memory,  ///< the default: the small sorts of everyday queries
    /// A temporary file the engine deletes as it opens it: sorting a million rows into an index
    /// runs faster through it than through memory.
    File
};

enum class OpenMode {
    Existing,   ///< the file must exist and be a FunnelDesk database; never created
    CreateNew,  ///< the file must not exist; a new database is created
};

/// The pragma values read back after opening; exposed so tests and `check` can show them.
struct PragmaState {
    int foreignKeys = 0;
    QString journalMode;
    int synchronous = 0;
    int busyTimeoutMs = 0;
    int trustedSchema = -1;
    qint64 applicationId = 0;
};

/// One open FunnelDesk database (one connection). Not thread-safe: a worker thread opens
/// its own Database on the same file.
///
/// Opening never modifies a file it then refuses: a missing file, a file that is not
/// SQLite, a SQLite file of another application and a database written by a newer
/// FunnelDesk are all detected before the file is opened for writing.
class Database final {
public:
    /// The application_id written into every FunnelDesk SQLite file ("FDK1").
    static constexpr qint64 kApplicationId = 0x46444B31;
    static constexpr int kBusyTimeoutMs = 5000;
    /// The page cache of a connection (lists and reports over a million leads read far more
    /// than SQLite's 2 MiB default holds).
    static constexpr int kCacheMiB = 32;

    /// Opens `path`, a SQLite file, or a database on a PostgreSQL server when it is a
    /// `postgresql://LOGIN@HOST[:PORT]/DATABASE` URL (see server_address.h; the password comes
    /// from rememberServerPassword or libpq's own sources). On a server, CreateNew means the
    /// database exists and is still empty; it is never created or dropped here.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    /// Another connection to an existing database for the same person (a worker thread's):
    /// what they may do there is what they may do here. Copy `actor` on the thread that owns
    /// the first connection.
    static Result<std::unique_ptr<Database>> openAs(const QString& path, std::optional<Actor> actor);
    /// The same with a custom migration list (tests of the migration runner).
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode,
                                                  const std::vector<Migration>& migrations);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase& connection() { return m_db; }
    const PragmaState& pragmas() const { return m_pragmas; }
    int schemaVersion();

    /// Notes a failure of a statement: after a lost connection to a server, the next statement
    /// outside a transaction first connects again (the server rolled back what was open).
    void noteFailure(const StorageError& e);
    /// Connects to the server again after the connection was lost; throws if it cannot.
    void reconnect();

    /// A prepared statement for `sql`, cached for the life of the connection.
    /// `sql` must outlive the Database (a string literal); the cache is keyed by its address.
    QSqlQuery& cached(const char* sql);
    /// Runs a statement without bound values (DDL, transaction control, pragmas).
    void execute(const QString& sql);

    /// Transaction nesting: the outermost level is a real write transaction
    /// (BEGIN IMMEDIATE on SQLite), inner levels are savepoints, so a service called
    /// inside a batch still commits or rolls back as one unit.
    void begin(Isolation isolation = Isolation::Serializable);
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    /// Outside a transaction; SQLite only (a server decides for itself). A commit that waits
    /// for the disk also makes every earlier commit durable (they precede it in the log).
    void setCommitWait(CommitWait wait);

    /// The person signed in on this connection: services decide what they may do and record
    /// them as the one who acts. None for the tools that build a database (init, the demo).
    const std::optional<Actor>& actor() const { return m_actor; }
    void setActor(std::optional<Actor> actor) { m_actor = std::move(actor); }

    /// Sets this connection's page cache; a bulk import writing into every index of a large
    /// table raises it for its duration.
    void setCacheMiB(int mib);
    /// Turns this connection's foreign-key enforcement on or off; only between transactions
    /// (SQLite ignores the switch inside one). A bulk import whose references all come from
    /// the database inside its own transaction turns it off for its duration.
    void setForeignKeys(bool on);
    /// Outside a transaction (SQLite only); a bulk import that builds indexes at its end sorts
    /// in files for its duration.
    void setTempStorage(TempStorage where);
    /// PRAGMA integrity_check and foreign_key_check; empty when all is well.
    QStringList integrityProblems();
    /// The file's structure as PRAGMA quick_check finds it. With a budget, a check still running
    /// when it is spent stops there (`complete` false) and what it read is what counts.
    struct StructureCheck {
        QStringList problems;
        bool complete = true;
    };
    StructureCheck checkStructure(std::optional<int> budgetMs = std::nullopt);
    /// Whether damage was found on this connection: it then reads what it can and writes nothing
    /// (a write transaction throws StorageError of kind Damaged).
    bool isDamaged() const;
    /// Whether this connection may write, and why not: a read-only file, folder or drive, a
    /// newer FunnelDesk's schema that may only be read, or damage. Fixed when the file is opened,
    /// except damage found later. A write transaction on a database that cannot be written throws
    /// StorageError (ReadOnly, or Damaged).
    WriteAccess writeAccess() const;
    /// Before a bulk write (an import, an upgrade): the whole structure checked, once per
    /// connection; a damaged file is marked so and the call throws StorageError (Damaged). Damage
    /// found on any connection of this program marks the file for all of them.
    void requireSound();
    /// Opening a file checks its whole structure up to this size (a tenth of a second or so);
    /// a larger one is checked for kOpenCheckBudgetMs there, and in full before a bulk write and
    /// by the application's daily check.
    static constexpr qint64 kFullCheckBytes = qint64{16} << 20;
    static constexpr int kOpenCheckBudgetMs = 20;

    /// Whether opening the SQLite file at `path` would upgrade its schema first. An upgrade checks
    /// the whole file before writing to it: minutes for a file of millions of leads, which the
    /// application spends on a thread of its own under a progress window. Reads the file's
    /// version only; false for a server address and for a file that cannot be read.
    static bool upgradePending(const QString& path);

    /// The engine's own handle (SQLite only), for bulk reads in storage.
    sqlite3* sqliteHandle();
    /// Something that changes whenever the data may have changed: a write on this connection
    /// or a commit by any other connection or process.
    std::pair<qint64, qint64> dataStamp();
    /// A value derived from the whole database, kept until the data changes (see dataStamp).
    std::shared_ptr<const void> snapshot(const char* key);
    void storeSnapshot(const char* key, std::shared_ptr<const void> value, std::pair<qint64, qint64> stamp);

    /// Whether this connection is to a database server (PostgreSQL) rather than a SQLite file.
    bool onServer() const { return m_dialect.engine() == SqlDialect::Engine::PostgreSQL; }
    /// The login this connection is made with on a server (empty for a SQLite file).
    QString serverLogin() const { return onServer() ? m_db.userName() : QString(); }
    /// Whether the server accepts `password` for this connection's login (a second connection is
    /// made and closed); false on SQLite.
    bool acceptsServerPassword(const QString& password) const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openServer(const QString& url, OpenMode mode,
                                                        const std::vector<Migration>& migrations);
    /// Whether opening a file checks its structure (the first connection) or not (the workers').
    enum class OpenCheck { Structure, Skip };
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode,
                                                      const std::vector<Migration>& migrations,
                                                      OpenCheck check);
    Status checkServerDatabase(OpenMode mode, int knownVersion);
    Status configure();
    /// The structure checked (in full up to kFullCheckBytes, else within kOpenCheckBudgetMs);
    /// damage marks the file for every connection of this program.
    void checkOnOpening();
    /// Whether this is a demo database whose making stopped half-way.
    bool unfinishedDemo();
    int serverSchemaVersion();
    void stampApplication();
    void setSchemaVersion(int version);
    Status migrate(const std::vector<Migration>& migrations);
    /// Opening a database that may only be read: its schema must be the one this program knows or
    /// a newer one it may read (upgrading would write).
    Status readOnlyVersion(int version, int knownVersion);
    /// Notes in the database the oldest schema version that can read it (SQLite files); 0: only
    /// its own (nothing is noted).
    void recordReadableFrom(int version);

    QString m_path;
    std::optional<Actor> m_actor;
    QString m_connectionName;
    SqlDialect m_dialect{SqlDialect::Engine::SQLite};
    QSqlDatabase m_db;
    PragmaState m_pragmas;
    std::unordered_map<const char*, std::unique_ptr<QSqlQuery>> m_cache;
    struct Snapshot {
        std::shared_ptr<const void> value;
        std::pair<qint64, qint64> stamp;
    };
    std::unordered_map<std::string, Snapshot> m_snapshots;
    int m_depth = 0;
    bool m_lost = false;
    bool m_damaged = false;
    WriteAccess m_access = WriteAccess::Writable;
    bool m_checkedInFull = false;
};

/// The setting a demo database carries while it is being made (removed by its last commit).
inline constexpr const char* kDemoIncompleteKey = "demo_incomplete";

/// What kind of failure an engine error is (see StorageFailure).
StorageFailure failureOf(const QSqlError& e);
/// The same for a result code of SQLite's own API (primary or extended).
StorageFailure failureOfSqlite(int code);
/// The exception for a failed statement: its kind, the engine's words and the whole text.
StorageError storageError(const QSqlError& e, const QString& sql);

/// Runs `sql` (already prepared and bound) and throws StorageError on failure.
void execOrThrow(QSqlQuery& query);

/// RAII write transaction: rolls back unless commit() was called.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database& db, Isolation isolation = Isolation::Serializable) : m_db(db) {
        m_db.begin(isolation);
    }
    ~WriteTransaction() {
        if (!m_done) {
            try {
                m_db.rollback();
            } catch (
                ...) {  // NOLINT(bugprone-empty-catch): a failed rollback must not mask the original error
            }
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit() {
        m_db.commit();
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace fd::core
