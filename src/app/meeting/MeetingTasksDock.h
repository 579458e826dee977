#pragma once
// The tasks the joint meetings decided (督办事项): the open ones and those
// done lately, each with where it stands against its deadline (coloured as
// the case lists colour time limits), filtered by owner department and
// state; their progress rolled up from grid to community to township; and
// the centre's actions on the chosen task: supervise, escalate, mark done.

#include "AdminUnit.h"
#include "MeetingTask.h"

#include <QDateTime>
#include <QDockWidget>
#include <QVector>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace griddesk {
class MeetingStore;
}

namespace griddesk::app {

class MeetingTasksDock : public QDockWidget
{
    Q_OBJECT

public:
    enum StateFilter { AllStates, OpenState, DueSoonState, OverdueState, DoneState };
    using Namer = std::function<QString(const QString &)>;

    // `units` are the township, its communities and grids, for the roll-up.
    MeetingTasksDock(
        MeetingStore &store, Namer departmentName, const QVector<AdminUnit> &units, QWidget *parent = nullptr);

    // Reads the tasks again; `now` decides their states (invalid: the clock).
    void reload(const QDateTime &now = {});
    void setWritable(bool writable);
    void setDepartmentFilter(const QString &code); // empty: every department
    void setStateFilter(StateFilter state);

    // The actions on a task; false (and the reason shown) when the store refuses.
    bool supervise(qint64 id);
    bool escalate(qint64 id);
    bool markDone(qint64 id, const QString &note);

    QTreeWidget *taskList() const { return m_list; }
    QTreeWidget *progressTree() const { return m_progress; }
    qint64 selectedTaskId() const;
    QString message() const;

    // Tasks done this many days ago or less still show.
    static constexpr int kRecentDays = 30;

Q_SIGNALS:
    void taskChanged(const MeetingTask &task);

private:
    void fill();
    void fillProgress(const QVector<MeetingTask> &tasks);
    void updateActions();
    bool act(qint64 id, const std::function<MeetingTask(const MeetingTask &)> &action);
    void askAndMarkDone();
    StateFilter stateOf(const MeetingTask &task) const;

    MeetingStore &m_store;
    Namer m_departmentName;
    QVector<AdminUnit> m_units;
    QVector<MeetingTask> m_tasks;
    QDateTime m_now;
    bool m_writable = true;
    QComboBox *m_department = nullptr;
    QComboBox *m_state = nullptr;
    QTreeWidget *m_list = nullptr;
    QTreeWidget *m_progress = nullptr;
    QPushButton *m_supervise = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_done = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace griddesk::app
