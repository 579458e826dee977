#pragma once
// A case as the assessment engine sees it: the stamps, places and workflow
// events that the KPIs count. The store reads these for a period; the engine
// works on them as plain values, so the dock, the exports, the meeting agenda
// and the command line all count the same way.

#include "AdminLevel.h"
#include "GeoTypes.h"
#include "IncidentAction.h"
#include "IncidentSource.h"
#include "IncidentState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

// One workflow action that a KPI counts (reply, rework, supervise, escalate),
// with its time. Closure and evaluation come from the case's own stamps;
// other actions are not carried.
struct KpiEvent {
    IncidentAction action = IncidentAction::Reply;
    QDateTime at;
};

struct KpiCase {
    qint64 id = 0;
    QString code;
    QString categoryCode;
    IncidentSource source = IncidentSource::GridWorker;
    IncidentState state = IncidentState::Reported;
    QDateTime reportedAt;
    QDateTime deadlineAt; // the business deadline from the working-day calendar; invalid before acceptance
    QDateTime closedAt;   // invalid while open
    QString gridCode;
    QString communityCode;
    QString townshipCode;
    QString leadDepartment;
    QString satisfaction; // Satisfaction code, empty until evaluated
    AdminLevel level = AdminLevel::Grid; // the level handling it now (escalation raises it)
    int reworkCount = 0;
    bool supervised = false;
    qint64 masterId = 0; // the case this one was merged into
    GeoPoint location;   // EPSG:4490
    QString address;
    QStringList parties;
    QVector<KpiEvent> events; // in time order

    // Rejected reports were never cases to handle, and a merged duplicate's
    // work is its master's: neither counts anywhere.
    bool counts() const { return state != IncidentState::Rejected && state != IncidentState::Merged; }
};

// A unit that figures are computed for: a township, community or grid from
// the division tree, or a department.
struct KpiUnit {
    QString code;
    QString parentCode;
    QString name;
    AdminLevel level = AdminLevel::Grid;
    bool department = false;
    qint64 population = 0; // residents; 0 when not known
};

// A grid screened at least once in an ISO week ("2026-W48").
struct KpiScreening {
    QString gridCode;
    QString isoWeek;
};

} // namespace griddesk
