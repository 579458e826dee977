#pragma once
// Plain geometry value types in geographic coordinates (x = lon, y = lat) or
// projected metres; which one is always clear from the calling context.

#include <QVector>

namespace griddesk {

struct GeoPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const GeoPoint &a, const GeoPoint &b) { return a.x == b.x && a.y == b.y; }
};

struct GeoBounds {
    double minX = 0.0, minY = 0.0, maxX = -1.0, maxY = -1.0;
    bool isEmpty() const { return maxX < minX || maxY < minY; }
    bool contains(const GeoPoint &p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    void include(const GeoPoint &p)
    {
        if (isEmpty()) { minX = maxX = p.x; minY = maxY = p.y; return; }
        if (p.x < minX) minX = p.x;
        if (p.x > maxX) maxX = p.x;
        if (p.y < minY) minY = p.y;
        if (p.y > maxY) maxY = p.y;
    }
    void include(const GeoBounds &b)
    {
        if (b.isEmpty()) return;
        include(GeoPoint{b.minX, b.minY});
        include(GeoPoint{b.maxX, b.maxY});
    }
    GeoPoint center() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }
};

// A closed ring: the first point is repeated at the end.
using Ring = QVector<GeoPoint>;

// Exterior ring first, then holes.
struct Polygon {
    QVector<Ring> rings;
};

struct MultiPolygon {
    QVector<Polygon> polygons;
    bool isEmpty() const { return polygons.isEmpty(); }
};

} // namespace griddesk
