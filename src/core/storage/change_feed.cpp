#include "storage/change_feed.h"

#include "storage/database.h"

#include "storage/server_address.h"
#include "storage/server_stream.h"
#include "storage/storage_error.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

namespace fd::core {

namespace {

// The announcement: the table, and for meetings the office ("meetings:3"). The server sends one
// notice per distinct text and transaction, so an import of a million leads sends one, not a
// million (a statement trigger where rows need not be told apart).
const char* const kNoticeFunction =
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    PERFORM pg_notify('funneldesk_changes', TG_TABLE_NAME || ':' ||
      coalesce(CASE WHEN TG_OP = 'DELETE' THEN OLD.office_id ELSE NEW.office_id END::text, ''));
  ELSE
    PERFORM pg_notify('funneldesk_changes', TG_TABLE_NAME || ':');
  END IF;
  RETURN NULL;
END $$)SQL";

const char* const kStatementTables[] = {"leads",    "call_attempts", "tasks",         "deals",
                                        "payments", "ad_spend",      "site_visitors", "contacts"};

/// The server process of the watched connection (0 when it has none right now).
int ownBackend(Database& db) {
    try {
        PGconn* own = serverHandle(db);
        return own ? PQbackendPID(own) : 0;
    } catch (const StorageError&) {
        return 0;
    }
}

/// How often the feed checks it still listens (a lost connection is made again without it).
constexpr int kWatchMs = 3000;

}  // namespace

void applyChangeNotices(Database& db) {
    if (!db.onServer()) {
        return;
    }
    db.execute(QString::fromUtf8(kNoticeFunction));
    db.execute(
        QStringLiteral("CREATE TRIGGER meetings_notify AFTER INSERT OR UPDATE OR DELETE ON meetings "
                       "FOR EACH ROW EXECUTE FUNCTION funneldesk_notify_change()"));
    for (const char* table : kStatementTables) {
        db.execute(QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION funneldesk_notify_change()")
                       .arg(QLatin1String(table)));
    }
}

ChangeFeed::ChangeFeed(Database& db, QObject* parent) : QObject(parent), m_db(db) {
    if (!m_db.onServer()) {
        return;
    }
    listen();
    m_watch = new QTimer(this);
    m_watch->setInterval(kWatchMs);
    connect(m_watch, &QTimer::timeout, this, &ChangeFeed::listen);
    m_watch->start();
}

ChangeFeed::~ChangeFeed() {
    drop();
}

bool ChangeFeed::listening() const {
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void ChangeFeed::drop() {
    delete m_notifier;
    m_notifier = nullptr;
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void ChangeFeed::listen() {
    if (listening()) {
        return;
    }
    drop();
    const Result<ServerAddress> address = parseServerAddress(m_db.path());
    if (!address) {
        return;
    }
    // The watched connection's login and password (kept in memory, or libpq's own sources).
    const QByteArray host = address->host.toUtf8();
    const QByteArray port = QByteArray::number(address->port);
    const QByteArray database = address->database.toUtf8();
    const QByteArray login = m_db.serverLogin().toUtf8();
    const QByteArray ssl = address->sslMode().toUtf8();
    ServerAddress same = *address;
    same.login = m_db.serverLogin();
    const QByteArray password = serverPassword(same).value_or(QString()).toUtf8();
    const char* keys[] = {"host",
                          "port",
                          "dbname",
                          "user",
                          "sslmode",
                          "connect_timeout",
                          "application_name",
                          password.isEmpty() ? nullptr : "password",
                          nullptr};
    const char* values[] = {host.constData(),       port.constData(),     database.constData(),
                            login.constData(),      ssl.constData(),      "5",
                            "FunnelDesk (changes)", password.constData(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        drop();  // tried again at the next watch
        return;
    }
    PGresult* r = PQexec(m_conn, "LISTEN funneldesk_changes");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        drop();
        return;
    }
    m_ownBackend = ownBackend(m_db);
    m_notifier = new QSocketNotifier(static_cast<qintptr>(PQsocket(m_conn)), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeFeed::read);
}

void ChangeFeed::read() {
    if (!m_conn || PQconsumeInput(m_conn) == 0) {
        drop();  // the connection was lost: made again at the next watch
        return;
    }
    // The watched connection may have been made again since (a lost connection): its server
    // process is asked each time.
    m_ownBackend = ownBackend(m_db);
    while (PGnotify* n = PQnotifies(m_conn)) {
        const QString text = QString::fromUtf8(n->extra);
        const bool own = n->be_pid == m_ownBackend;
        PQfreemem(n);
        if (own) {
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        DataChange change;
        change.table = colon < 0 ? text : text.left(colon);
        bool ok = false;
        const qint64 office = colon < 0 ? 0 : text.mid(colon + 1).toLongLong(&ok);
        if (ok) {
            change.officeId = office;
        }
        Q_EMIT changed(change);
    }
}

}  // namespace fd::core
