#pragma once
// The joint-meeting dock (问题联议): the township's meetings; the chosen
// meeting's date, length, chair, attendees and departments; its agenda with
// each item's reason, planned time and notes, which staff reorder, remove,
// add to or rebuild from the data, with the total against the meeting's
// length; the minutes; and the decisions taken, tracked as tasks. The dock
// edits a copy of the meeting; the module stores it.
#include "AgendaText.h"
#include "Department.h"
#include "Meeting.h"
#include "MeetingTask.h"

#include <QDockWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace griddesk::app {

class MeetingDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MeetingDock(QWidget *parent = nullptr);

    void setDepartments(const QVector<Department> &departments, const QHash<QString, QString> &names);
    void setNames(const AgendaNames &names) { m_names = names; }
    // The meetings to choose from (newest first) and which one is shown.
    void setMeetings(const QVector<Meeting> &meetings, qint64 current);
    // Shows a meeting for editing; unsaved edits of the one before are dropped.
    void setMeeting(const Meeting &meeting);
    // The meeting as edited.
    Meeting meeting() const;
    void setTasks(const QVector<MeetingTask> &tasks, const QDateTime &now);
    void setWritable(bool writable);
    void setBusy(bool busy, const QString &message = {});
    bool isDirty() const { return m_dirty; }
    void markSaved();
    // The agenda item selected, or -1.
    int currentItem() const;
    void selectItem(int index);

    QTreeWidget *agendaView() const { return m_agenda; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void meetingChosen(qint64 id);
    void newMeetingRequested();
    void rebuildRequested();
    void saveRequested();
    void presentRequested();
    void packRequested();
    void decisionRequested(int itemIndex);
    void completeTaskRequested(qint64 taskId);

private:
    QWidget *buildAgendaTab();
    QWidget *buildDetailsTab();
    QWidget *buildDecisionsTab();
    void fillAgenda();
    void showItem();
    void edited();
    void moveItem(int delta);
    void removeItem();
    void addOwnItem();
    void updateTotal();

    AgendaNames m_names;
    Meeting m_meeting;
    bool m_dirty = false;
    bool m_writable = true;
    bool m_filling = false;
    QHash<QString, QString> m_departmentNames;
    QVector<MeetingTask> m_tasks;

    QComboBox *m_meetings;
    QPushButton *m_new;
    QTabWidget *m_tabs;
    int m_decisionsTab = 0;
    QDateTimeEdit *m_heldAt;
    QSpinBox *m_length;
    QLineEdit *m_chair;
    QLineEdit *m_attendees;
    QListWidget *m_departments;
    QTreeWidget *m_agenda;
    QLabel *m_total;
    QLabel *m_reason;
    QSpinBox *m_minutes;
    QLineEdit *m_itemTitle;
    QPlainTextEdit *m_notes;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_add;
    QPushButton *m_rebuild;
    QPlainTextEdit *m_minutesText;
    QTreeWidget *m_decisions;
    QPushButton *m_decide;
    QPushButton *m_complete;
    QPushButton *m_save;
    QPushButton *m_present;
    QPushButton *m_pack;
    QLabel *m_status;
};

} // namespace griddesk::app
