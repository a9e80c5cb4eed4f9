#include "worker_connection.h"

#include "storage/database.h"

namespace fd::app {

WorkerConnection::WorkerConnection() = default;
WorkerConnection::~WorkerConnection() = default;

void WorkerConnection::setTarget(const QString& path, const std::optional<core::Actor>& actor) {
    m_path = path;
    m_actor = actor;
    m_db.reset();
    m_error.clear();
}

core::Database* WorkerConnection::get() {
    if (!m_db && !m_path.isEmpty()) {
        core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(m_path, m_actor);
        if (db) {
            m_db = std::move(db).value();
            m_error.clear();
        } else {
            m_error = db.error().message();
        }
    }
    return m_db.get();
}

}  // namespace fd::app
