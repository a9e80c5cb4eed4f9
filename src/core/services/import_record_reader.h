#pragma once

// The import's reading thread: the file's records read, decoded and prepared a batch at a time,
// a few batches ahead of the writer, and handed over in file order.

#include "io/record_source.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace fd::core {

/// Records of the file as `Item`s (an Item has a `CsvRecord record`).
template <class Item>
struct ImportBatch {
    std::vector<Item> items;
    qint64 bytesRead = 0;  ///< of the file, after the batch's last record
};

/// Reads the file's records on a thread of its own, a batch at a time and a few batches ahead
/// of the writer, and prepares each record there; next() hands the batches over in file order.
/// (Reading, decoding and checking a row costs about as much as writing it.)
template <class Item>
class ImportRecordReader final {
public:
    ImportRecordReader(RecordSource& csv, std::function<void(Item&)> prepare)
        : m_csv(csv), m_prepare(std::move(prepare)), m_thread([this] { run(); }) {}
    ~ImportRecordReader() {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ImportRecordReader(const ImportRecordReader&) = delete;
    ImportRecordReader& operator=(const ImportRecordReader&) = delete;

    /// The next batch; false at the end of the file. A failure of the reading thread is
    /// rethrown here.
    bool next(ImportBatch<Item>& batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_failure) {
            std::rethrow_exception(std::exchange(m_failure, nullptr));
        }
        if (m_ready.empty()) {
            return false;
        }
        // The batch done with is freed by the thread that made it: memory freed by another
        // thread makes both wait on the allocator's lock.
        if (!batch.items.empty()) {
            m_spent.push_back(std::move(batch.items));
        }
        batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    /// The bytes read when the end was reached.
    qint64 bytesRead() {
        const std::lock_guard lock(m_mutex);
        return m_finalBytes;
    }

private:
    static constexpr std::size_t kBatchRecords = 256;
    static constexpr std::size_t kBatchesAhead = 8;

    void run() {
        try {
            bool end = false;
            while (!end) {
                ImportBatch<Item> batch;
                batch.items.reserve(kBatchRecords);
                while (batch.items.size() < kBatchRecords) {
                    Item item;
                    if (!m_csv.next(item.record)) {
                        end = true;
                        break;
                    }
                    m_prepare(item);
                    batch.items.push_back(std::move(item));
                }
                batch.bytesRead = m_csv.bytesRead();
                std::unique_lock lock(m_mutex);
                std::vector<std::vector<Item>> spent = std::exchange(m_spent, {});
                lock.unlock();
                spent.clear();
                lock.lock();
                m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stop; });
                if (m_stop) {
                    return;
                }
                if (!batch.items.empty()) {
                    m_ready.push_back(std::move(batch));
                }
                if (end) {
                    m_done = true;
                    m_finalBytes = m_csv.bytesRead();
                }
                lock.unlock();
                m_changed.notify_all();
            }
        } catch (...) {
            {
                const std::lock_guard lock(m_mutex);
                m_failure = std::current_exception();
                m_done = true;
            }
            m_changed.notify_all();
        }
    }

    RecordSource& m_csv;
    std::function<void(Item&)> m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ImportBatch<Item>> m_ready;
    std::vector<std::vector<Item>> m_spent;  ///< handed back by the writer, freed here
    bool m_done = false;
    bool m_stop = false;
    qint64 m_finalBytes = 0;
    std::exception_ptr m_failure;
    std::thread m_thread;  ///< last: it starts once everything above exists
};

}  // namespace fd::core
