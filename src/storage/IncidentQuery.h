#pragma once
// Filters for reading incidents. Empty fields mean "any".

#include "IncidentState.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace griddesk {

struct IncidentQuery {
    QVector<IncidentState> states;
    QString unitCode; // a grid, community or township code: the incident lies within it
    QDateTime reportedSince; // invalid: any time
    int limit = -1;
};

} // namespace griddesk
