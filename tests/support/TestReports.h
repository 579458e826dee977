#pragma once
// A case reported at the middle of a grid, and a case rejected, as a test writes them.

#include "AdminUnit.h"
#include "NewIncident.h"
#include "PolygonOps.h"
#include "WorkflowRequest.h"

#include <QDateTime>

namespace griddesk::test {

inline NewIncident reportIn(const AdminUnit &grid, const QString &title = QStringLiteral("楼道堆放杂物"),
                            const QString &category = QStringLiteral("security_hazard"))
{
    NewIncident n;
    n.location = polygon::centroid(grid.geometry);
    n.categoryCode = category;
    n.title = title;
    return n;
}

// The centre turns a reported case away (it ends, rejected).
inline WorkflowRequest rejection(const QString &actor)
{
    WorkflowRequest r;
    r.action = IncidentAction::Reject;
    r.actor = actor;
    r.note = QStringLiteral("不属于受理范围");
    r.at = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace griddesk::test
