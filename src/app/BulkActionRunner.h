#pragma once
// Applies one workflow action to many cases on a worker thread with its own
// database connection, reporting progress; the window never freezes and the
// run can be cancelled between cases. Each case is its own transaction.

#include "StoreOpener.h"
#include "WorkflowRequest.h"

#include <QAtomicInt>
#include <QObject>
#include <QStringList>
#include <QVector>

class QThread;

namespace griddesk::app {

class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    struct Target {
        qint64 id;
        int rowVersion;
    };

    BulkActionRunner(StoreOpener opener, QVector<Target> targets, WorkflowRequest request, QObject *parent = nullptr);
    ~BulkActionRunner() override;

    void start();
    void cancel();
    // Blocks until the worker is done (for tests and shutdown).
    void wait();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int applied, const QStringList &errors);

private:
    StoreOpener m_opener;
    QVector<Target> m_targets;
    WorkflowRequest m_request;
    QAtomicInt m_cancelled;
    QThread *m_thread = nullptr;
};

} // namespace griddesk::app
