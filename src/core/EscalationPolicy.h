#pragma once
// Automatic supervision and escalation: an overdue case is supervised; a case
// still overdue after a grace period (in working days) escalates one level,
// and again after each further grace period.

#include "DeadlineClock.h"
#include "WorkflowRequest.h"

#include <QVector>

namespace griddesk {

struct EscalationSettings {
    int graceWorkingDays = 2;
};

class EscalationPolicy
{
public:
    EscalationPolicy(const DeadlineClock &clock, EscalationSettings settings);
    // The system actions due for a case at `now`, in the order to apply them.
    QVector<WorkflowRequest> due(const CaseState &c, const QDateTime &now) const;

private:
    const DeadlineClock &m_clock;
    EscalationSettings m_settings;
};

} // namespace griddesk
