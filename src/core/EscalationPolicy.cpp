#include "EscalationPolicy.h"
#include "IncidentWorkflow.h"
#include "SystemNote.h"

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
        q.actor = SystemNote::monitorActor();
        q.at = now;
        q.note = note;
        return q;
    };
    CaseState after = c;
    if (!c.supervised && c.node() != WorkflowNode::Accept) {
        WorkflowRequest q = system(IncidentAction::Supervise, SystemNote::overdueSupervised(since).toStored());
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
        // The note is a code: each reader sees it in their own language.
        WorkflowRequest q = system(IncidentAction::Escalate,
                                   SystemNote::overdueEscalated(m_settings.graceWorkingDays, since,
                                                                next.value_or(c.level)).toStored());
        if (IncidentWorkflow::check(after, q).isEmpty())
            out.push_back(q);
    }
    return out;
}

} // namespace griddesk
