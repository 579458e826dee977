#pragma once

#include <QFutureWatcherBase>

namespace griddesk::app {

// Whether a watcher's work is still pending: from setFuture() until its
// finished() signal has been delivered. QFutureWatcher::isRunning() turns
// false as soon as the worker thread ends, while finished() is still queued;
// a setFuture() in that gap drops the result. Inside a finished() slot the
// work is no longer pending, so the slot may start the next piece of work.
inline bool isPending(const QFutureWatcherBase &watcher)
{
    return !watcher.isFinished();
}

} // namespace griddesk::app
