#include "DeadlineClock.h"

#include <algorithm>
#include <utility>

namespace griddesk {

namespace {
int urgency(DeadlineStatus s)
{
    switch (s) {
    case DeadlineStatus::Overdue: return 5;
    case DeadlineStatus::ClosedLate: return 4;
    case DeadlineStatus::Warning: return 3;
    case DeadlineStatus::OnTime: return 2;
    case DeadlineStatus::ClosedOnTime: return 1;
    case DeadlineStatus::None: return 0;
    }
    return 0;
}
} // namespace

DeadlineClock::DeadlineClock(const WorkingCalendar &calendar, TimeLimits limits)
    : m_calendar(calendar)
    , m_limits(std::move(limits))
{
}

QDateTime DeadlineClock::businessDeadline(const CaseState &c) const
{
    if (!c.acceptedAt.isValid())
        return {};
    return m_calendar.addWorkingDays(c.acceptedAt, m_limits.caseDays);
}

QDateTime DeadlineClock::nodeDeadline(const CaseState &c) const
{
    const WorkflowNode node = c.node();
    if (node == WorkflowNode::None || !c.nodeStartedAt.isValid())
        return {};
    return m_calendar.addWorkingDays(c.nodeStartedAt, m_limits.nodeDays(node));
}

DeadlineStatus DeadlineClock::evaluate(const QDateTime &start, const QDateTime &deadline, const CaseState &c,
                                       const QDateTime &now) const
{
    if (!deadline.isValid())
        return DeadlineStatus::None;
    if (!incidentstate::isOpen(c.state)) {
        if (!c.closedAt.isValid())
            return DeadlineStatus::None;
        return c.closedAt <= deadline ? DeadlineStatus::ClosedOnTime : DeadlineStatus::ClosedLate;
    }
    if (now > deadline)
        return DeadlineStatus::Overdue;
    const qint64 total = m_calendar.workingSecondsBetween(start, deadline);
    const qint64 used = m_calendar.workingSecondsBetween(start, now);
    if (total > 0 && double(used) / double(total) >= deadlinestatus::kWarningFraction)
        return DeadlineStatus::Warning;
    return DeadlineStatus::OnTime;
}

DeadlineStatus DeadlineClock::businessStatus(const CaseState &c, const QDateTime &now) const
{
    return evaluate(c.acceptedAt, businessDeadline(c), c, now);
}

DeadlineStatus DeadlineClock::nodeStatus(const CaseState &c, const QDateTime &now) const
{
    if (!incidentstate::isOpen(c.state))
        return DeadlineStatus::None;
    return evaluate(c.nodeStartedAt, nodeDeadline(c), c, now);
}

DeadlineStatus DeadlineClock::status(const CaseState &c, const QDateTime &now) const
{
    const DeadlineStatus a = businessStatus(c, now);
    const DeadlineStatus b = nodeStatus(c, now);
    return urgency(a) >= urgency(b) ? a : b;
}

QDateTime DeadlineClock::dueAt(const CaseState &c) const
{
    if (!incidentstate::isOpen(c.state))
        return {};
    const QDateTime business = businessDeadline(c);
    const QDateTime node = nodeDeadline(c);
    if (!business.isValid())
        return node;
    if (!node.isValid())
        return business;
    return std::min(business, node);
}

QDateTime DeadlineClock::warnAt(const CaseState &c) const
{
    if (!incidentstate::isOpen(c.state))
        return {};
    QDateTime earliest;
    const auto consider = [&](const QDateTime &start, const QDateTime &deadline) {
        if (!start.isValid() || !deadline.isValid())
            return;
        const qint64 total = m_calendar.workingSecondsBetween(start, deadline);
        const QDateTime w = m_calendar.addWorkingSeconds(start, qint64(double(total) * deadlinestatus::kWarningFraction));
        if (!earliest.isValid() || w < earliest)
            earliest = w;
    };
    consider(c.acceptedAt, businessDeadline(c));
    consider(c.nodeStartedAt, nodeDeadline(c));
    return earliest;
}

QDateTime DeadlineClock::overdueSince(const CaseState &c, const QDateTime &now) const
{
    if (!incidentstate::isOpen(c.state))
        return {};
    QDateTime since;
    for (const QDateTime &d : {businessDeadline(c), nodeDeadline(c)})
        if (d.isValid() && d < now && (!since.isValid() || d < since))
            since = d;
    return since;
}

void DeadlineClock::stamp(Incident &incident) const
{
    const CaseState c = incident.caseState();
    incident.deadlineAt = businessDeadline(c);
    incident.nodeDeadlineAt = incidentstate::isOpen(c.state) ? nodeDeadline(c) : QDateTime();
    incident.dueAt = dueAt(c);
    incident.warnAt = warnAt(c);
}

} // namespace griddesk
