#pragma once
// Reads a table's rows ahead on a thread of its own, in batches, so that
// GDAL's parsing of the next rows overlaps with the work done on the rows
// already read (validation, grid assignment, writing). The producer runs
// only on that thread; what it throws comes out of next().

#include "TableRow.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace griddesk::tables {

class TableRowQueue
{
public:
    // Fills a row; false at the end of the table.
    using Produce = std::function<bool(TableRow &row)>;

    explicit TableRowQueue(Produce produce);
    // Stops the producer (after the row it is on) and waits for it.
    ~TableRowQueue();
    TableRowQueue(const TableRowQueue &) = delete;
    TableRowQueue &operator=(const TableRowQueue &) = delete;

    // The next row; false at the end. Rethrows what the producer threw.
    bool next(TableRow &row);

private:
    void run();

    Produce m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<TableRow>> m_ready;
    // Batches read, handed back so that their rows are overwritten (and
    // their text freed) on the reading thread, where it was allocated.
    std::vector<std::vector<TableRow>> m_spent;
    bool m_done = false;
    bool m_stop = false;
    std::atomic<bool> m_stopping { false }; // m_stop, read without the lock between rows
    std::exception_ptr m_failure;
    std::vector<TableRow> m_current;
    size_t m_position = 0;
    std::thread m_thread; // last: starts once the rest is made
};

} // namespace griddesk::tables
