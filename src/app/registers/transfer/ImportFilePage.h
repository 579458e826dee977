#pragma once
// The first page of a register import: which register, which file, and how
// to read it (the text encoding of a CSV or Shapefile, shown as detected and
// open to override; the coordinate system; the layer or sheet; the x and y
// fields of a CSV or workbook). Reading the file's header tells its fields.

#include "RegisterKind.h"
#include "tables/TableReadOptions.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace griddesk::app {

class CrsBox;

class ImportFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    RegisterKind kind() const;
    void setKind(RegisterKind kind);
    QString path() const;
    // Reads the file's header with the options chosen; false with the reason shown when it cannot be read.
    bool setFile(const QString &path);
    bool inspect();
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

    // Fills a choice of a file's fields, after a first entry meaning none (`noneText`).
    static void fillFieldBox(QComboBox *box, const QStringList &fields, const QString &current, const QString &noneText);

Q_SIGNALS:
    void fileRead(bool ok);

private:
    void browse();

    QComboBox *m_register = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    CrsBox *m_crs = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_xField = nullptr;
    QComboBox *m_yField = nullptr;
    QLabel *m_about = nullptr;
    QStringList m_fields;
    qint64 m_rows = -1;
    bool m_filling = false;
};

} // namespace griddesk::app
