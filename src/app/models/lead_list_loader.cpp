#include "models/lead_list_loader.h"

#include "services/lead_list_reader.h"
#include "storage/database.h"

namespace fd::app {

LeadListLoader::LeadListLoader(std::shared_ptr<std::atomic<int>> currentGeneration)
    : m_current(std::move(currentGeneration)) {}

LeadListLoader::~LeadListLoader() = default;

void LeadListLoader::open(const QString& path, const std::optional<core::Actor>& actor) {
    m_db.setTarget(path, actor);
}

void LeadListLoader::reset(int generation, const core::LeadFilter& filter, core::LeadSort sort,
                           int chunkSize) {
    if (generation != m_current->load()) {
        return;
    }
    core::Database* db = m_db.get();
    if (!db) {
        Q_EMIT failed(generation, m_db.error());
        return;
    }
    core::LeadListReader reader(*db);
    core::Result<std::vector<core::LeadListRow>> first = reader.page(filter, sort, 0, chunkSize);
    if (!first) {
        Q_EMIT failed(generation, first.error().message());
        return;
    }
    const bool complete = static_cast<int>(first->size()) < chunkSize;
    Q_EMIT firstChunkLoaded(generation, *first, complete);
    if (complete || generation != m_current->load()) {
        return;
    }
    const core::Result<qint64> count = reader.count(filter);
    if (!count) {
        Q_EMIT failed(generation, count.error().message());
        return;
    }
    Q_EMIT counted(generation, *count);
}

void LeadListLoader::loadChunk(int generation, const core::LeadFilter& filter, core::LeadSort sort, int chunk,
                               int chunkSize) {
    core::Database* db = generation == m_current->load() ? m_db.get() : nullptr;
    if (!db) {
        return;
    }
    core::Result<std::vector<core::LeadListRow>> rows =
        core::LeadListReader(*db).page(filter, sort, static_cast<qint64>(chunk) * chunkSize, chunkSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.error().message());
        return;
    }
    Q_EMIT chunkLoaded(generation, chunk, *rows);
}

}  // namespace fd::app
