#pragma once
// Runs the grid topology check of what the signed-in person may see on a
// worker thread with its own store connection, reporting progress and
// stopping when asked; the console stays responsive throughout.

#include "PendingWork.h"
#include "StoreOpener.h"
#include "topology/TopologyProblem.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace griddesk::app {

class TopologyRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        topology::TopologyReport report;
        QString error; // empty when the check ran
    };

    explicit TopologyRunner(QObject *parent = nullptr);
    ~TopologyRunner() override;

    // Starts a check; false while one is running.
    bool start(const StoreOpener &opener, const topology::TopologyOptions &options = {});
    void cancel();
    bool isRunning() const { return isPending(m_watcher); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const griddesk::app::TopologyRunner::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace griddesk::app
