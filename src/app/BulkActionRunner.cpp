#include "BulkActionRunner.h"
#include "StoreOpener.h"
#include "StoreError.h"

#include <QThread>

namespace griddesk::app {

BulkActionRunner::BulkActionRunner(StoreOpener opener, QVector<Target> targets, WorkflowRequest request,
                                   QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_targets(std::move(targets))
    , m_request(std::move(request))
{
}

BulkActionRunner::~BulkActionRunner()
{
    cancel();
    wait();
}

void BulkActionRunner::start()
{
    m_thread = QThread::create([this] {
        int applied = 0;
        QStringList errors;
        try {
            auto store = m_opener.open();
            for (int i = 0; i < m_targets.size(); ++i) {
                if (m_cancelled.loadAcquire())
                    break;
                WorkflowRequest q = m_request;
                q.at = QDateTime::currentDateTimeUtc();
                try {
                    store->applyAction(m_targets[i].id, q, m_targets[i].rowVersion);
                    ++applied;
                } catch (const StoreError &e) {
                    errors << e.message();
                }
                Q_EMIT progress(i + 1, m_targets.size());
            }
        } catch (const StoreError &e) {
            errors << e.message();
        }
        Q_EMIT finished(applied, errors);
    });
    m_thread->setObjectName(QStringLiteral("bulkActionRunner"));
    m_thread->start();
}

void BulkActionRunner::cancel()
{
    m_cancelled.storeRelease(1);
}

void BulkActionRunner::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace griddesk::app
