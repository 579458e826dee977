#pragma once
// Export of a register to a CSV, XLSX, Shapefile, GeoJSON or GeoPackage
// file: the register (or the list a dock shows, following its filter), the
// format, the text encoding of a CSV or Shapefile, the coordinate system
// and the file. Personal data is always masked; the file is written on a
// worker thread over a connection of its own, with progress and Stop (a
// stopped export leaves no file and no audit entry), and the export is audited.

#include "PendingWork.h"
#include "RegisterQuery.h"
#include "StoreOpener.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace griddesk::app {

class CrsBox;

class RegisterExportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterExportDialog(const StoreOpener &opener, QWidget *parent = nullptr);
    // Stops a running export and waits for it.
    ~RegisterExportDialog() override;

    // The register and the records to write (a dock's current filter; empty: all in scope).
    // `filterText` says in words what the filter keeps (empty: no filter).
    void setRegister(RegisterKind kind, const RegisterQuery &query = {}, const QString &filterText = {});
    RegisterKind kind() const;
    void setFile(const QString &path);
    void startExport();
    // Stops the running export: nothing is written.
    void stop();
    bool isWorking() const { return isPending(*m_watcher); }
    void reject() override;

    QComboBox *registerBox() const { return m_register; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *encodingBox() const { return m_encoding; }
    CrsBox *crsBox() const { return m_crs; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *filterLabel() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);
    // Rows written so far and in all.
    void progress(qint64 done, qint64 total);
    // The export ended: written, stopped or refused.
    void done();

private:
    struct Result {
        QString path;
        qint64 rows = 0; // RegisterExport::kStopped when stopped
        QString error;
    };
    void browse();
    void formatChanged();
    void finished();
    void showProgress(qint64 done, qint64 total);

    StoreOpener m_opener;
    RegisterQuery m_query;
    QComboBox *m_register = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    CrsBox *m_crs = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_filter = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_stop = nullptr;
    QFutureWatcher<Result> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace griddesk::app
