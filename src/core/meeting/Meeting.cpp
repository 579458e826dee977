#include "Meeting.h"

namespace griddesk {

int Meeting::plannedMinutes() const
{
    int total = 0;
    for (const AgendaItem &item : agenda)
        total += item.plannedMinutes;
    return total;
}

namespace meetingstate {

QString code(MeetingState s)
{
    return s == MeetingState::Held ? QStringLiteral("held") : QStringLiteral("planned");
}

bool fromCode(const QString &code, MeetingState *s)
{
    if (code == QLatin1String("planned"))
        *s = MeetingState::Planned;
    else if (code == QLatin1String("held"))
        *s = MeetingState::Held;
    else
        return false;
    return true;
}

} // namespace meetingstate
} // namespace griddesk
