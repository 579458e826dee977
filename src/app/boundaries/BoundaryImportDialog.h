#pragma once
// Import of township, community or grid boundaries from a Shapefile,
// GeoJSON or GeoPackage file, for administrators: the file, the level, the
// code, name and parent fields (offered from the file's own), the text
// encoding and the CRS. The import runs on a worker thread with progress;
// topology problems it would bring are listed, and the administrator may
// import anyway with a justification, which is recorded.

#include "PendingWork.h"
#include "StoreOpener.h"
#include "boundaries/BoundaryImport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace griddesk::app {

class CrsBox;

class BoundaryImportDialog : public QDialog
{
    Q_OBJECT

public:
    BoundaryImportDialog(const StoreOpener &opener, QWidget *parent = nullptr);

    // Reads the file's fields and CRS and offers them.
    void setFile(const QString &path);
    // Starts the import (with a justification: despite topology problems).
    void startImport(const QString &justification = {});
    bool isWorking() const { return isPending(*m_watcher); }

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *codeFieldBox() const { return m_codeField; }
    QComboBox *nameFieldBox() const { return m_nameField; }
    QComboBox *parentFieldBox() const { return m_parentField; }
    QComboBox *encodingBox() const { return m_encoding; }
    CrsBox *crsBox() const { return m_crs; }
    QTableWidget *problemTable() const { return m_problems; }
    QLineEdit *justificationEdit() const { return m_justification; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // Boundaries were written: the map and unit names are to be read again.
    void imported();

private:
    struct Result {
        boundaries::BoundaryImport::Outcome outcome;
        int features = 0;
        QString error;
    };
    void browse();
    void inspect();
    void finished();
    void showProblems(const QVector<topology::TopologyProblem> &problems);
    void setWorking(bool working);

    StoreOpener m_opener;
    QLineEdit *m_file = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_codeField = nullptr;
    QComboBox *m_nameField = nullptr;
    QComboBox *m_parentField = nullptr;
    QComboBox *m_encoding = nullptr;
    CrsBox *m_crs = nullptr;
    QLabel *m_fileCrs = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_problems = nullptr;
    QLineEdit *m_justification = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_override = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace griddesk::app
