#include "TopologyRunner.h"
#include "PendingWork.h"
#include "Store.h"
#include "StoreError.h"
#include "topology/TopologyCheck.h"

#include <QtConcurrent>

#include <stdexcept>

namespace griddesk::app {

TopologyRunner::TopologyRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

TopologyRunner::~TopologyRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool TopologyRunner::start(const StoreOpener &opener, const topology::TopologyOptions &options)
{
    if (isPending(m_watcher))
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The destructor waits for the run, so `this` outlives it.
    m_watcher.setFuture(QtConcurrent::run([this, opener, options, cancel]() -> Outcome {
        Outcome out;
        try {
            const std::unique_ptr<Store> store = opener.open(StoreOpener::Access::ReadOnly);
            const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
            const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
            topology::TopologyCheck check(options);
            check.setCancelled([cancel] { return cancel->load(); });
            int shown = -1;
            check.setProgress([this, &shown](int done, int total) {
                // About a hundred steps on the bar are enough.
                const int percent = total > 0 ? done * 100 / total : 100;
                if (percent == shown)
                    return;
                shown = percent;
                QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            });
            out.report = check.run(communities, grids);
        } catch (const StoreError &e) {
            out.error = e.message();
        } catch (const std::exception &e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
    return true;
}

void TopologyRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace griddesk::app
