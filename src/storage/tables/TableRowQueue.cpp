#include "TableRowQueue.h"

namespace griddesk::tables {

namespace {
// Rows per batch, and batches read ahead at most.
constexpr size_t kBatch = 256;
constexpr size_t kAhead = 8;
} // namespace

TableRowQueue::TableRowQueue(Produce produce)
    : m_produce(std::move(produce))
    , m_thread([this] { run(); })
{
}

TableRowQueue::~TableRowQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void TableRowQueue::run()
{
    for (;;) {
        std::vector<TableRow> batch;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.back());
                m_spent.pop_back();
            }
        }
        batch.resize(kBatch);
        size_t filled = 0;
        bool last = false;
        std::exception_ptr failure;
        try {
            while (filled < kBatch && !last && !m_stopping) {
                if (m_produce(batch[filled]))
                    ++filled;
                else
                    last = true;
            }
        } catch (...) {
            failure = std::current_exception();
            last = true;
        }
        batch.resize(filled);
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kAhead; });
        if (m_stop)
            return;
        if (filled > 0)
            m_ready.push_back(std::move(batch));
        m_done = last;
        m_failure = failure;
        lock.unlock();
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool TableRowQueue::next(TableRow &row)
{
    if (m_position == m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty()) {
            if (m_failure)
                std::rethrow_exception(m_failure);
            return false;
        }
        if (!m_current.empty())
            m_spent.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    std::swap(row, m_current[m_position++]);
    return true;
}

} // namespace griddesk::tables
