#include "RegisterImportRunner.h"
#include "Store.h"
#include "StoreError.h"

#include <QtConcurrent>

#include <stdexcept>

namespace griddesk::app {

RegisterImportRunner::RegisterImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

RegisterImportRunner::~RegisterImportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool RegisterImportRunner::start(const StoreOpener &opener, RegisterKind kind, const QString &path,
                                 const ImportOptions &options, bool write)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The destructor waits for the run, so `this` outlives it.
    m_watcher.setFuture(QtConcurrent::run([this, opener, kind, path, options, write, cancel]() -> Outcome {
        Outcome out;
        out.wrote = write;
        try {
            // The console's own connection is not for other threads.
            const std::unique_ptr<Store> store = opener.open(write ? StoreOpener::Access::ReadWrite : StoreOpener::Access::ReadOnly);
            RegisterImport import(store->session());
            int shown = -1;
            const RegisterImport::Progress onRows = [this, &shown](qint64 done, qint64 total) {
                // About two hundred steps on the bar are enough.
                const int step = total > 0 ? int(done * 200 / total) : int(done / 1000);
                if (step == shown)
                    return;
                shown = step;
                QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            };
            out.report = write ? import.run(kind, path, options, onRows, cancel.get())
                               : import.validate(kind, path, options, onRows, cancel.get());
        } catch (const StoreError &e) {
            out.error = e.message();
        } catch (const std::exception &e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
    return true;
}

void RegisterImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace griddesk::app
