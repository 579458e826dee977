#pragma once
// A decision of a joint meeting, tracked as a task (督办事项): an owner
// department, a deadline in working days on the working-day calendar, the
// cases and the unit it concerns. It runs on the deadline machinery of cases:
// due soon, overdue, supervision and escalation; an open task comes back on
// every later meeting's agenda until it is done.
#include "AdminLevel.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace griddesk {

enum class TaskState {
    Open, // "open"
    Done, // "done"
};

struct MeetingTask {
    qint64 id = 0;
    QString code;             // "RW-20261130-01"
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;  // the item it was decided on (0: none)
    QString decision;         // the decision in the meeting's words
    QString ownerDepartment;  // department code
    int workingDays = 5;
    QDateTime decidedAt;
    QDateTime dueAt;          // end of the last working day
    QDateTime warnAt;         // 80 % of the working time used
    TaskState state = TaskState::Open;
    QDateTime doneAt;
    QString doneNote;         // how it was done (free text)
    bool supervised = false;
    AdminLevel level = AdminLevel::Township; // the level handling it now (escalation raises it)
    int escalations = 0;
    QDateTime lastEscalatedAt;
    // The unit it concerns (grid, community or the township), for the
    // roll-up, and its chain upwards.
    QString gridCode;
    QString communityCode;
    QString townshipCode;
    QVector<qint64> caseIds;
    int rowVersion = 0;
};

namespace taskstate {
QString code(TaskState s);
bool fromCode(const QString &code, TaskState *s);
} // namespace taskstate

} // namespace griddesk
