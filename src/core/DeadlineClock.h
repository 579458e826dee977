#pragma once
// The two clocks of a case on the working-day calendar: the business clock
// runs from acceptance to closure; the node clock restarts at each workflow
// node (dispatch, transfer and escalation restart it).

#include "CaseState.h"
#include "DeadlineStatus.h"
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
    // The earliest deadline already passed, or invalid when none has.
    QDateTime overdueSince(const CaseState &c, const QDateTime &now) const;

private:
    DeadlineStatus evaluate(const QDateTime &start, const QDateTime &deadline, const CaseState &c,
                            const QDateTime &now) const;

    WorkingCalendar m_calendar;
    TimeLimits m_limits;
};

} // namespace griddesk
