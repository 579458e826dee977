#pragma once
// The dispatch dock: the queue of cases that need action, filterable by what
// they need, the workflow action bar, and the selected case's timeline.

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace griddesk::app {

class DispatchQueueModel;
class DispatchQueueProxy;
class IncidentTimelineWidget;

class DispatchDock : public QDockWidget
{
    Q_OBJECT

public:
    DispatchDock(DispatchQueueModel *model, IncidentTimelineWidget *timeline, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QToolBar *actionBar() const { return m_actions; }
    QComboBox *needCombo() const { return m_need; }
    QLineEdit *searchEdit() const { return m_search; }
    DispatchQueueProxy *proxy() const { return m_proxy; }
    void setNeedFilter(int filter);
    void updateCount();

private:
    DispatchQueueProxy *m_proxy;
    QComboBox *m_need;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolBar *m_actions;
    QTableView *m_table;
};

} // namespace griddesk::app
