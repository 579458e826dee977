#pragma once
// The workflow-relevant state of one incident: where it is in the closed
// loop, who handles it at which level, and the times its clocks run from.
// It is what a replay of the history produces.

#include "AdminLevel.h"
#include "IncidentState.h"
#include "Satisfaction.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace griddesk {

// The workflow node a case waits in; each node has its own time limit.
enum class WorkflowNode { Accept, Dispatch, Handle, Verify, None };

struct CaseState {
    IncidentState state = IncidentState::Reported;
    AdminLevel level = AdminLevel::Grid; // the level now responsible
    QString leadDepartment;
    QStringList coDepartments;
    bool supervised = false;
    std::optional<Satisfaction> satisfaction;
    QDateTime reportedAt;
    QDateTime acceptedAt;     // the business clock starts here
    QDateTime nodeStartedAt;  // the node clock starts here
    QDateTime closedAt;
    QDateTime lastActionAt;
    QDateTime lastEscalatedAt;
    int reworkCount = 0;
    int escalations = 0;
    qint64 masterId = 0; // set when merged into another case

    WorkflowNode node() const
    {
        switch (state) {
        case IncidentState::Reported: return WorkflowNode::Accept;
        case IncidentState::Accepted: return WorkflowNode::Dispatch;
        case IncidentState::Dispatched:
        case IncidentState::Handling: return WorkflowNode::Handle;
        case IncidentState::Replied:
        case IncidentState::Verified: return WorkflowNode::Verify;
        default: return WorkflowNode::None;
        }
    }
};

} // namespace griddesk
