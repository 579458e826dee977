#pragma once
// Workflow states of an incident, with their stored codes and display names.

#include <QString>
#include <QVector>

namespace griddesk {

enum class IncidentState {
    Reported,   // 上报, waiting to be accepted
    Accepted,   // 受理
    Dispatched, // 分流/派遣
    Handling,   // 办理
    Replied,    // 回复, waiting for verification
    Verified,   // 核查 done, waiting for closure or rework
    Closed,     // 结案
    Rejected,   // 不予受理
    Merged,     // merged into another case as a duplicate
};

namespace incidentstate {

const QVector<IncidentState> &all();
QString code(IncidentState s);               // stored value, e.g. "reported"
bool fromCode(const QString &code, IncidentState *s);
QString displayName(IncidentState s);        // translated
bool isOpen(IncidentState s);                // still needs work

} // namespace incidentstate
} // namespace griddesk
