#include "TimeLimitWatch.h"
#include "PendingWork.h"
#include "StoreOpener.h"
#include "StoreError.h"

#include <QtConcurrent>

namespace griddesk::app {

TimeLimitWatch::TimeLimitWatch(StoreOpener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{
    qRegisterMetaType<griddesk::MonitorResult>("griddesk::MonitorResult");
    m_watcher.setObjectName(QStringLiteral("timeLimitRun"));
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
    if (isPending(m_watcher))
        return;
    const StoreOpener opener = m_opener;
    m_watcher.setFuture(QtConcurrent::run([opener] {
        MonitorResult r;
        try {
            auto store = opener.open();
            r = TimeLimitMonitor().run(*store, QDateTime::currentDateTimeUtc());
        } catch (const StoreError &e) {
            r.errors << e.message();
        }
        return r;
    }));
}

} // namespace griddesk::app
