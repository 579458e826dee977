#include "VoronoiCells.h"

#include <cmath>
#include <stdexcept>

namespace griddesk::demo {

using Geom = GeosContext::Geom;

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

std::vector<Geom> voronoiCells(const GeosContext &g, const GEOSGeometry *area, const QVector<GeoPoint> &seeds,
                               bool ordered)
{
    Geom pts = g.multipoint(seeds);
    Geom env = g.wrap(GEOSEnvelope_r(g.handle(), area));
    Geom big = g.wrap(GEOSBuffer_r(g.handle(), env.get(), 5000.0, 1));
    Geom diagram = g.wrap(GEOSVoronoiDiagram_r(g.handle(), pts.get(), big.get(), 0.0, 0));
    if (!diagram)
        throw std::runtime_error("GEOS could not build a Voronoi diagram");
    std::vector<Geom> out(ordered ? size_t(seeds.size()) : 0);
    const int n = GEOSGetNumGeometries_r(g.handle(), diagram.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *cell = GEOSGetGeometryN_r(g.handle(), diagram.get(), i);
        Geom clipped = g.wrap(GEOSIntersection_r(g.handle(), cell, area));
        Geom snapped = g.wrap(GEOSGeom_setPrecision_r(g.handle(), clipped.get(), 0.01, 0));
        if (!snapped || GEOSisEmpty_r(g.handle(), snapped.get()))
            continue;
        if (!ordered) {
            out.push_back(std::move(snapped));
            continue;
        }
        // GEOS does not keep the seeds' order. A raw cell is convex, so its
        // centroid lies inside it, and the seed nearest to any point of a
        // cell is the cell's own.
        const GeoPoint c = g.centroid(cell);
        int nearest = 0;
        double best = 1e300;
        for (int s = 0; s < seeds.size(); ++s) {
            const double d = (seeds[s].x - c.x) * (seeds[s].x - c.x) + (seeds[s].y - c.y) * (seeds[s].y - c.y);
            if (d < best) {
                best = d;
                nearest = s;
            }
        }
        out[size_t(nearest)] = std::move(snapped);
    }
    return out;
}

Geom unionOf(const GeosContext &g, const std::vector<const GEOSGeometry *> &parts)
{
    std::vector<GEOSGeometry *> copies;
    for (const GEOSGeometry *p : parts)
        copies.push_back(GEOSGeom_clone_r(g.handle(), p));
    Geom all = g.wrap(GEOSGeom_createCollection_r(g.handle(), GEOS_GEOMETRYCOLLECTION, copies.data(),
                                                  unsigned(copies.size())));
    return g.wrap(GEOSUnaryUnion_r(g.handle(), all.get()));
}

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

} // namespace griddesk::demo
