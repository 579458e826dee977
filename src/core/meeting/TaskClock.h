#pragma once
// The deadline machinery of meeting tasks, the same as cases': a deadline in
// working days on the working-day calendar, due soon at 80 % of the working
// time, overdue after it; an overdue task is supervised, and escalates one
// level (township → district) when still overdue after a grace period, and
// again after each further one.
#include "DeadlineStatus.h"
#include "MeetingTask.h"
#include "WorkingCalendar.h"

#include <QVector>

namespace griddesk {

enum class TaskAction {
    Supervise, // "supervise"
    Escalate,  // "escalate"
};

struct TaskSettings {
    int graceWorkingDays = 2;
};

namespace taskclock {

// Sets dueAt (the end of the n-th working day after the decision's day) and
// warnAt (80 % of the working time to it).
void stamp(MeetingTask &task, const WorkingCalendar &calendar);
// On time, due soon (Warning), overdue; ClosedOnTime or ClosedLate when done.
DeadlineStatus status(const MeetingTask &task, const QDateTime &now);
// The system actions due on an open task at `now`, in the order to apply them.
QVector<TaskAction> due(const MeetingTask &task, const QDateTime &now, const WorkingCalendar &calendar,
                        TaskSettings settings = {});
// Applies a supervision or escalation to the task.
void apply(MeetingTask &task, TaskAction action, const QDateTime &at);
QString actionCode(TaskAction a);

} // namespace taskclock
} // namespace griddesk
