#pragma once
// The workflow actions on an incident (上报, 受理, 不予受理, 派遣, 转办, 协办,
// 办理, 回复, 核查, 返工, 结案, 评价, 督办, 上报上级, 合并).

#include <QString>
#include <QVector>

namespace griddesk {

enum class IncidentAction {
    Report,
    Accept,
    Reject,
    Dispatch,
    Transfer,
    CoHandle,
    Handle,
    Reply,
    Verify,
    Rework,
    Close,
    Evaluate,
    Supervise,
    Escalate,
    Merge,
};

namespace incidentaction {

const QVector<IncidentAction> &all();
QString code(IncidentAction a); // stored in the history, e.g. "dispatch"
bool fromCode(const QString &code, IncidentAction *a);
QString displayName(IncidentAction a); // translated

} // namespace incidentaction
} // namespace griddesk
