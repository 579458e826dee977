#include "CommunityCheck.h"

#include "GroundProjection.h"
#include "PolygonOps.h"

namespace griddesk::topology {

namespace {

// GEOS refuses to build rings that are unclosed or too short; say so in
// GEOS's own validity words, so that TopologyText words them like the rest.
QString ringFault(const MultiPolygon &mp, GeoPoint *where)
{
    for (const Polygon &p : mp.polygons)
        for (const Ring &r : p.rings) {
            if (!r.isEmpty())
                *where = r.first();
            if (r.size() < 4)
                return QStringLiteral("Too few points in geometry component");
            if (!(r.first() == r.last()))
                return QStringLiteral("Ring is not closed");
        }
    return {};
}

} // namespace

CommunityCheck::CommunityCheck(GeosSession &geos, GroundProjection &projection, const TopologyOptions &options,
                               QVector<TopologyProblem> &problems)
    : m_geos(geos)
    , m_projection(projection)
    , m_options(options)
    , m_problems(problems)
{
}

bool CommunityCheck::run(const QString &communityCode, const AdminUnit *community,
                         const QVector<const AdminUnit *> &grids, const std::function<bool()> &step)
{
    GeoBounds where;
    if (community)
        where = polygon::bounds(community->geometry);
    for (const AdminUnit *g : grids)
        if (where.isEmpty())
            where = polygon::bounds(g->geometry);
    m_zone = GroundProjection::zoneFor(where.center().x);

    Shape boundary{communityCode, community ? usable(*community) : m_geos.wrap(nullptr)};
    std::vector<Shape> shapes;
    for (const AdminUnit *g : grids) {
        Shape s{g->code, usable(*g)};
        if (s.geom)
            shapes.push_back(std::move(s));
    }
    if (!boundary.geom && !grids.isEmpty()) {
        QStringList units{communityCode};
        for (const AdminUnit *g : grids)
            units << g->code;
        report(ProblemKind::NoCommunity, units, shapes.empty() ? nullptr : shapes.front().geom.get(), 0.0);
    }

    GEOSContextHandle_t h = m_geos.handle();
    GEOSSTRtree *tree = GEOSSTRtree_create_r(h, 10);
    std::vector<std::size_t> ids(shapes.size());
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        ids[i] = i;
        GEOSSTRtree_insert_r(h, tree, shapes[i].geom.get(), &ids[i]);
    }
    GeosSession::Prepared prepared = boundary.geom ? m_geos.prepare(boundary.geom.get())
                                                   : GeosSession::Prepared(nullptr, {h});
    bool going = true;
    for (std::size_t i = 0; i < shapes.size() && going; ++i) {
        checkGrid(i, shapes, tree, boundary.geom ? &boundary : nullptr, prepared.get());
        going = step();
    }
    // Grids without a usable geometry still count as steps.
    for (int i = int(shapes.size()); i < grids.size() && going; ++i)
        going = step();
    GEOSSTRtree_destroy_r(h, tree);
    if (!going)
        return false;
    if (boundary.geom)
        checkCoverage(shapes, boundary);
    return step();
}

GeosSession::Geom CommunityCheck::usable(const AdminUnit &unit)
{
    if (unit.geometry.isEmpty()) {
        if (unit.level == AdminLevel::Grid)
            report(ProblemKind::MissingGeometry, {unit.code}, nullptr, 0.0);
        return m_geos.wrap(nullptr);
    }
    GeoPoint first;
    const QString fault = ringFault(unit.geometry, &first);
    if (!fault.isEmpty()) {
        TopologyProblem p{ProblemKind::InvalidGeometry, {unit.code}, fault, first, true, 0.0};
        m_problems << p;
        return m_geos.wrap(nullptr);
    }
    GeosSession::Geom g = m_geos.multiPolygon(unit.geometry);
    if (!g) {
        TopologyProblem p{ProblemKind::InvalidGeometry, {unit.code}, m_geos.lastError(), first, true, 0.0};
        m_problems << p;
        return g;
    }
    GEOSContextHandle_t h = m_geos.handle();
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    if (GEOSisValidDetail_r(h, g.get(), 0, &reason, &location) == 1)
        return g;
    GeosSession::Geom at = m_geos.wrap(location);
    const QString why = reason ? QString::fromUtf8(reason) : m_geos.lastError();
    GEOSFree_r(h, reason);
    GeosSession::Geom repaired = polygonalPart(m_geos.wrap(GEOSMakeValid_r(h, g.get())));
    report(ProblemKind::InvalidGeometry, {unit.code}, at ? at.get() : g.get(),
           groundArea(repaired.get()), why);
    return repaired;
}

void CommunityCheck::checkGrid(std::size_t i, const std::vector<Shape> &shapes, GEOSSTRtree *tree,
                               const Shape *community, const GEOSPreparedGeometry *preparedCommunity)
{
    GEOSContextHandle_t h = m_geos.handle();
    const GEOSGeometry *grid = shapes[i].geom.get();
    if (community && !GEOSPreparedCovers_r(h, preparedCommunity, grid)) {
        GeosSession::Geom out = polygonalPart(m_geos.wrap(GEOSDifference_r(h, grid, community->geom.get())));
        const double area = groundArea(out.get());
        if (area > m_options.noiseM2)
            report(ProblemKind::OutsideCommunity, {shapes[i].code, community->code}, out.get(), area);
    }
    struct Query {
        std::size_t self;
        std::vector<std::size_t> later;
    } q{i, {}};
    GEOSSTRtree_query_r(h, tree, grid, [](void *item, void *data) {
        auto *query = static_cast<Query *>(data);
        const std::size_t j = *static_cast<std::size_t *>(item);
        if (j > query->self)
            query->later.push_back(j);
    }, &q);
    if (q.later.empty())
        return;
    GeosSession::Prepared prepared = m_geos.prepare(grid);
    for (std::size_t j : q.later) {
        if (!GEOSPreparedIntersects_r(h, prepared.get(), shapes[j].geom.get()))
            continue;
        GeosSession::Geom both = polygonalPart(m_geos.wrap(GEOSIntersection_r(h, grid, shapes[j].geom.get())));
        const double area = groundArea(both.get());
        if (area > m_options.noiseM2)
            report(ProblemKind::Overlap, {shapes[i].code, shapes[j].code}, both.get(), area);
    }
}

void CommunityCheck::checkCoverage(const std::vector<Shape> &shapes, const Shape &community)
{
    GEOSContextHandle_t h = m_geos.handle();
    std::vector<GEOSGeometry *> copies;
    for (const Shape &s : shapes)
        copies.push_back(GEOSGeom_clone_r(h, s.geom.get()));
    GeosSession::Geom all = m_geos.wrap(
        GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, copies.data(), unsigned(copies.size())));
    GeosSession::Geom covered = m_geos.wrap(GEOSUnaryUnion_r(h, all.get()));
    GeosSession::Geom open = polygonalPart(
        m_geos.wrap(covered ? GEOSDifference_r(h, community.geom.get(), covered.get())
                            : GEOSGeom_clone_r(h, community.geom.get())));
    if (!open)
        return;
    const int n = GEOSGetNumGeometries_r(h, open.get());
    for (int k = 0; k < n; ++k) {
        const GEOSGeometry *piece = GEOSGetGeometryN_r(h, open.get(), k);
        const double area = groundArea(piece);
        if (area > m_options.gapToleranceM2)
            report(ProblemKind::Gap, {community.code}, piece, area);
    }
}

void CommunityCheck::report(ProblemKind kind, const QStringList &units, const GEOSGeometry *where, double area,
                            const QString &detail)
{
    TopologyProblem p;
    p.kind = kind;
    p.units = units;
    p.detail = detail;
    p.areaM2 = area;
    if (where) {
        p.location = m_geos.interiorPoint(where);
        p.located = true;
    }
    m_problems << p;
}

double CommunityCheck::groundArea(const GEOSGeometry *lonLat)
{
    // Most results are the shared edges of neighbours, with no area to measure.
    const double degrees = lonLat ? m_geos.area(lonLat) : 0.0;
    if (degrees <= 0.0)
        return 0.0;
    // The piece's area in lon/lat, scaled by its envelope's ground area per
    // square degree. Projecting the piece itself would bend its long straight
    // edges: a sliver between an edge and a vertex split onto it (a
    // T-junction, which has no area in the stored coordinates) would gain
    // square metres of curvature.
    GeosSession::Geom envelope = m_geos.wrap(GEOSEnvelope_r(m_geos.handle(), lonLat));
    const double envelopeDegrees = envelope ? m_geos.area(envelope.get()) : 0.0;
    if (envelopeDegrees <= 0.0)
        return 0.0;
    return degrees * m_projection.areaM2(m_geos.handle(), envelope.get(), m_zone) / envelopeDegrees;
}

// The polygons of a result as one MultiPolygon (lines and points of a
// touching edge or corner have no area and are dropped); null when none.
GeosSession::Geom CommunityCheck::polygonalPart(GeosSession::Geom g) const
{
    if (!g)
        return g;
    GEOSContextHandle_t h = m_geos.handle();
    std::vector<GEOSGeometry *> polygons;
    const int n = GEOSGetNumGeometries_r(h, g.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(h, g.get(), i);
        const int type = GEOSGeomTypeId_r(h, part);
        if (type == GEOS_POLYGON && !GEOSisEmpty_r(h, part)) {
            polygons.push_back(GEOSGeom_clone_r(h, part));
        } else if (type == GEOS_MULTIPOLYGON) {
            for (int k = 0; k < GEOSGetNumGeometries_r(h, part); ++k)
                polygons.push_back(GEOSGeom_clone_r(h, GEOSGetGeometryN_r(h, part, k)));
        }
    }
    if (polygons.empty())
        return m_geos.wrap(nullptr);
    return m_geos.wrap(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(), unsigned(polygons.size())));
}

} // namespace griddesk::topology
