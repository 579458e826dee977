#include "TimeLimitMonitor.h"
#include "DeadlineClock.h"
#include "Store.h"
#include "StoreError.h"

#include <QHash>

namespace griddesk {

MonitorResult TimeLimitMonitor::run(Store &store, const QDateTime &now) const
{
    MonitorResult result;
    const WorkingCalendar calendar = store.calendar();
    const EscalationSettings settings = store.escalationSettings();
    QHash<QString, TimeLimits> limits;
    IncidentQuery open;
    open.states = {IncidentState::Accepted, IncidentState::Dispatched, IncidentState::Handling,
                   IncidentState::Replied, IncidentState::Verified};
    for (const Incident &i : store.incidents(open)) {
        // Only cases already past a deadline can need anything.
        if (!i.dueAt.isValid() || i.dueAt >= now)
            continue;
        if (!limits.contains(i.categoryCode))
            limits.insert(i.categoryCode, store.timeLimits(i.categoryCode));
        const DeadlineClock clock(calendar, limits.value(i.categoryCode));
        const EscalationPolicy policy(clock, settings);
        int version = i.rowVersion;
        for (const WorkflowRequest &q : policy.due(i.caseState(), now)) {
            try {
                version = store.applyAction(i.id, q, version).rowVersion;
                (q.action == IncidentAction::Escalate ? result.escalated : result.supervised)++;
            } catch (const StoreError &e) {
                result.errors << QStringLiteral("%1: %2").arg(i.code, e.message());
                break;
            }
        }
    }
    const TaskMonitorResult tasks = store.applyTaskDeadlines(now, TaskSettings{settings.graceWorkingDays});
    result.tasksSupervised = tasks.supervised;
    result.tasksEscalated = tasks.escalated;
    result.errors << tasks.errors;
    return result;
}

} // namespace griddesk
