#pragma once
// Checks or imports a register file on a worker thread over a store
// connection of its own, opened as the signed-in person (so the import
// keeps to their scope), reporting the rows read and stopping when asked;
// the console stays responsive throughout. A stopped import writes nothing.

#include "RegisterImport.h"
#include "StoreOpener.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace griddesk::app {

class RegisterImportRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        ImportReport report;
        QString error; // empty when the file was read
        bool wrote = false; // run() (as opposed to validate())
    };

    explicit RegisterImportRunner(QObject *parent = nullptr);
    ~RegisterImportRunner() override;

    // Starts a check (write false) or an import; false while one runs.
    bool start(const StoreOpener &opener, RegisterKind kind, const QString &path, const ImportOptions &options, bool write);
    void cancel();
    // Until finished() has been emitted.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Rows read so far and in the file (-1: unknown).
    void progress(qint64 done, qint64 total);
    void finished(const griddesk::app::RegisterImportRunner::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace griddesk::app
