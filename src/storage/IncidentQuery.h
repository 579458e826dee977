#pragma once
// Filters for reading incidents. Empty fields mean "any".

#include "IncidentState.h"

#include <QString>
#include <QVector>

namespace griddesk {

struct IncidentQuery {
    QVector<IncidentState> states;
    QString unitCode; // a grid, community or township code: the incident lies within it
    int limit = -1;
};

} // namespace griddesk
