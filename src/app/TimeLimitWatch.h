#pragma once
// Runs the time-limit monitor (automatic supervision and escalation) every
// minute on a worker thread, with its own database connection.

#include "StoreOpener.h"
#include "TimeLimitMonitor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace griddesk::app {

class TimeLimitWatch : public QObject
{
    Q_OBJECT

public:
    explicit TimeLimitWatch(StoreOpener opener, QObject *parent = nullptr);
    ~TimeLimitWatch() override;
    void start(int intervalMs = 60 * 1000);
    // Runs once now (unless a run is already going).
    void runNow();
    // Whether start() was called: the runs every interval are on.
    bool isStarted() const { return m_timer.isActive(); }

Q_SIGNALS:
    void ran(const griddesk::MonitorResult &result);

private:
    StoreOpener m_opener;
    QTimer m_timer;
    QFutureWatcher<MonitorResult> m_watcher;
};

} // namespace griddesk::app
