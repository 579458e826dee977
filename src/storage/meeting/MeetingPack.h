#pragma once
// Everything the printed meeting pack (会议材料) of one joint meeting shows,
// as plain values: the meeting with its agenda and minutes, what each agenda
// item shows, the township's KPI summary, the decisions taken, where earlier
// meetings' tasks stand, and the names the pack prints for codes.
// MeetingPackWriter (src/map) lays it out; nothing here reads the store.

#include "AssessmentReport.h"
#include "DeadlineStatus.h"
#include "ItemFacts.h"
#include "Meeting.h"
#include "MeetingTask.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace griddesk {

// A task of an earlier meeting with where it stands at printing time.
struct MeetingPackTask {
    MeetingTask task;
    // OnTime (open), Warning (due soon), Overdue, ClosedOnTime or ClosedLate
    // (done), as taskclock::status says.
    DeadlineStatus due = DeadlineStatus::OnTime;
};

struct MeetingPack {
    Meeting meeting;
    QString townshipName;
    QVector<ItemFacts> items; // one per agenda item, in the agenda's order
    // The township's assessment for the last period; no subject code: no KPI page.
    AssessmentReport kpis;
    QVector<MeetingTask> decisions; // taken in this meeting
    QVector<MeetingPackTask> earlierTasks;
    QHash<QString, QString> departmentNames; // code -> name in the reader's language
    QHash<qint64, QString> caseCodes; // case id -> case number, for decisions and items
    QDateTime printedAt;

    // The department's name, or its code when the name is not known.
    QString departmentName(const QString &code) const { return departmentNames.value(code, code); }
    // Case numbers of `ids` (an id without a known number shows as "#id").
    QStringList caseNumbers(const QVector<qint64> &ids) const;
};

} // namespace griddesk
