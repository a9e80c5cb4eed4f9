// Database on a PostgreSQL server: connecting, telling a FunnelDesk database from anything else
// before writing, and the schema version kept in a table (a server has no user_version).
#include "storage/database.h"

#include "storage/migration.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <atomic>

namespace fd::core {

namespace {

std::atomic<int> g_serverConnections{0};

constexpr int kConnectTimeoutSeconds = 5;

Error serverError(ErrorCode code, const char* key, const ServerAddress& a, QStringList more = {}) {
    QStringList args{a.displayName()};
    args += more;
    return Error::make(code, key, args);
}

/// What libpq said when the connection failed, as an error the user can act on.
Error connectError(const ServerAddress& a, const QSqlError& e) {
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    Error err;
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("role \""))) {
        err =
            serverError(ErrorCode::SignIn,
                        QT_TRANSLATE_NOOP("fd::core::Error",
                                          "The server of %1 did not accept login \"%2\" with this password."),
                        a, {a.login});
    } else if (text.contains(QLatin1String("database \"")) &&
               text.contains(QLatin1String("does not exist"))) {
        err =
            serverError(ErrorCode::FileMissing,
                        QT_TRANSLATE_NOOP("fd::core::Error",
                                          "The server has no database \"%2\" (%1). Ask the administrator to "
                                          "create it (see the administrator's guide)."),
                        a, {a.database});
    } else if (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
               text.contains(QLatin1String("certificate"), Qt::CaseInsensitive)) {
        err =
            serverError(ErrorCode::Unreachable,
                        QT_TRANSLATE_NOOP("fd::core::Error",
                                          "A protected (TLS) connection to %1 could not be made with sslmode "
                                          "%2: %3"),
                        a, {a.sslMode(), text.trimmed()});
    } else {
        err =
            serverError(ErrorCode::Unreachable,
                        QT_TRANSLATE_NOOP("fd::core::Error",
                                          "The database server of %1 cannot be reached: %2 Check the address "
                                          "and that the server is running."),
                        a, {text.trimmed()});
    }
    err.detail = text;
    return err;
}

QString connectOptions(const ServerAddress& a) {
    // No just-in-time compilation and no parallel workers: the seats' statements are short, and
    // compiling one or starting workers for it costs more than it saves (a queue count: 3 ms in
    // one process, 15 ms with two workers); with a dozen seats at once the server's cores serve
    // seats rather than one statement. Notices (a rollback after the server already ended a
    // transaction) are not printed to the console.
    return QStringLiteral(
               "sslmode=%1;connect_timeout=%2;application_name=FunnelDesk;options='-c jit=off -c "
               "max_parallel_workers_per_gather=0 -c client_min_messages=error'")
        .arg(a.sslMode())
        .arg(kConnectTimeoutSeconds);
}

}  // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, OpenMode mode,
                                                       const std::vector<Migration>& migrations) {
    Result<ServerAddress> parsed = parseServerAddress(url);
    if (!parsed) {
        return parsed.error();
    }
    const ServerAddress address = std::move(parsed).value();
    const QString name = QStringLiteral("fd-pg-%1").arg(g_serverConnections.fetch_add(1));
    std::unique_ptr<Database> db(new Database(address.url(), name));
    db->m_dialect = SqlDialect(SqlDialect::Engine::PostgreSQL);
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect.driverName(), name);
    if (!db->m_db.isValid()) {
        return serverError(
            ErrorCode::Storage,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "FunnelDesk cannot talk to PostgreSQL servers on this computer: Qt's "
                              "PostgreSQL driver (package libqt6sql6-psql) is missing."),
            address);
    }
    db->m_db.setHostName(address.host);
    db->m_db.setPort(address.port);
    db->m_db.setDatabaseName(address.database);
    db->m_db.setUserName(address.login);
    if (const std::optional<QString> password = serverPassword(address)) {
        db->m_db.setPassword(*password);
    }
    db->m_db.setConnectOptions(connectOptions(address));
    if (!db->m_db.open()) {
        return connectError(address, db->m_db.lastError());
    }
    const int knownVersion = migrations.empty() ? 0 : migrations.back().version;
    if (Status s = db->checkServerDatabase(mode, knownVersion); !s) {
        return s.error();
    }
    if (Status s = db->migrate(migrations); !s) {
        return s.error();
    }
    spdlog::info("server database opened: schema version {}", db->schemaVersion());
    return db;
}

bool Database::acceptsServerPassword(const QString& password) const {
    if (!onServer()) {
        return false;
    }
    const QString name = QStringLiteral("fd-pg-check-%1").arg(g_serverConnections.fetch_add(1));
    bool accepted = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
        probe.setHostName(m_db.hostName());
        probe.setPort(m_db.port());
        probe.setDatabaseName(m_db.databaseName());
        probe.setUserName(m_db.userName());
        probe.setPassword(password);
        probe.setConnectOptions(m_db.connectOptions());
        accepted = probe.open();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

Status Database::checkServerDatabase(OpenMode mode, int knownVersion) {
    const Result<ServerAddress> address = parseServerAddress(m_path);
    try {
        execute(QStringLiteral("SET client_min_messages = error"));
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT to_regclass('public.funneldesk_meta') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public')")) ||
            !q.next()) {
            throw storageError(q.lastError(), q.lastQuery());
        }
        const bool ours = q.value(0).toBool();
        const qint64 tables = q.value(1).toLongLong();
        q.finish();
        if (!ours && tables > 0) {
            return serverError(
                ErrorCode::NotADatabase,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database %1 holds tables of another program, not a FunnelDesk "
                                  "database. Nothing was changed in it."),
                *address);
        }
        if (!ours && mode == OpenMode::Existing) {
            return serverError(
                ErrorCode::NotADatabase,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database %1 is empty: it has not been set up for FunnelDesk "
                                  "yet (funneldesk-cli init --db %2)."),
                *address, {m_path});
        }
        if (ours && mode == OpenMode::CreateNew) {
            return serverError(
                ErrorCode::Conflict,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "The database %1 already holds a FunnelDesk company; choose an "
                                  "empty database."),
                *address);
        }
        if (ours) {
            QSqlQuery app(m_db);
            if (!app.exec(QStringLiteral("SELECT value FROM funneldesk_meta WHERE key = 'application_id'"))) {
                throw storageError(app.lastError(), app.lastQuery());
            }
            if (!app.next() || app.value(0).toLongLong() != kApplicationId) {
                return serverError(
                    ErrorCode::NotADatabase,
                    QT_TRANSLATE_NOOP("fd::core::Error",
                                      "The database %1 is not a FunnelDesk database. Nothing was "
                                      "changed in it."),
                    *address);
            }
            const int version = serverSchemaVersion();
            if (version > knownVersion) {
                return serverError(
                    ErrorCode::NewerVersion,
                    QT_TRANSLATE_NOOP(
                        "fd::core::Error",
                        "The database %1 was written by a newer FunnelDesk (schema version %2; this "
                        "program knows up to %3). Update FunnelDesk to open it. Nothing was changed."),
                    *address, {QString::number(version), QString::number(knownVersion)});
            }
            if (version < knownVersion) {
                // Only the database's owner may change its tables; a person's own login would
                // fail half-way through the first statement.
                QSqlQuery owner(m_db);
                if (!owner.exec(QStringLiteral(
                        "SELECT pg_has_role(current_user, d.datdba, 'MEMBER'), pg_get_userbyid(d.datdba) "
                        "FROM pg_catalog.pg_database d WHERE d.datname = current_database()")) ||
                    !owner.next()) {
                    throw storageError(owner.lastError(), owner.lastQuery());
                }
                if (!owner.value(0).toBool()) {
                    return serverError(
                        ErrorCode::NewerVersion,
                        QT_TRANSLATE_NOOP("fd::core::Error",
                                          "The database %1 is at schema version %2 and this FunnelDesk "
                                          "needs version %3. Its owner (the login %4) upgrades it once "
                                          "by opening it, e.g. with funneldesk-cli check; until then "
                                          "this program cannot use it. Nothing was changed."),
                        *address,
                        {QString::number(version), QString::number(knownVersion), owner.value(1).toString()});
                }
            }
        }
    } catch (const StorageError& e) {
        Error err = serverError(ErrorCode::Storage,
                                QT_TRANSLATE_NOOP("fd::core::Error", "The database %1 cannot be used: %2"),
                                *address, {QString::fromStdString(e.what())});
        err.detail = e.sql();
        return err;
    }
    m_pragmas.foreignKeys = 1;
    m_pragmas.applicationId = kApplicationId;
    return Ok{};
}

int Database::serverSchemaVersion() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.funneldesk_meta') IS NOT NULL")) || !q.next()) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    if (!q.value(0).toBool()) {
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM funneldesk_meta WHERE key = 'schema_version'"))) {
        throw storageError(q.lastError(), q.lastQuery());
    }
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::stampApplication() {
    if (!onServer()) {
        execute(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        return;
    }
    execute(QStringLiteral("CREATE TABLE funneldesk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    execute(QStringLiteral("INSERT INTO funneldesk_meta(key, value) VALUES ('application_id', '%1'), "
                           "('schema_version', '0')")
                .arg(kApplicationId));
}

void Database::setSchemaVersion(int version) {
    // The version comes from our own migration list, never from input.
    if (onServer()) {
        execute(QStringLiteral("UPDATE funneldesk_meta SET value = '%1' WHERE key = 'schema_version'")
                    .arg(version));
    } else {
        execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
}

}  // namespace fd::core
