#pragma once

#include "domain/access.h"
#include "storage/lead_list_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <atomic>
#include <list>
#include <memory>

namespace fd::app {

class LeadListLoader;

/// The leads list as a table model that never holds all rows: it knows the logical row
/// count and loads chunks of rows in a worker thread as the view asks for them, keeping a
/// bounded cache. Filtering and sorting are done by the database (LeadListRepository).
class LeadsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kChunkSize = 200;
    static constexpr int kMaxCachedChunks = 64;
    /// The raw value of a cell (epoch, kopecks, id) for tests and delegates.
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int LeadIdRole = Qt::UserRole + 2;

    /// Reads the database at `databasePath` on a connection of its own, as `actor`.
    LeadsModel(const QString& databasePath, std::optional<core::Actor> actor, QObject* parent = nullptr);
    ~LeadsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::LeadFilter& filter);
    const core::LeadFilter& filter() const { return m_filter; }
    core::LeadSort sortOrder() const { return m_sort; }
    /// Reloads with the same filter and sort (after the data changed).
    void refresh();

    /// The row if its chunk is loaded.
    const core::LeadListRow* rowAt(int row) const;
    /// True when nothing is being loaded: the count and every requested chunk are in.
    bool isIdle() const { return !m_resetting && !m_counting && m_pending.isEmpty(); }
    /// The rows the list has; while counting, only those of its first chunk.
    qint64 totalCount() const { return m_count; }
    /// True between a filter's first rows and its count.
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void resetRequested(int generation, const fd::core::LeadFilter& filter, fd::core::LeadSort sort,
                        int chunkSize);
    void chunkRequested(int generation, const fd::core::LeadFilter& filter, fd::core::LeadSort sort,
                        int chunk, int chunkSize);
    /// Emitted whenever the model becomes idle after loading.
    void idle();
    /// The filter's count is known (totalCount()).
    void countKnown(qint64 count);
    void loadFailed(const QString& message);

private:
    void restart();
    void requestChunk(int chunk) const;
    void onFirstChunk(int generation, const std::vector<core::LeadListRow>& rows, bool complete);
    void onCounted(int generation, qint64 count);
    void onChunkLoaded(int generation, int chunk, const std::vector<core::LeadListRow>& rows);
    void onFailed(int generation, const QString& message);
    void storeChunk(int chunk, const std::vector<core::LeadListRow>& rows);

    QThread m_thread;
    LeadListLoader* m_loader = nullptr;
    std::shared_ptr<std::atomic<int>> m_generation;
    core::LeadFilter m_filter;
    core::LeadSort m_sort;
    qint64 m_count = 0;
    bool m_resetting = false;
    bool m_counting = false;
    QHash<int, std::vector<core::LeadListRow>> m_chunks;
    std::list<int> m_lru;  // most recently stored last
    mutable QSet<int> m_pending;
};

}  // namespace fd::app
