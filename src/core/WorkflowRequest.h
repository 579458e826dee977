#pragma once
// One workflow action someone asks for, with what it carries (a note, a
// department, a satisfaction grade, …). Stored in the history as it was applied.

#include "IncidentAction.h"
#include "Role.h"
#include "Satisfaction.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace griddesk {

struct WorkflowRequest {
    IncidentAction action = IncidentAction::Report;
    Role role = Role::CentreStaff;
    QString actor;
    QDateTime at;
    QString note;
    QString department;      // dispatch, transfer
    QStringList departments; // co-handle
    std::optional<Satisfaction> satisfaction; // evaluate
    qint64 masterId = 0;     // merge
};

} // namespace griddesk
