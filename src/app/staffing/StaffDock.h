#pragma once
// The grid staff dock: the register (searched and filtered by grid, role and
// breach, phones masked) with the buttons that keep it, the grids that break
// the staffing rule (double-click zooms to the grid), and the legend of the
// staffing map with the switch that shows it.

#include "KpiChoroplethTypes.h"
#include "StaffMember.h"
#include "StaffingViolation.h"

#include <QDockWidget>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace griddesk::app {

class StaffingViolationModel;

class StaffDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit StaffDock(QWidget *parent = nullptr);

    // The register (retired people too), the grids by code with their names,
    // and each grid counted against the rule.
    void setData(const QVector<StaffMember> &staff, const QVector<QPair<QString, QString>> &grids,
                 const QVector<GridStaffing> &check);
    void setLegend(const QVector<map::KpiLegendEntry> &entries);

    qint64 selectedId() const;
    QString selectedViolationGrid() const;
    // Ids of the people the table shows now, top to bottom.
    QVector<qint64> shownIds() const;
    void selectStaff(qint64 id);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *gridFilter() const { return m_gridFilter; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *violationFilter() const { return m_violationFilter; }
    QCheckBox *retiredCheck() const { return m_retired; }
    QCheckBox *themeCheck() const { return m_theme; }
    QTableWidget *table() const { return m_table; }
    QTableView *violationTable() const { return m_violations; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void zoomRequested(const QString &gridCode);
    void selectionChanged();

private:
    QWidget *buildRegister();
    QWidget *buildViolations();
    void fillViolations();
    void applyFilters();
    bool passes(const StaffMember &s) const;
    QString gridName(const QString &code) const { return m_gridNames.value(code, code); }

    QVector<StaffMember> m_staff;
    QHash<QString, QString> m_gridNames;
    QVector<GridStaffing> m_check;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_gridFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_violationFilter = nullptr;
    QCheckBox *m_retired = nullptr;
    QTableWidget *m_table = nullptr;
    QTableView *m_violations = nullptr;
    StaffingViolationModel *m_violationRows = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_zoom = nullptr;
    QCheckBox *m_theme = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace griddesk::app
