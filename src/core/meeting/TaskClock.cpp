#include "TaskClock.h"

#include <algorithm>

namespace griddesk::taskclock {

void stamp(MeetingTask &task, const WorkingCalendar &calendar)
{
    task.dueAt = calendar.addWorkingDays(task.decidedAt, task.workingDays);
    const qint64 working = calendar.workingSecondsBetween(task.decidedAt, task.dueAt);
    task.warnAt = calendar.addWorkingSeconds(task.decidedAt,
                                             qint64(double(working) * deadlinestatus::kWarningFraction));
}

DeadlineStatus status(const MeetingTask &task, const QDateTime &now)
{
    const bool open = task.state == TaskState::Open;
    if (open && task.dueAt.isValid() && now <= task.dueAt && task.warnAt.isValid() && now >= task.warnAt)
        return DeadlineStatus::Warning;
    const DeadlineStatus s = deadlinestatus::evaluate(task.decidedAt, task.dueAt, task.doneAt, open, now);
    // The warning instant counts working time; the plain fraction above it
    // would count weekends.
    return s == DeadlineStatus::Warning ? DeadlineStatus::OnTime : s;
}

QVector<TaskAction> due(const MeetingTask &task, const QDateTime &now, const WorkingCalendar &calendar,
                        TaskSettings settings)
{
    QVector<TaskAction> out;
    if (task.state != TaskState::Open || !task.dueAt.isValid() || now <= task.dueAt)
        return out;
    if (!task.supervised)
        out << TaskAction::Supervise;
    const QDateTime graceStart = std::max(task.dueAt, task.lastEscalatedAt.isValid() ? task.lastEscalatedAt : task.dueAt);
    if (task.level > AdminLevel::District
        && calendar.workingSecondsBetween(graceStart, now) >= qint64(settings.graceWorkingDays) * 86400)
        out << TaskAction::Escalate;
    return out;
}

void apply(MeetingTask &task, TaskAction action, const QDateTime &at)
{
    switch (action) {
    case TaskAction::Supervise:
        task.supervised = true;
        break;
    case TaskAction::Escalate:
        if (task.level > AdminLevel::District)
            task.level = AdminLevel(int(task.level) - 1);
        task.supervised = true;
        ++task.escalations;
        task.lastEscalatedAt = at;
        break;
    }
}

QString actionCode(TaskAction a)
{
    return a == TaskAction::Escalate ? QStringLiteral("escalate") : QStringLiteral("supervise");
}

} // namespace griddesk::taskclock
