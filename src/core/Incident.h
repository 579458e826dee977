#pragma once
// An incident as stored, with its place in the grid hierarchy resolved.

#include "GeoTypes.h"
#include "IncidentSource.h"
#include "IncidentState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace griddesk {

struct Incident {
    qint64 id = 0;
    QString code; // human-readable case number, e.g. SJ-20261126-0007
    QString categoryCode;
    QString title;
    QString description;
    QString address;
    QString reporter;
    QStringList parties; // the people or organisations involved
    IncidentSource source = IncidentSource::GridWorker;
    IncidentState state = IncidentState::Reported;
    QDateTime reportedAt;
    QDateTime deadlineAt;
    QDateTime closedAt;
    QString gridCode;
    QString communityCode;
    QString townshipCode;
    GeoPoint location; // EPSG:4490
};

} // namespace griddesk
