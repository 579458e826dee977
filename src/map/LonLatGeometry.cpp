#include "LonLatGeometry.h"

namespace griddesk::map {

QgsGeometry toQgsGeometry(const MultiPolygon &shape)
{
    QgsMultiPolygonXY parts;
    for (const Polygon &polygon : shape.polygons) {
        QgsPolygonXY rings;
        for (const Ring &ring : polygon.rings) {
            QgsPolylineXY line;
            line.reserve(ring.size());
            for (const GeoPoint &p : ring)
                line << QgsPointXY(p.x, p.y);
            rings << line;
        }
        parts << rings;
    }
    return parts.isEmpty() ? QgsGeometry() : QgsGeometry::fromMultiPolygonXY(parts);
}

MultiPolygon toMultiPolygon(const QgsGeometry &geometry)
{
    MultiPolygon out;
    if (geometry.isNull() || geometry.type() != QgsWkbTypes::PolygonGeometry)
        return out;
    const QgsMultiPolygonXY parts = geometry.isMultipart() ? geometry.asMultiPolygon() : QgsMultiPolygonXY{geometry.asPolygon()};
    for (const QgsPolygonXY &polygon : parts) {
        Polygon p;
        for (const QgsPolylineXY &ring : polygon) {
            Ring r;
            r.reserve(ring.size());
            for (const QgsPointXY &pt : ring)
                r << GeoPoint{pt.x(), pt.y()};
            p.rings << r;
        }
        if (!p.rings.isEmpty())
            out.polygons << p;
    }
    return out;
}

} // namespace griddesk::map
