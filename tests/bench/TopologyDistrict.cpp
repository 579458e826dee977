#include "TopologyDistrict.h"

#include "GaussKruger.h"
#include "GeosContext.h"
#include "ProjTransform.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace griddesk::bench {

namespace {

using demo::GeosContext;
using Geom = GeosContext::Geom;

const double kGridArea = 250000.0; // m²
const int kGridsPerCommunity = 8;

QVector<GeoPoint> seedsIn(const GeosContext &g, const GEOSGeometry *area, int count, std::mt19937 &rng)
{
    double minx, miny, maxx, maxy;
    GEOSGeom_getXMin_r(g.handle(), area, &minx);
    GEOSGeom_getYMin_r(g.handle(), area, &miny);
    GEOSGeom_getXMax_r(g.handle(), area, &maxx);
    GEOSGeom_getYMax_r(g.handle(), area, &maxy);
    std::uniform_real_distribution<double> ux(minx, maxx), uy(miny, maxy);
    const GEOSPreparedGeometry *prep = GEOSPrepare_r(g.handle(), area);
    QVector<GeoPoint> seeds;
    while (seeds.size() < count) {
        const GeoPoint p{ux(rng), uy(rng)};
        Geom pt = g.point(p);
        if (GEOSPreparedContains_r(g.handle(), prep, pt.get()))
            seeds << p;
    }
    GEOSPreparedGeom_destroy_r(g.handle(), prep);
    return seeds;
}

// Voronoi cells of the seeds clipped to the area and snapped to 1 cm, so
// that neighbours share bit-identical vertices.
std::vector<Geom> cells(const GeosContext &g, const GEOSGeometry *area, const QVector<GeoPoint> &seeds)
{
    Geom pts = g.multipoint(seeds);
    Geom env = g.wrap(GEOSEnvelope_r(g.handle(), area));
    Geom big = g.wrap(GEOSBuffer_r(g.handle(), env.get(), 5000.0, 1));
    Geom diagram = g.wrap(GEOSVoronoiDiagram_r(g.handle(), pts.get(), big.get(), 0.0, 0));
    if (!diagram)
        throw std::runtime_error("GEOS could not build a Voronoi diagram");
    std::vector<Geom> out;
    for (int i = 0; i < GEOSGetNumGeometries_r(g.handle(), diagram.get()); ++i) {
        Geom clipped = g.wrap(GEOSIntersection_r(g.handle(), GEOSGetGeometryN_r(g.handle(), diagram.get(), i), area));
        Geom snapped = g.wrap(GEOSGeom_setPrecision_r(g.handle(), clipped.get(), 0.01, 0));
        if (snapped && !GEOSisEmpty_r(g.handle(), snapped.get()))
            out.push_back(std::move(snapped));
    }
    return out;
}

Geom unionOf(const GeosContext &g, const std::vector<Geom> &parts)
{
    std::vector<GEOSGeometry *> copies;
    for (const Geom &p : parts)
        copies.push_back(GEOSGeom_clone_r(g.handle(), p.get()));
    Geom all = g.wrap(GEOSGeom_createCollection_r(g.handle(), GEOS_GEOMETRYCOLLECTION, copies.data(),
                                                  unsigned(copies.size())));
    return g.wrap(GEOSUnaryUnion_r(g.handle(), all.get()));
}

// Extra points every `step` metres along each edge, always counted from the
// edge's lower end, so that two neighbours densify a shared edge identically.
MultiPolygon densified(const MultiPolygon &mp, double step)
{
    MultiPolygon out = mp;
    for (Polygon &p : out.polygons)
        for (Ring &r : p.rings) {
            Ring dense;
            for (int i = 0; i + 1 < r.size(); ++i) {
                const GeoPoint a = r[i], b = r[i + 1];
                dense << a;
                const int n = int(std::ceil(std::hypot(b.x - a.x, b.y - a.y) / step));
                const bool forward = a.x < b.x || (a.x == b.x && a.y < b.y);
                const GeoPoint lo = forward ? a : b, hi = forward ? b : a;
                for (int k = 1; k < n; ++k) {
                    const int j = forward ? k : n - k;
                    dense << GeoPoint{lo.x + (hi.x - lo.x) * j / n, lo.y + (hi.y - lo.y) * j / n};
                }
            }
            dense << r.last();
            r = dense;
        }
    return out;
}

int vertexCount(const MultiPolygon &mp)
{
    int n = 0;
    for (const Polygon &p : mp.polygons)
        for (const Ring &r : p.rings)
            n += int(r.size()) - 1;
    return n;
}

} // namespace

TopologyDistrict buildTopologyDistrict(int gridCount, int vertices, unsigned seed)
{
    GeosContext g;
    std::mt19937 rng(seed);
    const GeoPoint centre{119.45, 35.45};
    const int epsg = gausskruger::epsgForZone(gausskruger::zoneForLongitude(centre.x));
    demo::ProjTransform toGk(4490, epsg), toGeo(epsg, 4490);
    const GeoPoint c = toGk.forward(centre);
    const int communityCount = std::max(1, gridCount / kGridsPerCommunity);
    const double side = std::sqrt(gridCount * kGridArea);
    Geom district = g.polygon(Ring({{c.x - side / 2, c.y - side / 2}, {c.x + side / 2, c.y - side / 2},
                                    {c.x + side / 2, c.y + side / 2}, {c.x - side / 2, c.y + side / 2},
                                    {c.x - side / 2, c.y - side / 2}}));
    const std::vector<Geom> communityCells = cells(g, district.get(), seedsIn(g, district.get(), communityCount, rng));

    // Grids of each community, spread by area so the district has gridCount in all.
    double districtArea = 0.0;
    for (const Geom &cell : communityCells)
        districtArea += g.area(cell.get());
    std::vector<std::vector<Geom>> grids;
    int left = gridCount;
    for (std::size_t i = 0; i < communityCells.size(); ++i) {
        const int k = i + 1 == communityCells.size()
                          ? std::max(1, left)
                          : std::max(1, int(std::lround(gridCount * g.area(communityCells[i].get()) / districtArea)));
        left -= k;
        grids.push_back(cells(g, communityCells[i].get(), seedsIn(g, communityCells[i].get(), k, rng)));
    }
    double perimeter = 0.0;
    int cellsSeen = 0, cellVertices = 0;
    for (const auto &list : grids)
        for (const Geom &cell : list) {
            double len = 0.0;
            GEOSLength_r(g.handle(), cell.get(), &len);
            perimeter += len;
            cellVertices += vertexCount(g.toMultiPolygon(cell.get()));
            ++cellsSeen;
        }
    // An edge of length L densified every `step` gets ceil(L / step) points, about L / step + 1/2.
    const double step = perimeter / std::max(1.0, vertices * cellsSeen - 0.5 * cellVertices);

    TopologyDistrict out;
    long long totalVertices = 0;
    for (std::size_t i = 0; i < grids.size(); ++i) {
        const QString code = QStringLiteral("371102%1").arg(int(i) + 1, 6, 10, QLatin1Char('0'));
        AdminUnit community;
        community.code = code;
        community.parentCode = code.left(9) + QStringLiteral("000");
        community.name = community.shortName = code;
        community.level = AdminLevel::Community;
        // The union of its grids, so that its edges carry the grids' vertices.
        community.geometry = toGeo.forward(densified(g.toMultiPolygon(unionOf(g, grids[i]).get()), step));
        out.communities << community;
        for (std::size_t k = 0; k < grids[i].size(); ++k) {
            AdminUnit grid;
            grid.code = code + QStringLiteral("%1").arg(int(k) + 1, 3, 10, QLatin1Char('0'));
            grid.parentCode = code;
            grid.name = grid.shortName = grid.code;
            grid.level = AdminLevel::Grid;
            grid.geometry = toGeo.forward(densified(g.toMultiPolygon(grids[i][k].get()), step));
            totalVertices += vertexCount(grid.geometry);
            out.grids << grid;
        }
    }
    out.meanGridVertices = out.grids.isEmpty() ? 0.0 : double(totalVertices) / out.grids.size();
    return out;
}

} // namespace griddesk::bench
