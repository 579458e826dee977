#include "PolygonOps.h"

#include <algorithm>
#include <cmath>

namespace griddesk::polygon {

GeoBounds bounds(const Ring &ring)
{
    GeoBounds b;
    for (const GeoPoint &p : ring)
        b.include(p);
    return b;
}

GeoBounds bounds(const MultiPolygon &mp)
{
    GeoBounds b;
    for (const Polygon &p : mp.polygons)
        if (!p.rings.isEmpty())
            b.include(bounds(p.rings.first()));
    return b;
}

double signedArea(const Ring &ring)
{
    double sum = 0.0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
    return sum / 2.0;
}

double area(const Polygon &p)
{
    double a = 0.0;
    for (int i = 0; i < p.rings.size(); ++i)
        a += (i == 0 ? 1.0 : -1.0) * std::fabs(signedArea(p.rings[i]));
    return a;
}

double area(const MultiPolygon &mp)
{
    double a = 0.0;
    for (const Polygon &p : mp.polygons)
        a += area(p);
    return a;
}

static bool onSegment(const GeoPoint &a, const GeoPoint &b, const GeoPoint &p)
{
    const double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    if (std::fabs(cross) > 1e-12 * std::max(1.0, len))
        return false;
    return p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x) && p.y >= std::min(a.y, b.y)
        && p.y <= std::max(a.y, b.y);
}

static bool ringContains(const Ring &ring, const GeoPoint &pt, bool &onEdge)
{
    bool inside = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if (onSegment(a, b, pt)) {
            onEdge = true;
            return true;
        }
        if ((a.y > pt.y) != (b.y > pt.y) && pt.x < (b.x - a.x) * (pt.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool contains(const Polygon &p, const GeoPoint &pt)
{
    if (p.rings.isEmpty())
        return false;
    bool onEdge = false;
    if (!ringContains(p.rings.first(), pt, onEdge))
        return false;
    if (onEdge)
        return true;
    for (int i = 1; i < p.rings.size(); ++i) {
        bool holeEdge = false;
        if (ringContains(p.rings[i], pt, holeEdge) && !holeEdge)
            return false;
    }
    return true;
}

bool contains(const MultiPolygon &mp, const GeoPoint &pt)
{
    for (const Polygon &p : mp.polygons)
        if (contains(p, pt))
            return true;
    return false;
}

GeoPoint centroid(const MultiPolygon &mp)
{
    double cx = 0.0, cy = 0.0, total = 0.0;
    for (const Polygon &p : mp.polygons) {
        if (p.rings.isEmpty())
            continue;
        const Ring &r = p.rings.first();
        for (int i = 0; i + 1 < r.size(); ++i) {
            const double f = r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
            cx += (r[i].x + r[i + 1].x) * f;
            cy += (r[i].y + r[i + 1].y) * f;
            total += f;
        }
    }
    if (total == 0.0)
        return bounds(mp).center();
    return {cx / (3.0 * total), cy / (3.0 * total)};
}

} // namespace griddesk::polygon
