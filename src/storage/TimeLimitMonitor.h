#pragma once
// Applies automatic supervision and escalation to every open case of a store:
// the system's own workflow actions, written like anyone else's.

#include "EscalationPolicy.h"

#include <QDateTime>
#include <QStringList>

namespace griddesk {

class Store;

struct MonitorResult {
    int supervised = 0;
    int escalated = 0;
    QStringList errors; // one line per case that could not be updated
};

class TimeLimitMonitor
{
public:
    explicit TimeLimitMonitor(EscalationSettings settings = {});
    MonitorResult run(Store &store, const QDateTime &now) const;

private:
    EscalationSettings m_settings;
};

} // namespace griddesk
