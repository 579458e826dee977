#pragma once
// One row of an incident's append-only history: who did what, when, and the
// state before and after.

#include "IncidentState.h"
#include "WorkflowRequest.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace griddesk {

struct IncidentHistoryEntry {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString action; // workflow action code: report, accept, dispatch, …
    QString actor;
    QDateTime at;
    IncidentState stateBefore = IncidentState::Reported;
    IncidentState stateAfter = IncidentState::Reported;
    bool hasStateBefore = false; // false for the first report
    QString note;
    // What the action carried, so that a replay rebuilds the case.
    QString role;                // Role code
    QString department;          // dispatch, transfer
    QStringList departments;     // co-handle
    QString satisfaction;        // evaluate (Satisfaction code)
    qint64 masterId = 0;         // merge

    WorkflowRequest toRequest() const
    {
        WorkflowRequest q;
        incidentaction::fromCode(action, &q.action);
        role::fromCode(role, &q.role);
        q.actor = actor;
        q.at = at;
        q.note = note;
        q.department = department;
        q.departments = departments;
        Satisfaction s;
        if (satisfaction::fromCode(satisfaction, &s))
            q.satisfaction = s;
        q.masterId = masterId;
        return q;
    }
};

} // namespace griddesk
