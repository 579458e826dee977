#pragma once
// The two clocks of a case on the working-day calendar: the business clock
// runs from acceptance to closure; the node clock restarts at each workflow
// node (dispatch, transfer and escalation restart it).

#include "CaseState.h"
#include "DeadlineStatus.h"
#include "Incident.h"
#include "TimeLimits.h"
#include "WorkingCalendar.h"

namespace griddesk {

class DeadlineClock
{
public:
    DeadlineClock(const WorkingCalendar &calendar, TimeLimits limits);

    const WorkingCalendar &calendar() const { return m_calendar; }
    const TimeLimits &limits() const { return m_limits; }

    // Invalid until the case is accepted.
    QDateTime businessDeadline(const CaseState &c) const;
    // Invalid when the case waits in no node (closed, rejected, merged).
    QDateTime nodeDeadline(const CaseState &c) const;

    DeadlineStatus businessStatus(const CaseState &c, const QDateTime &now) const;
    DeadlineStatus nodeStatus(const CaseState &c, const QDateTime &now) const;
    // The more urgent of the two.
    DeadlineStatus status(const CaseState &c, const QDateTime &now) const;
    // When the case is due: the earlier of the business and node deadlines
    // (invalid for closed cases).
    QDateTime dueAt(const CaseState &c) const;
    // When 80 % of the working time to the due instant is used.
    QDateTime warnAt(const CaseState &c) const;
    // The earliest deadline already passed, or invalid when none has.
    QDateTime overdueSince(const CaseState &c, const QDateTime &now) const;
    // Writes the deadlines of the incident's current case state into it.
    void stamp(Incident &incident) const;

private:
    DeadlineStatus evaluate(const QDateTime &start, const QDateTime &deadline, const CaseState &c,
                            const QDateTime &now) const;

    WorkingCalendar m_calendar;
    TimeLimits m_limits;
};

} // namespace griddesk
