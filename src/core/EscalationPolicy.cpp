#include "EscalationPolicy.h"
#include "IncidentWorkflow.h"

#include <algorithm>

namespace griddesk {

EscalationPolicy::EscalationPolicy(const DeadlineClock &clock, EscalationSettings settings)
    : m_clock(clock)
    , m_settings(settings)
{
}

QVector<WorkflowRequest> EscalationPolicy::due(const CaseState &c, const QDateTime &now) const
{
    QVector<WorkflowRequest> out;
    const QDateTime since = m_clock.overdueSince(c, now);
    if (!since.isValid())
        return out;
    auto system = [&](IncidentAction action, const QString &note) {
        WorkflowRequest q;
        q.action = action;
        q.role = Role::System;
        q.actor = tr("Time-limit monitor");
        q.at = now;
        q.note = note;
        return q;
    };
    const QString sinceText = since.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CaseState after = c;
    if (!c.supervised && c.node() != WorkflowNode::Accept) {
        WorkflowRequest q = system(IncidentAction::Supervise, tr("Overdue since %1: supervised automatically").arg(sinceText));
        if (IncidentWorkflow::check(after, q).isEmpty()) {
            IncidentWorkflow::apply(&after, q, nullptr);
            out.push_back(q);
        }
    }
    // The grace period runs from the deadline, or from the last escalation.
    const QDateTime graceStart = std::max(since, c.lastEscalatedAt.isValid() ? c.lastEscalatedAt : since);
    const qint64 grace = qint64(m_settings.graceWorkingDays) * 86400;
    if (m_clock.calendar().workingSecondsBetween(graceStart, now) >= grace) {
        const std::optional<AdminLevel> next = IncidentWorkflow::nextLevel(c.level);
        WorkflowRequest q = system(IncidentAction::Escalate,
                                   tr("Still overdue %1 working day(s) after %2: escalated to the %3 level")
                                       .arg(m_settings.graceWorkingDays)
                                       .arg(sinceText, next ? adminLevelName(*next) : QString()));
        if (IncidentWorkflow::check(after, q).isEmpty())
            out.push_back(q);
    }
    return out;
}

} // namespace griddesk
