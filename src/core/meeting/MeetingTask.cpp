#include "MeetingTask.h"

namespace griddesk::taskstate {

QString code(TaskState s)
{
    return s == TaskState::Done ? QStringLiteral("done") : QStringLiteral("open");
}

bool fromCode(const QString &code, TaskState *s)
{
    if (code == QLatin1String("open"))
        *s = TaskState::Open;
    else if (code == QLatin1String("done"))
        *s = TaskState::Done;
    else
        return false;
    return true;
}

} // namespace griddesk::taskstate
