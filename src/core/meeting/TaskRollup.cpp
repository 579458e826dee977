#include "TaskRollup.h"
#include "TaskClock.h"

namespace griddesk::taskrollup {

QHash<QString, TaskProgress> rollUp(const QVector<MeetingTask> &tasks, const QDateTime &now)
{
    QHash<QString, TaskProgress> out;
    for (const MeetingTask &t : tasks) {
        const DeadlineStatus s = taskclock::status(t, now);
        for (const QString &unit : {t.gridCode, t.communityCode, t.townshipCode}) {
            if (unit.isEmpty())
                continue;
            TaskProgress &p = out[unit];
            if (t.state == TaskState::Done) {
                ++p.done;
                if (s == DeadlineStatus::ClosedLate)
                    ++p.doneLate;
            } else {
                ++p.open;
                if (s == DeadlineStatus::Warning)
                    ++p.dueSoon;
                else if (s == DeadlineStatus::Overdue)
                    ++p.overdue;
            }
        }
    }
    return out;
}

} // namespace griddesk::taskrollup
