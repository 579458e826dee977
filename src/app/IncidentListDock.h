#pragma once
// The incident list: filter bar (state, area, period of ended cases, search),
// the table and a count.

#include "ClosedPeriod.h"
#include "ui_IncidentListDock.h"

#include <QDockWidget>

namespace griddesk::app {

class IncidentFilterProxy;
class IncidentTableModel;

class IncidentListDock : public QDockWidget
{
    Q_OBJECT

public:
    IncidentListDock(IncidentTableModel *model, QWidget *parent = nullptr);

    // Areas offered by the area filter: (code, label, indent level).
    struct Area {
        QString code;
        QString label;
        int depth;
    };
    void setAreas(const QVector<Area> &areas);

    QTableView *tableView() const { return m_ui.tableView; }
    QComboBox *stateCombo() const { return m_ui.stateCombo; }
    QComboBox *unitCombo() const { return m_ui.unitCombo; }
    QLineEdit *searchEdit() const { return m_ui.searchEdit; }
    QComboBox *closedCombo() const { return m_ui.closedCombo; }
    IncidentFilterProxy *proxy() const { return m_proxy; }
    // Selects the state filter by its IncidentFilterProxy value.
    void setStateFilter(int filter);
    // How far back ended cases show; the owner reads them and sets the layer.
    ClosedPeriod closedPeriod() const;
    void setClosedPeriod(ClosedPeriod period);
    void updateCount();

Q_SIGNALS:
    void closedPeriodChanged(griddesk::ClosedPeriod period);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Column widths for the language and font; the title fills the rest.
    void fitColumns();
    static constexpr int kMinTitleWidth = 220;

    Ui::IncidentListDock m_ui;
    IncidentTableModel *m_model;
    IncidentFilterProxy *m_proxy;
    bool m_columnsFitted = false;
};

} // namespace griddesk::app
