#pragma once

#include "domain/entities.h"

#include <QObject>
#include <QString>

class QSocketNotifier;
class QTimer;
struct pg_conn;

namespace fd::core {

class Database;

/// What another seat changed: the table, and for meetings the office they are in.
struct DataChange {
    QString table;
    OptId officeId;
};

/// Changes other seats commit to the same server database, as they happen: the server announces
/// every commit that touches the funnel's tables (LISTEN/NOTIFY, a trigger per table) and this
/// feed turns the announcements into signals on the thread that created it. It listens on a
/// connection of its own that runs nothing else, so no announcement waits behind a query; changes
/// made on the watched connection itself are not announced back. Nothing happens on a SQLite file.
class ChangeFeed final : public QObject {
    Q_OBJECT

public:
    explicit ChangeFeed(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// Whether the feed listens (a server connection).
    bool listening() const;

Q_SIGNALS:
    void changed(const fd::core::DataChange& change);

private:
    void listen();
    void drop();
    void read();

    Database& m_db;
    QTimer* m_watch = nullptr;
    pg_conn* m_conn = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    int m_ownBackend = 0;
};

/// On a server: the triggers that announce changes (schema version 7). Nothing on SQLite.
void applyChangeNotices(Database& db);

}  // namespace fd::core
