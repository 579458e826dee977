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
    // Cases still open, and ended cases closed at or after this time
    // (indexed); invalid: any.
    QDateTime closedSince;
    // Paging in the result's order (newest report first, then highest id):
    // only the rows after this one. An invalid time starts at the top.
    QDateTime afterReportedAt;
    qint64 afterId = 0;
    int limit = -1;
};

} // namespace griddesk
