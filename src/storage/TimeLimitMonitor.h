#pragma once
// Applies automatic supervision and escalation to every open case and
// meeting task of a store:
// the system's own workflow actions, written like anyone else's.

#include "EscalationPolicy.h"

#include <QDateTime>
#include <QStringList>

namespace griddesk {

class Store;

struct MonitorResult {
    int supervised = 0;
    int escalated = 0;
    int tasksSupervised = 0; // meeting tasks
    int tasksEscalated = 0;
    QStringList errors; // one line per case or task that could not be updated
};

class TimeLimitMonitor
{
public:
    // Uses the store's own escalation settings (the grace period an administrator set).
    MonitorResult run(Store &store, const QDateTime &now) const;
};

} // namespace griddesk
