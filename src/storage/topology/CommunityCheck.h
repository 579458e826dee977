#pragma once
// The topology rules for one community and its grids, in the community's
// stored lon/lat (where its edges are straight), with areas measured on the
// ground; TopologyCheck runs it for each community.

#include "AdminUnit.h"
#include "GeosSession.h"
#include "TopologyProblem.h"

#include <QVector>

#include <functional>
#include <vector>

namespace griddesk::topology {

class GroundProjection;

class CommunityCheck
{
public:
    CommunityCheck(GeosSession &geos, GroundProjection &projection, const TopologyOptions &options,
                   QVector<TopologyProblem> &problems);

    // community may be null (its code is not in the data). step() is called
    // after each grid and after the coverage; it returns false to stop, and
    // then run() returns false.
    bool run(const QString &communityCode, const AdminUnit *community, const QVector<const AdminUnit *> &grids,
             const std::function<bool()> &step);

private:
    struct Shape {
        QString code;
        GeosSession::Geom geom;
    };
    // The unit's geometry, valid (repaired by GEOS when it is not,
    // and then reported); null when there is none to use.
    GeosSession::Geom usable(const AdminUnit &unit);
    void checkGrid(std::size_t i, const std::vector<Shape> &shapes, GEOSSTRtree *tree, const Shape *community,
                   const GEOSPreparedGeometry *preparedCommunity);
    void checkCoverage(const std::vector<Shape> &shapes, const Shape &community);
    void report(ProblemKind kind, const QStringList &units, const GEOSGeometry *where, double area,
                const QString &detail = {});
    GeosSession::Geom polygonalPart(GeosSession::Geom g) const;
    double groundArea(const GEOSGeometry *lonLat);

    GeosSession &m_geos;
    GroundProjection &m_projection;
    const TopologyOptions &m_options;
    QVector<TopologyProblem> &m_problems;
    int m_zone = 0;
};

} // namespace griddesk::topology
