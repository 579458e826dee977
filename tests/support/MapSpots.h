#pragma once
// Test helper: screen positions of lon/lat points on the console's canvas, and
// a spot inside the township where no incident marker is drawn nearby.

#include "PolygonOps.h"
#include "Store.h"

#include <QPoint>

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <optional>

namespace griddesk::test {

inline QPoint screenPoint(QgsMapCanvas *canvas, const GeoPoint &lonLat)
{
    const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem::fromEpsgId(4490), canvas->mapSettings().destinationCrs(),
                                    QgsProject::instance()->transformContext());
    const QgsPointXY s = canvas->getCoordinateTransform()->transform(ct.transform(QgsPointXY(lonLat.x, lonLat.y)));
    return QPoint(int(s.x()), int(s.y()));
}

// A point well inside a grid (no boundary line under it) with no incident
// within `minPixels` on screen.
inline std::optional<GeoPoint> freeSpot(const Store &store, QgsMapCanvas *canvas, int minPixels = 20)
{
    const QVector<Incident> existing = store.incidents();
    const AdminUnit township = store.adminUnits(int(AdminLevel::Township)).first();
    const GeoBounds box = polygon::bounds(township.geometry);
    for (double y = box.minY; y < box.maxY; y += (box.maxY - box.minY) / 60)
        for (double x = box.minX; x < box.maxX; x += (box.maxX - box.minX) / 60) {
            const GeoPoint c{x, y};
            bool inside = true;
            for (const GeoPoint &o : {GeoPoint{x - 0.003, y}, GeoPoint{x + 0.003, y}, GeoPoint{x, y - 0.003}, GeoPoint{x, y + 0.003}})
                inside = inside && polygon::contains(township.geometry, o);
            if (!inside || !store.gridAt(c))
                continue;
            bool alone = true;
            for (const Incident &i : existing)
                alone = alone && (screenPoint(canvas, i.location) - screenPoint(canvas, c)).manhattanLength() > minPixels;
            if (alone)
                return c;
        }
    return std::nullopt;
}

} // namespace griddesk::test
