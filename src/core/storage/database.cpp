#include "storage/database.h"

#include "storage/migration.h"
#include "storage/query.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include <atomic>

namespace fd::core {

namespace {

std::atomic<int> g_connectionCounter{0};

bool isBusy(const QSqlError& e) {
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           e.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

}  // namespace

StorageFailure failureOf(const QSqlError& e) {
    const QString code = e.nativeErrorCode();
    // SQLite's result codes, primary or extended (a SQLSTATE always has five characters; Qt's
    // SQLite driver reports a failed step as a "connection error", which it is not).
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && code.size() < 5) {
        return failureOfSqlite(sqliteCode);
    }
    // PostgreSQL's SQLSTATE: 40001 serialization failure, 40P01 deadlock, 55P03 lock not
    // available, class 08 and 57P0x a connection that broke or a server shutting down.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01")) {
        return StorageFailure::Retry;
    }
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")) ||
        e.type() == QSqlError::ConnectionError ||
        e.text().contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
        e.text().contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive) ||
        e.text().contains(QLatin1String("terminating connection"), Qt::CaseInsensitive)) {
        return StorageFailure::Lost;
    }
    if (code == QLatin1String("55P03") || isBusy(e)) {
        return StorageFailure::Locked;
    }
    // 53100 disk full, 25006 a read-only transaction (a standby), XX001/XX002 data or index
    // corrupted.
    if (code == QLatin1String("53100")) {
        return StorageFailure::DiskFull;
    }
    if (code == QLatin1String("25006")) {
        return StorageFailure::ReadOnly;
    }
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002")) {
        return StorageFailure::Damaged;
    }
    return StorageFailure::Engine;
}

StorageFailure failureOfSqlite(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StorageFailure::Locked;
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return StorageFailure::ReadOnly;
        case SQLITE_FULL:
            return StorageFailure::DiskFull;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return StorageFailure::Damaged;
        default:
            return StorageFailure::Engine;
    }
}

StorageError storageError(const QSqlError& e, const QString& sql) {
    const QString engine = e.databaseText().trimmed();
    return StorageError(e.text(), sql, failureOf(e), engine.isEmpty() ? e.text() : engine);
}

namespace {

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

Error fileError(ErrorCode code, const char* key, const QString& path, QStringList more = {}) {
    QStringList args{nativePath(path)};
    args += more;
    return Error::make(code, key, args);
}

Error storageFailure(const QString& path, const StorageError& e) {
    Error err =
        e.locked() ? fileError(ErrorCode::Locked,
                               QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "The database \"%1\" is locked by another program. Close it "
                                                 "there or try again in a moment."),
                               path)
                   : fileError(ErrorCode::Storage,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The database \"%1\" cannot be used: %2"),
                               path, {QString::fromStdString(e.what())});
    err.detail = QString::fromStdString(e.what());
    return err;
}

Error notSqlite(const QString& path) {
    return fileError(ErrorCode::NotADatabase,
                     QT_TRANSLATE_NOOP("fd::core::Error",
                                       "The file \"%1\" is not a FunnelDesk database (it is not a SQLite "
                                       "database file). It was left unchanged."),
                     path);
}

/// What a read-only look at an existing file found.
struct Probe {
    qint64 applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    int readableFrom = 0;  ///< the oldest schema version that may read it (0: its own only)
};

Result<Probe> probeReadOnly(const QString& path) {
    const QString name = QStringLiteral("fd-probe-%1").arg(g_connectionCounter.fetch_add(1));
    Result<Probe> result = Probe{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        prepareSqliteConnection(db, path, true, Database::kBusyTimeoutMs);
        if (!db.open()) {
            result = fileError(ErrorCode::NotADatabase,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" cannot be opened: %2"),
                               path, {db.lastError().text()});
        } else {
            QSqlQuery q(db);
            Probe p;
            bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (ok) {
                p.applicationId = q.value(0).toLongLong();
                ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            }
            if (ok) {
                p.userVersion = q.value(0).toInt();
                ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
            }
            if (ok) {
                p.objectCount = q.value(0).toInt();
                QSqlQuery readable(db);
                readable.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
                readable.addBindValue(QString::fromLatin1(kReadableFromKey));
                if (readable.exec() && readable.next()) {
                    p.readableFrom = readable.value(0).toInt();
                }
                result = p;
            } else if (q.lastError().nativeErrorCode() == QString::number(SQLITE_NOTADB)) {
                result = notSqlite(path);
            } else if (isBusy(q.lastError())) {
                result =
                    fileError(ErrorCode::Locked,
                              QT_TRANSLATE_NOOP("fd::core::Error",
                                                "The database \"%1\" is locked by another program. Close it "
                                                "there or try again in a moment."),
                              path);
            } else {
                result = fileError(
                    ErrorCode::NotADatabase,
                    QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" is not a FunnelDesk database: %2"),
                    path, {q.lastError().text()});
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

}  // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_snapshots.clear();
    m_cache.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openAs(const QString& path, std::optional<Actor> actor) {
    // Another connection of the same program: the first one checked the file's structure.
    Result<std::unique_ptr<Database>> db =
        isServerLocation(path) ? open(path, OpenMode::Existing)
                               : openFile(path, OpenMode::Existing, standardMigrations(), OpenCheck::Skip);
    if (db) {
        std::unique_ptr<Database> opened = std::move(db).value();
        opened->setActor(std::move(actor));
        return opened;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode) {
    return open(path, mode, standardMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode,
                                                 const std::vector<Migration>& migrations) {
    if (isServerLocation(path)) {
        return openServer(path, mode, migrations);
    }
    return openFile(path, mode, migrations, OpenCheck::Structure);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode,
                                                     const std::vector<Migration>& migrations,
                                                     OpenCheck check) {
    const QFileInfo info(path);
    const int knownVersion = migrations.empty() ? 0 : migrations.back().version;
    WriteAccess access = WriteAccess::Writable;

    if (mode == OpenMode::Existing) {
        if (!info.exists()) {
            return fileError(ErrorCode::FileMissing,
                             QT_TRANSLATE_NOOP("fd::core::Error", "The database file \"%1\" does not exist."),
                             path);
        }
        // The file is never opened by hand: closing any descriptor of a database file drops
        // every POSIX lock this process holds on it, including those of the connections that
        // are open already, and another program would then delete their WAL (the header
        // check goes through SQLite's own read-only connection, in probeReadOnly).
        if (!info.isFile() || !info.isReadable()) {
            return fileError(ErrorCode::NotADatabase,
                             QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" cannot be read."), path);
        }
        Result<Probe> probe = probeReadOnly(path);
        if (!probe) {
            return probe.error();
        }
        if (probe->applicationId == 0 && probe->objectCount == 0 && info.size() == 0) {
            return notSqlite(path);  // an empty file: SQLite would take it for an empty database
        }
        if (probe->applicationId != kApplicationId) {
            return fileError(
                ErrorCode::NotADatabase,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The file \"%1\" is a SQLite database of another program, not a "
                                  "FunnelDesk database. It was left unchanged."),
                path);
        }
        access = fileWriteAccess(path);
        const bool readable = probe->readableFrom > 0 && probe->readableFrom <= knownVersion;
        if (probe->userVersion > knownVersion && readable) {
            if (access == WriteAccess::Writable) {
                access = WriteAccess::NewerSchema;
            }
        } else if (probe->userVersion > knownVersion) {
            return fileError(
                ErrorCode::NewerVersion,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database \"%1\" was written by a newer FunnelDesk (schema "
                                  "version %2; this program knows up to %3). Update FunnelDesk to "
                                  "open it. The file was left unchanged."),
                path, {QString::number(probe->userVersion), QString::number(knownVersion)});
        }
    } else {
        if (info.exists()) {
            return fileError(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error", "The file \"%1\" already exists; choose another name."),
                path);
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fileError(ErrorCode::Storage,
                             QT_TRANSLATE_NOOP("fd::core::Error", "The folder of \"%1\" cannot be created."),
                             path);
        }
    }

    const QString name = QStringLiteral("fd-%1").arg(g_connectionCounter.fetch_add(1));
    std::unique_ptr<Database> db(new Database(path, name));
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect.driverName(), name);
    db->m_access = access;
    prepareSqliteConnection(db->m_db, path, access != WriteAccess::Writable, kBusyTimeoutMs);

    auto fail = [&](Error e) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (mode == OpenMode::CreateNew) {
            // Only what we created ourselves is removed.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return e;
    };

    if (!db->m_db.open()) {
        return fail(fileError(ErrorCode::Storage,
                              QT_TRANSLATE_NOOP("fd::core::Error", "The database \"%1\" cannot be used: %2"),
                              path, {db->m_db.lastError().text()}));
    }
    if (Status s = db->configure(); !s) {
        return fail(s.error());
    }
    if (mode == OpenMode::Existing && check == OpenCheck::Structure) {
        db->checkOnOpening();
    }
    if (Status s = db->migrate(migrations); !s) {
        return fail(s.error());
    }
    if (mode == OpenMode::Existing && db->unfinishedDemo()) {
        return fileError(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The demo database \"%1\" was not finished: making it stopped half-way, "
                              "so its history is not whole. Make it again (funneldesk-cli demo --db "
                              "FILE --force, or delete the file)."),
            path);
    }
    spdlog::info("database opened: schema version {}", db->schemaVersion());
    return db;
}

void Database::setCacheMiB(int mib) {
    if (onServer()) {
        return;  // the server's shared buffers serve every connection
    }
    execute(QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * static_cast<qint64>(mib)));
}

void Database::setForeignKeys(bool on) {
    if (m_depth > 0) {
        throw StorageError(QStringLiteral("foreign keys switched inside a transaction"), QString());
    }
    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        execute(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                   : QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
}

void Database::setTempStorage(TempStorage where) {
    if (m_depth > 0) {
        throw StorageError(QStringLiteral("temporary storage switched inside a transaction"), QString());
    }
    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        execute(where == TempStorage::File ? QStringLiteral("PRAGMA temp_store = FILE")
                                           : QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

Status Database::configure() {
    try {
        execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (m_access == WriteAccess::Writable) {
            execute(QStringLiteral("PRAGMA journal_mode = WAL"));
            // What is deleted or overwritten is zeroed in the file, not left in free space: an
            // erased client's data leaves no copy behind.
            execute(QStringLiteral("PRAGMA secure_delete = ON"));
        }
        execute(QStringLiteral("PRAGMA synchronous = FULL"));
        execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
        execute(QStringLiteral("PRAGMA trusted_schema = OFF"));
        // A 32 MiB page cache: lists and reports over a million leads read far more than the
        // 2 MiB default holds.
        setCacheMiB(kCacheMiB);
        setTempStorage(TempStorage::Memory);

        auto readBack = [this](const char* pragma) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next()) {
                throw storageError(q.lastError(), q.lastQuery());
            }
            return q.value(0);
        };
        m_pragmas.foreignKeys = readBack("foreign_keys").toInt();
        m_pragmas.journalMode = readBack("journal_mode").toString().toLower();
        m_pragmas.synchronous = readBack("synchronous").toInt();
        m_pragmas.busyTimeoutMs = readBack("busy_timeout").toInt();
        m_pragmas.trustedSchema = readBack("trusted_schema").toInt();
        m_pragmas.applicationId = readBack("application_id").toLongLong();
    } catch (const StorageError& e) {
        return storageFailure(m_path, e);
    }
    const bool walRequired = m_access == WriteAccess::Writable;
    if (m_pragmas.foreignKeys != 1 || (walRequired && m_pragmas.journalMode != QLatin1String("wal")) ||
        m_pragmas.synchronous != 2 || m_pragmas.busyTimeoutMs != kBusyTimeoutMs ||
        m_pragmas.trustedSchema != 0) {
        return fileError(
            ErrorCode::Storage,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The database \"%1\" does not accept the required settings (foreign "
                              "keys, WAL journal, full sync). It may be on a read-only or network "
                              "drive."),
            m_path);
    }
    return Ok{};
}

Status Database::migrate(const std::vector<Migration>& migrations) {
    int version = 0;
    try {
        version = schemaVersion();
        if (m_access != WriteAccess::Writable) {
            return readOnlyVersion(version, migrations.empty() ? 0 : migrations.back().version);
        }
        for (const Migration& m : migrations) {
            if (m.version <= version) {
                continue;
            }
            requireSound();  // an upgrade never writes into a damaged file
            WriteTransaction tx(*this);
            if (onServer()) {
                // Seats opening a database at the same moment upgrade it one after another.
                execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
                version = schemaVersion();
                if (m.version <= version) {
                    tx.commit();
                    continue;
                }
            }
            if (version == 0) {
                stampApplication();
            }
            m.apply(*this);
            setSchemaVersion(m.version);
            recordReadableFrom(m.readableFrom);
            tx.commit();
            spdlog::info("database migrated to schema version {} ({})", m.version, m.description);
            version = m.version;
        }
        m_pragmas.applicationId = kApplicationId;
    } catch (const StorageError& e) {
        if (e.kind() == StorageFailure::Damaged) {
            return Error::make(ErrorCode::Storage, kDamagedMessage);
        }
        Error err =
            fileError(ErrorCode::Storage,
                      QT_TRANSLATE_NOOP("fd::core::Error",
                                        "The database \"%1\" could not be upgraded from schema version "
                                        "%2: %3. It was left at version %2."),
                      m_path, {QString::number(version), QString::fromStdString(e.what())});
        err.detail = e.sql();
        return err;
    }
    return Ok{};
}

int Database::schemaVersion() {
    if (onServer()) {
        return serverSchemaVersion();
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    return q.value(0).toInt();
}

QStringList Database::integrityProblems() {
    QStringList problems;
    if (onServer()) {
        return problems;  // the server checks its pages and enforces every key itself
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    while (q.next()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing row of %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

}  // namespace fd::core
