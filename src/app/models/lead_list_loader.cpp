#include "models/lead_list_loader.h"

#include "storage/database.h"
#include "storage/storage_error.h"

namespace fd::app {

LeadListLoader::LeadListLoader(std::shared_ptr<std::atomic<int>> currentGeneration)
    : m_current(std::move(currentGeneration)) {}

LeadListLoader::~LeadListLoader() = default;

void LeadListLoader::open(const QString& path) {
    core::Result<std::unique_ptr<core::Database>> db = core::Database::open(path, core::OpenMode::Existing);
    if (db) {
        m_db = std::move(db).value();
        m_openError.clear();
    } else {
        m_db.reset();
        m_openError = db.error().message();
    }
}

void LeadListLoader::reset(int generation, const core::LeadFilter& filter, core::LeadSort sort,
                           int chunkSize) {
    if (generation != m_current->load()) {
        return;
    }
    if (!m_db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    try {
        core::LeadListRepository repo(*m_db);
        const qint64 count = repo.count(filter);
        Q_EMIT counted(generation, count, repo.fetch(filter, sort, 0, chunkSize));
    } catch (const core::StorageError& e) {
        Q_EMIT failed(generation, QString::fromStdString(e.what()));
    }
}

void LeadListLoader::loadChunk(int generation, const core::LeadFilter& filter, core::LeadSort sort, int chunk,
                               int chunkSize) {
    if (generation != m_current->load() || !m_db) {
        return;
    }
    try {
        Q_EMIT chunkLoaded(generation, chunk,
                           core::LeadListRepository(*m_db).fetch(
                               filter, sort, static_cast<qint64>(chunk) * chunkSize, chunkSize));
    } catch (const core::StorageError& e) {
        Q_EMIT failed(generation, QString::fromStdString(e.what()));
    }
}

}  // namespace fd::app
