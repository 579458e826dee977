#include "TimeLimitWatch.h"
#include "GpkgStore.h"
#include "StoreError.h"

#include <QtConcurrent>

namespace griddesk::app {

TimeLimitWatch::TimeLimitWatch(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<griddesk::MonitorResult>("griddesk::MonitorResult");
    connect(&m_timer, &QTimer::timeout, this, &TimeLimitWatch::runNow);
    connect(&m_watcher, &QFutureWatcher<MonitorResult>::finished, this, [this] { Q_EMIT ran(m_watcher.result()); });
}

TimeLimitWatch::~TimeLimitWatch()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void TimeLimitWatch::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runNow();
}

void TimeLimitWatch::runNow()
{
    if (m_watcher.isRunning())
        return;
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path] {
        MonitorResult r;
        try {
            auto store = GpkgStore::open(path);
            r = TimeLimitMonitor().run(*store, QDateTime::currentDateTimeUtc());
        } catch (const StoreError &e) {
            r.errors << e.message();
        }
        return r;
    }));
}

} // namespace griddesk::app
