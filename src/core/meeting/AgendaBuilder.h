#pragma once
// The joint meeting's agenda built from the data. Each rule puts its items
// on the agenda with the reason (AgendaText):
// - open_task: every decision of an earlier meeting not yet done;
// - overdue: open cases past their business deadline, one item per lead
//   department (cases not yet dispatched form their own item);
// - supervised: open cases under supervision and still within their deadline;
// - escalated: cases escalated since the last meeting (one item);
// - repeat_dispute: the same parties, or the same kind of case at the same
//   place, again within the repeat window, with a case since the last meeting
//   (the largest few; the assessment dock lists them all);
// - early_warning: a unit's incidents rising well above its baseline this
//   week, and clusters since the last meeting (the largest few);
// - kpi_drop: the township and each community whose rates this month are
//   worse than last month's by at least a set number of points;
// - unscreened: the grids with no screening visit in the meeting's ISO week;
// - bulletin: every security bulletin in force at the meeting.
// Items come in that order: first what was decided before, then the cases,
// then the analysis, then the warnings.
#include "AgendaItem.h"
#include "Bulletin.h"
#include "EarlyWarning.h"
#include "KpiCase.h"
#include "KpiSettings.h"
#include "MeetingTask.h"

#include <QDateTime>
#include <QSet>
#include <QVector>

namespace griddesk {

struct AgendaSettings {
    double kpiDropPoints = 5.0; // a rate this many percentage points worse
    int maxWarnings = 5;        // repeat disputes and early warnings: the largest this many of each
    WarningSettings warnings;
    KpiSettings kpi;
    // Planned minutes by kind.
    int minutesOpenTask = 3;
    int minutesCases = 5;
    int minutesAnalysis = 5;
    int minutesUnscreened = 3;
    int minutesBulletin = 3;
};

struct AgendaInputs {
    QString townshipCode;
    QDateTime at;            // the meeting's start
    QDateTime lastMeetingAt; // the previous meeting's start; invalid: none (a week back)
    // The open cases and the cases of the last 100 days or more (the KPI
    // months, the warning baseline and the repeat window).
    QVector<KpiCase> cases;
    QVector<KpiUnit> units;
    QVector<KpiScreening> screenings; // at least the meeting's ISO week
    QVector<MeetingTask> tasks;       // open tasks of earlier meetings
    QVector<Bulletin> bulletins;      // bulletins that may be in force

    QDateTime since() const; // the last meeting, or a week before this one
};

class AgendaBuilder
{
public:
    explicit AgendaBuilder(AgendaSettings settings = {});

    QVector<AgendaItem> build(const AgendaInputs &in) const;

    // The rules one by one.
    QVector<AgendaItem> openTasks(const AgendaInputs &in) const;
    QVector<AgendaItem> overdue(const AgendaInputs &in) const;
    QVector<AgendaItem> supervised(const AgendaInputs &in) const;
    QVector<AgendaItem> escalated(const AgendaInputs &in) const;
    QVector<AgendaItem> repeatDisputes(const AgendaInputs &in) const;
    QVector<AgendaItem> earlyWarnings(const AgendaInputs &in) const;
    QVector<AgendaItem> kpiDrops(const AgendaInputs &in) const;
    QVector<AgendaItem> unscreened(const AgendaInputs &in) const;
    QVector<AgendaItem> bulletins(const AgendaInputs &in) const;

    // A rebuilt agenda merged with the staff's edits: items still called for
    // keep their place, planned time and notes (with fresh facts); items the
    // staff removed (their keys in `removed`) stay off; new items follow;
    // the staff's own items stay where they were.
    static QVector<AgendaItem> merge(const QVector<AgendaItem> &current, const QVector<AgendaItem> &rebuilt,
                                     const QSet<QString> &removed);

private:
    static bool isOpen(const KpiCase &c);
    AgendaSettings m_settings;
};

} // namespace griddesk
