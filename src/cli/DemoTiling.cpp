#include "DemoTiling.h"
#include "GeosContext.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace griddesk::demo {

namespace {

using Geom = GeosContext::Geom;

Ring townshipOutline(const TilingOptions &o, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> phase(0.0, 2.0 * M_PI);
    const double a = phase(rng), b = phase(rng), c = phase(rng);
    Ring ring;
    const int n = 120;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * M_PI * i / n;
        const double r = o.radius * (1.0 + 0.16 * std::sin(2 * t + a) + 0.08 * std::sin(3 * t + b)
                                     + 0.035 * std::sin(7 * t + c));
        // Slightly wider east-west, as coastal townships along a shore road tend to be.
        ring.push_back({o.center.x + 1.15 * r * std::cos(t), o.center.y + 0.9 * r * std::sin(t)});
    }
    // Counter-clockwise with the first point repeated: a closed ring.
    ring.push_back(ring.first());
    return ring;
}

QVector<GeoPoint> seedPoints(const GeosContext &g, const GEOSGeometry *outline, int count, std::mt19937 &rng)
{
    double minx, miny, maxx, maxy;
    GEOSGeom_getXMin_r(g.handle(), outline, &minx);
    GEOSGeom_getYMin_r(g.handle(), outline, &miny);
    GEOSGeom_getXMax_r(g.handle(), outline, &maxx);
    GEOSGeom_getYMax_r(g.handle(), outline, &maxy);
    std::uniform_real_distribution<double> ux(minx, maxx), uy(miny, maxy);
    const GEOSPreparedGeometry *prep = GEOSPrepare_r(g.handle(), outline);
    // Best-candidate sampling spreads seeds evenly without looking gridded.
    QVector<GeoPoint> seeds;
    while (seeds.size() < count) {
        GeoPoint best;
        double bestDist = -1.0;
        for (int k = 0; k < 12; ++k) {
            GeoPoint p{ux(rng), uy(rng)};
            Geom pt = g.point(p);
            if (!GEOSPreparedContains_r(g.handle(), prep, pt.get()))
                continue;
            double d = 1e18;
            for (const GeoPoint &s : seeds)
                d = std::min(d, std::hypot(s.x - p.x, s.y - p.y));
            if (d > bestDist) {
                bestDist = d;
                best = p;
            }
        }
        if (bestDist >= 0.0)
            seeds.push_back(best);
    }
    GEOSPreparedGeom_destroy_r(g.handle(), prep);
    return seeds;
}

// Voronoi cells of the seeds clipped to the outline, snapped to a 1 cm grid so
// that neighbouring cells share bit-identical vertices.
std::vector<Geom> clippedCells(const GeosContext &g, const GEOSGeometry *outline, const QVector<GeoPoint> &seeds)
{
    Geom pts = g.multipoint(seeds);
    Geom env = g.wrap(GEOSEnvelope_r(g.handle(), outline));
    Geom big = g.wrap(GEOSBuffer_r(g.handle(), env.get(), 2000.0, 1));
    Geom cells = g.wrap(GEOSVoronoiDiagram_r(g.handle(), pts.get(), big.get(), 0.0, 0));
    if (!cells)
        throw std::runtime_error("GEOS could not build the Voronoi diagram");
    std::vector<Geom> out;
    const int n = GEOSGetNumGeometries_r(g.handle(), cells.get());
    for (int i = 0; i < n; ++i) {
        Geom clipped = g.wrap(GEOSIntersection_r(g.handle(), GEOSGetGeometryN_r(g.handle(), cells.get(), i), outline));
        Geom snapped = g.wrap(GEOSGeom_setPrecision_r(g.handle(), clipped.get(), 0.01, 0));
        if (snapped && !GEOSisEmpty_r(g.handle(), snapped.get()))
            out.push_back(std::move(snapped));
    }
    return out;
}

// Lloyd relaxation: move each seed to its cell's centroid, for even cells.
QVector<GeoPoint> relax(const GeosContext &g, const GEOSGeometry *outline, QVector<GeoPoint> seeds, int rounds)
{
    for (int r = 0; r < rounds; ++r) {
        std::vector<Geom> cells = clippedCells(g, outline, seeds);
        seeds.clear();
        for (const Geom &c : cells) {
            Geom centroid = g.wrap(GEOSGetCentroid_r(g.handle(), c.get()));
            GeoPoint p;
            GEOSGeomGetX_r(g.handle(), centroid.get(), &p.x);
            GEOSGeomGetY_r(g.handle(), centroid.get(), &p.y);
            seeds.push_back(p);
        }
    }
    return seeds;
}

bool adjacent(const GeosContext &g, const GEOSGeometry *a, const GEOSGeometry *b)
{
    Geom shared = g.wrap(GEOSIntersection_r(g.handle(), a, b));
    double len = 0.0;
    if (shared)
        GEOSLength_r(g.handle(), shared.get(), &len);
    return len > 1.0; // at least a metre of common boundary, not a corner touch
}

} // namespace

Tiling buildTiling(const TilingOptions &o)
{
    GeosContext g;
    std::mt19937 rng(o.seed);
    Geom outline = g.polygon(townshipOutline(o, rng));
    Geom outlineSnapped = g.wrap(GEOSGeom_setPrecision_r(g.handle(), outline.get(), 0.01, 0));

    const int gridCount = o.communities * o.gridsPerCommunity;
    QVector<GeoPoint> seeds = relax(g, outlineSnapped.get(), seedPoints(g, outlineSnapped.get(), gridCount, rng), 4);
    std::vector<Geom> cells = clippedCells(g, outlineSnapped.get(), seeds);
    const int n = int(cells.size());
    if (n < o.communities)
        throw std::runtime_error("too few grid cells for the communities");

    QVector<GeoPoint> centers;
    for (const Geom &c : cells)
        centers.push_back(g.centroid(c.get()));
    QVector<QVector<bool>> adj(n, QVector<bool>(n, false));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            adj[i][j] = adj[j][i] = adjacent(g, cells[size_t(i)].get(), cells[size_t(j)].get());

    // Community seeds: farthest-point sampling over the grid centres.
    QVector<int> owner(n, -1);
    QVector<int> commSeeds;
    commSeeds.push_back(0);
    while (commSeeds.size() < o.communities) {
        int best = -1;
        double bestD = -1;
        for (int i = 0; i < n; ++i) {
            double d = 1e18;
            for (int s : commSeeds)
                d = std::min(d, std::hypot(centers[i].x - centers[s].x, centers[i].y - centers[s].y));
            if (d > bestD) {
                bestD = d;
                best = i;
            }
        }
        commSeeds.push_back(best);
    }
    QVector<QVector<int>> members(o.communities);
    for (int c = 0; c < o.communities; ++c) {
        owner[commSeeds[c]] = c;
        members[c].push_back(commSeeds[c]);
    }
    // Grow communities in turns, smallest first, always by an adjacent grid:
    // every community stays one connected piece.
    bool grew = true;
    while (grew) {
        grew = false;
        QVector<int> order(o.communities);
        for (int c = 0; c < o.communities; ++c)
            order[c] = c;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return members[a].size() < members[b].size(); });
        for (int c : order) {
            int best = -1;
            double bestD = 1e18;
            const GeoPoint home = centers[commSeeds[c]];
            for (int m : members[c])
                for (int j = 0; j < n; ++j)
                    if (owner[j] < 0 && adj[m][j]) {
                        const double d = std::hypot(centers[j].x - home.x, centers[j].y - home.y);
                        if (d < bestD) {
                            bestD = d;
                            best = j;
                        }
                    }
            if (best >= 0) {
                owner[best] = c;
                members[c].push_back(best);
                grew = true;
            }
        }
    }
    for (int i = 0; i < n; ++i)
        if (owner[i] < 0)
            throw std::runtime_error("a grid cell is not connected to any community");

    Tiling t;
    {
        // The township is the union of its grids, so that the tiling is exact
        // at its border too.
        std::vector<GEOSGeometry *> all;
        for (const Geom &c : cells)
            all.push_back(GEOSGeom_clone_r(g.handle(), c.get()));
        Geom coll = g.wrap(GEOSGeom_createCollection_r(g.handle(), GEOS_GEOMETRYCOLLECTION, all.data(),
                                                       unsigned(all.size())));
        Geom u = g.wrap(GEOSUnaryUnion_r(g.handle(), coll.get()));
        t.township = g.toMultiPolygon(u.get());
    }
    for (int c = 0; c < o.communities; ++c) {
        std::vector<GEOSGeometry *> parts;
        QVector<MultiPolygon> grids;
        // Order grids north-west to south-east so "第1网格" is where people expect.
        std::sort(members[c].begin(), members[c].end(), [&](int a, int b) {
            return centers[a].y - centers[a].x * 0.3 > centers[b].y - centers[b].x * 0.3;
        });
        for (int m : members[c]) {
            parts.push_back(GEOSGeom_clone_r(g.handle(), cells[size_t(m)].get()));
            grids.push_back(g.toMultiPolygon(cells[size_t(m)].get()));
        }
        Geom coll = g.wrap(GEOSGeom_createCollection_r(g.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                       unsigned(parts.size())));
        Geom u = g.wrap(GEOSUnaryUnion_r(g.handle(), coll.get()));
        t.communities.push_back(g.toMultiPolygon(u.get()));
        t.grids.push_back(grids);
    }
    return t;
}

} // namespace griddesk::demo
