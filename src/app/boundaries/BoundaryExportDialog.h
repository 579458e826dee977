#pragma once
// Export of township, community or grid boundaries (code, name, parent
// code, level) to a Shapefile, GeoJSON or GeoPackage file in a chosen CRS
// and, for a Shapefile, text encoding. The store is read and the file
// written on a worker thread; the file appears whole or not at all.

#include "PendingWork.h"
#include "StoreOpener.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace griddesk::app {

class CrsBox;

class BoundaryExportDialog : public QDialog
{
    Q_OBJECT

public:
    BoundaryExportDialog(const StoreOpener &opener, QWidget *parent = nullptr);

    // Sets the file and the format its suffix asks for.
    void setFile(const QString &path);
    void startExport();
    bool isWorking() const { return isPending(*m_watcher); }

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *encodingBox() const { return m_encoding; }
    CrsBox *crsBox() const { return m_crs; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

private:
    struct Result {
        int written = 0;
        QString error;
    };
    void browse();
    void formatChanged();
    void finished();

    StoreOpener m_opener;
    QLineEdit *m_file = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    CrsBox *m_crs = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace griddesk::app
