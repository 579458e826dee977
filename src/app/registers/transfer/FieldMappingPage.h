#pragma once
// The field-mapping page of a register import: each of the register's
// fields (its name, its usual Chinese header, needed ones marked) with the
// file field that fills it, and the file field naming a row's grid. It
// starts from the mapping remembered for the source, else the one the
// file's field names suggest; a mapping file (JSON) can be loaded and saved.

#include "ImportMapping.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace griddesk::app {

class FieldMappingPage : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMappingPage(QWidget *parent = nullptr);

    // Shows `mapping` for a file with `fileFields`; `remembered`: it was used before for this source.
    void setMapping(const ImportMapping &mapping, const QStringList &fileFields, bool remembered);
    ImportMapping mapping() const;
    // Whether the mapping can be used; shows why not.
    bool check();

    QTableWidget *table() const { return m_table; }
    // The file-field box of a register column.
    QComboBox *fieldBox(const QString &column) const;
    QComboBox *gridFieldBox() const { return m_grid; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *originLabel() const { return m_origin; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *saveButton() const { return m_save; }

    // Loads and saves the mapping file; false with the reason shown.
    bool loadFrom(const QString &path);
    bool saveTo(const QString &path);

private:
    RegisterKind m_kind = RegisterKind::Residents;
    QStringList m_fileFields;
    QStringList m_columns; // the table's rows
    QTableWidget *m_table = nullptr;
    QComboBox *m_grid = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace griddesk::app
