#pragma once
// A weekly joint meeting (问题联议) of a township centre: when, who chairs,
// who attends (people and departments), its agenda, its minutes, and the
// decisions it took (MeetingTask).
#include "AgendaItem.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

enum class MeetingState {
    Planned, // "planned": the agenda is being prepared
    Held,    // "held": the meeting took place; minutes and decisions may still be added
};

struct Meeting {
    qint64 id = 0;
    QString code;          // "LY-20261130-01"
    QString townshipCode;  // the centre's township (scope)
    QDateTime heldAt;      // start (UTC)
    int lengthMinutes = 60;
    QString chair;
    QStringList attendees;   // people's names
    QStringList departments; // department codes
    QString minutes;         // 会议纪要 (free text)
    QStringList removedItems; // keys of generated items the staff took off the agenda
    MeetingState state = MeetingState::Planned;
    QString createdBy;
    int rowVersion = 0;
    QVector<AgendaItem> agenda; // in order

    int plannedMinutes() const;
};

namespace meetingstate {
QString code(MeetingState s);
bool fromCode(const QString &code, MeetingState *s);
} // namespace meetingstate

} // namespace griddesk
