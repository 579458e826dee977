#pragma once
// One row of an incident's append-only history: who did what, when, and the
// state before and after.

#include "IncidentState.h"

#include <QDateTime>
#include <QString>

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
};

} // namespace griddesk
