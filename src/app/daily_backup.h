#pragma once

#include "domain/access.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

namespace fd::app {

/// The automatic copy of a company's SQLite file: on the first start of each day the file's whole
/// structure is checked (damage found marks it for every connection of the program: nothing is
/// written to it) and a checked copy goes into the data folder (backups/<file>-<path
/// hash>/<file>-YYYY-MM-DD.sqlite), taken on a worker thread of its own while the person works; then the
/// copies past the last 7 days and one of each of the 4 weeks before are removed. Nothing on a server
/// (pg_dump is the server's). Off when the setting "dailyBackup" is false.
class DailyBackup final : public QObject {
    Q_OBJECT

public:
    explicit DailyBackup(QObject* parent = nullptr);
    /// Waits for a copy under way: a half-written copy is never left behind.
    ~DailyBackup() override;

    /// The folder of `databasePath`'s automatic copies.
    static QString folderFor(const QString& databasePath);
    /// Starts today's copy of `databasePath` unless it exists or one is under way; whether it
    /// started.
    bool startIfDue(const QString& databasePath, const std::optional<core::Actor>& actor, QDate today);
    /// Waits for the copy under way, if any.
    void wait();

Q_SIGNALS:
    /// The copy is done (`file`), or failed (`error`).
    void finished(const QString& file, const QString& error);
    /// The file is damaged: no copy was made and nothing may be written to it.
    void damaged(const QString& message);

private:
    QThread* m_thread = nullptr;
};

}  // namespace fd::app
