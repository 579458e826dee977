#pragma once
// The list of one register: search, a grid or community, the register's
// main codes (and for key persons "overdue visits only", for the work log a
// week), a count, and the buttons that keep it. The dock only shows and
// asks; the registers module reads the store and acts.

#include "RegisterKind.h"
#include "RegisterQuery.h"

#include <QDate>
#include <QDockWidget>
#include <QHash>
#include <QPair>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace griddesk::app {

class RegisterTableModel;

class RegisterDock : public QDockWidget
{
    Q_OBJECT

public:
    RegisterDock(RegisterKind kind, QWidget *parent = nullptr);

    RegisterKind kind() const { return m_kind; }
    static QString objectNameFor(RegisterKind kind);
    // The codes filtered on for a register (the combos, in order).
    static QStringList filterColumns(RegisterKind kind);

    // Communities and grids in the reader's scope (code, name; grids after their community).
    // The areas to filter by: a model of one column whose first row is
    // allAreas() and whose rows carry each unit's code as user data, shared
    // by the register docks (a city's 16,000 grids, made once); and the grid
    // names the list shows. The selection is kept when the unit stays.
    void setUnits(QAbstractItemModel *units, const QHash<QString, QString> &gridNames);
    static QString allAreas();
    // What the filters ask for; for the work log the week apart (week()).
    RegisterQuery query() const;
    // The work log's chosen week (Monday to Sunday); invalid dates for any week.
    QPair<QDate, QDate> week() const;
    // Everything the list shows, week included, as one query (for an export).
    RegisterQuery exportQuery() const;
    // What the filters keep, in words ("search \"张\"; 第1网格; Resident type: Floating"); empty: no filter.
    QString filterText() const;

    RegisterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *codeFilter(const QString &column) const { return m_codeFilters.value(column); }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QComboBox *weekFilter() const { return m_week; }
    QLabel *countLabel() const { return m_count; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *mapButton() const { return m_map; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }

    void setCount(qint64 shown, qint64 total);
    qint64 selectedId() const;
    // The field of the selected cell (empty when none or the grid).
    QString selectedColumn() const;
    void selectRecord(qint64 id);
    // Who may add, change, remove and import (mayWrite) and reveal.
    void setKeeping(bool mayWrite, bool mayReveal);

Q_SIGNALS:
    void queryChanged();
    void selectionChanged();
    void recordActivated(qint64 id);

private:
    QWidget *buildFilters(QWidget *parent);

    RegisterKind m_kind;
    RegisterTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_unit = nullptr;
    QHash<QString, QComboBox *> m_codeFilters;
    QCheckBox *m_overdue = nullptr;
    QComboBox *m_week = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_map = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    bool m_sized = false;
};

} // namespace griddesk::app
