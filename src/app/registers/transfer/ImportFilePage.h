#pragma once
// The first page of a register import: which register, which file, and how
// to read it (the text encoding of a CSV or Shapefile, shown as detected and
// open to override; the coordinate system; the layer or sheet; the x and y
// fields of a CSV or workbook). Reading the file's header tells its fields;
// it runs on a worker thread (a large CSV is scanned whole for its encoding
// and rows), with a busy bar, so the console never waits on a big file.

#include "RegisterKind.h"
#include "tables/TableFormat.h"
#include "tables/TableReadOptions.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace griddesk::app {

class CrsBox;

class ImportFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);
    ~ImportFilePage() override;

    RegisterKind kind() const;
    void setKind(RegisterKind kind);
    QString path() const;
    // Starts reading the file's header with the options chosen, on a worker
    // thread; fileRead() tells the outcome (the reason shown when it cannot be read).
    void setFile(const QString &path);
    void inspect();
    // A read is under way (its outcome not yet shown).
    bool isReading() const;
    // The file the fields were last read from (empty when it could not be).
    QString readPath() const { return m_readPath; }
    // How to read the file, as chosen.
    tables::TableReadOptions readOptions() const;
    // The file's fields as last read; empty when it could not be.
    QStringList fields() const { return m_fields; }
    qint64 rowCount() const { return m_rows; }

    QComboBox *registerBox() const { return m_register; }
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *encodingBox() const { return m_encoding; }
    CrsBox *crsBox() const { return m_crs; }
    QComboBox *layerBox() const { return m_layer; }
    QComboBox *xFieldBox() const { return m_xField; }
    QComboBox *yFieldBox() const { return m_yField; }
    QLabel *aboutLabel() const { return m_about; }
    QProgressBar *busyBar() const { return m_busy; }

    // Fills a choice of a file's fields, after a first entry meaning none (`noneText`).
    static void fillFieldBox(QComboBox *box, const QStringList &fields, const QString &current, const QString &noneText);

Q_SIGNALS:
    // A read of the file's header began (on a worker thread).
    void readStarted();
    // It ended: the fields are known (ok), or the reason is shown.
    void fileRead(bool ok);

private:
    // What reading a file's header tells (on the worker thread).
    struct Header {
        QString path;
        QString error;
        tables::TableFormat format = tables::TableFormat::Csv;
        QStringList fields;
        qint64 rows = -1;
        QStringList layers;
        QString layer;
        QString xField, yField;
        QString encoding;
        int sourceEpsg = 0;
    };
    static Header readHeader(const QString &path, const tables::TableReadOptions &options);
    void browse();
    void startReading();
    void showHeader(const Header &header);

    QComboBox *m_register = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    CrsBox *m_crs = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_xField = nullptr;
    QComboBox *m_yField = nullptr;
    QLabel *m_about = nullptr;
    QProgressBar *m_busy = nullptr;
    QFutureWatcher<Header> m_reader;
    bool m_readAgain = false; // the choices changed while a read ran
    QString m_readPath;
    QStringList m_fields;
    qint64 m_rows = -1;
    bool m_filling = false;
};

} // namespace griddesk::app
