#pragma once

#include "domain/access.h"
#include "storage/lead_list_repository.h"
#include "worker_connection.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace fd::core {
class Database;
}

namespace fd::app {

/// Runs the leads list's queries in a worker thread on its own database connection.
/// Requests carry a generation; the model's current generation is shared, so requests
/// made stale by a newer filter or sort are skipped instead of run. A new filter's first rows
/// are sent before its count: counting a million rows takes longer than reading two hundred.
class LeadListLoader final : public QObject {
    Q_OBJECT

public:
    explicit LeadListLoader(std::shared_ptr<std::atomic<int>> currentGeneration);
    ~LeadListLoader() override;

public Q_SLOTS:
    /// Opens its own connection to the database, for the person signed in on the window's.
    void open(const QString& path, const std::optional<core::Actor>& actor);
    void reset(int generation, const fd::core::LeadFilter& filter, fd::core::LeadSort sort, int chunkSize);
    void loadChunk(int generation, const fd::core::LeadFilter& filter, fd::core::LeadSort sort, int chunk,
                   int chunkSize);

Q_SIGNALS:
    /// The first chunk of a new filter or sort; `complete` when it holds every lead the filter
    /// matches (the count then follows from it), otherwise `counted` follows.
    void firstChunkLoaded(int generation, const std::vector<fd::core::LeadListRow>& rows, bool complete);
    void counted(int generation, qint64 count);
    void chunkLoaded(int generation, int chunk, const std::vector<fd::core::LeadListRow>& rows);
    void failed(int generation, const QString& message);

private:
    std::shared_ptr<std::atomic<int>> m_current;
    WorkerConnection m_db;
};

}  // namespace fd::app
