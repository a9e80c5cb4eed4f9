#pragma once

#include "domain/access.h"

#include <QString>

#include <memory>
#include <optional>

namespace fd::core {
class Database;
}

namespace fd::app {

/// A worker thread's own connection to the window's database, made when the worker first needs
/// it: a workspace the person never opens never connects (on a server each connection is a
/// sign-in of its own, and the first rows of the list should not wait behind them).
class WorkerConnection final {
public:
    WorkerConnection();
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    /// Where to connect, as whom; nothing is opened yet.
    void setTarget(const QString& path, const std::optional<core::Actor>& actor);
    /// The connection, made now if it is not yet; nullptr when it cannot be made (see error()).
    core::Database* get();
    /// Why the last attempt to connect failed.
    const QString& error() const { return m_error; }

private:
    QString m_path;
    std::optional<core::Actor> m_actor;
    std::unique_ptr<core::Database> m_db;
    QString m_error;
};

}  // namespace fd::app
