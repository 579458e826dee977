#pragma once
// The text tables of the printed meeting pack, from the pack value: the
// cover's particulars, the agenda with its planned times, this meeting's
// decisions, where earlier meetings' tasks stand, and the minutes.

#include "MeetingPack.h"
#include "ReportLayoutKit.h"

#include <QCoreApplication>

namespace griddesk::map {

class MeetingPackTables
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPackTables)

public:
    static ReportTable cover(const MeetingPack &pack);
    static ReportTable agenda(const MeetingPack &pack);
    // "Planned in total: 55 min of the meeting's 60 min", and whether it overruns.
    static QString agendaTotal(const MeetingPack &pack, bool *overruns = nullptr);
    static ReportTable decisions(const MeetingPack &pack);
    static ReportTable earlierTasks(const MeetingPack &pack);
    // One row per paragraph of the minutes; none when there are no minutes.
    static ReportTable minutes(const MeetingPack &pack);

    // A task's state as printed: open, due soon, overdue, done (late).
    static QString dueStateName(DeadlineStatus s);
    static QColor dueStateColour(DeadlineStatus s);
    // A time in China Standard Time: "2026-11-30 09:00", or "HH:mm" alone.
    static QString chinaTime(const QDateTime &utc, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"));
    // The title of agenda item `index` as printed (the facts' title, else the item's own).
    static QString itemTitle(const MeetingPack &pack, int index);
};

} // namespace griddesk::map
