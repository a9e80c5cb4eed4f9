#include "storage/change_feed.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QTimer>

namespace fd::core {

namespace {

const char* const kChannel = "funneldesk_changes";

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
    if (m_db.onServer() && m_db.connection().isOpen()) {
        m_db.connection().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    }
}

bool ChangeFeed::listening() const {
    return m_db.onServer() &&
           m_db.connection().driver()->subscribedToNotifications().contains(QString::fromLatin1(kChannel));
}

void ChangeFeed::listen() {
    QSqlDriver* driver = m_db.connection().driver();
    if (!m_db.connection().isOpen() || listening()) {
        return;
    }
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        return;  // tried again at the next watch
    }
    // One connection per driver: a driver made again after a lost connection is connected anew.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource) {
                    return;
                }
                const QString text = payload.toString();
                const qsizetype colon = text.indexOf(QLatin1Char(':'));
                DataChange change;
                change.table = colon < 0 ? text : text.left(colon);
                bool ok = false;
                const qint64 office = colon < 0 ? 0 : text.mid(colon + 1).toLongLong(&ok);
                if (ok) {
                    change.officeId = office;
                }
                Q_EMIT changed(change);
            });
}

}  // namespace fd::core
