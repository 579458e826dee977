#include "BoundaryGeometry.h"
#include "BoundaryCrs.h"
#include "GpkgGeometry.h"
#include "PolygonOps.h"
#include "topology/TopologyText.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

namespace griddesk::boundaries {

namespace {

// China with a margin: a file read in the wrong CRS lands far outside it.
bool inChina(const GeoBounds &b)
{
    return b.minX >= 70.0 && b.maxX <= 140.0 && b.minY >= 0.0 && b.maxY <= 56.0;
}

} // namespace

BoundaryGeometry::BoundaryGeometry(int sourceEpsg)
{
    if (sourceEpsg != BoundaryCrs::kStored)
        m_toStored = BoundaryCrs::transformation(sourceEpsg, BoundaryCrs::kStored);
}

BoundaryGeometry::~BoundaryGeometry() = default;

bool BoundaryGeometry::convert(const OGRGeometry *geometry, MultiPolygon *out, QString *problem)
{
    if (!geometry || geometry->IsEmpty()) {
        *problem = tr("no geometry");
        return false;
    }
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    std::unique_ptr<OGRGeometry> g;
    if (type == wkbPolygon || type == wkbMultiPolygon)
        g.reset(geometry->clone());
    else if (type == wkbCurvePolygon || type == wkbMultiSurface)
        g.reset(geometry->getLinearGeometry());
    if (!g) {
        *problem = tr("a %1, not a polygon").arg(QString::fromUtf8(OGRGeometryTypeToName(type)));
        return false;
    }
    g->flattenTo2D();
    if (m_toStored && g->transform(m_toStored.get()) != OGRERR_NONE) {
        *problem = tr("cannot be converted to EPSG:4490");
        return false;
    }
    QByteArray wkb(int(g->WkbSize()), '\0');
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    if (!gpkggeometry::decodeMultiPolygon(wkb, out) || out->isEmpty()) {
        *problem = tr("no geometry");
        return false;
    }
    const GeoBounds b = polygon::bounds(*out);
    if (!inChina(b)) {
        *problem = tr("lies at %1, %2 (lon, lat), outside China: is the coordinate system right?")
                       .arg(b.center().x, 0, 'f', 6)
                       .arg(b.center().y, 0, 'f', 6);
        return false;
    }
    topology::GeosSession::Geom shape = m_geos.multiPolygon(*out);
    if (!shape) {
        *problem = tr("invalid geometry: %1").arg(topology::TopologyText::invalidReason(m_geos.lastError()));
        return false;
    }
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    GEOSContextHandle_t h = m_geos.handle();
    if (GEOSisValidDetail_r(h, shape.get(), 0, &reason, &location) == 1)
        return true;
    const topology::GeosSession::Geom at = m_geos.wrap(location);
    double x = 0.0, y = 0.0;
    if (at) {
        GEOSGeomGetX_r(h, at.get(), &x);
        GEOSGeomGetY_r(h, at.get(), &y);
    }
    *problem = tr("invalid geometry: %1 at %2, %3 (lon, lat)")
                   .arg(topology::TopologyText::invalidReason(QString::fromUtf8(reason ? reason : "")))
                   .arg(x, 0, 'f', 6)
                   .arg(y, 0, 'f', 6);
    GEOSFree_r(h, reason);
    return false;
}

std::unique_ptr<OGRGeometry> BoundaryGeometry::toOgr(const MultiPolygon &stored, OGRCoordinateTransformation *toTarget)
{
    const QByteArray wkb = gpkggeometry::toWkb(gpkggeometry::encodeMultiPolygon(stored));
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, int(wkb.size()), wkbVariantIso)
        != OGRERR_NONE)
        return nullptr;
    std::unique_ptr<OGRGeometry> g(raw);
    if (toTarget && g->transform(toTarget) != OGRERR_NONE)
        return nullptr;
    return g;
}

} // namespace griddesk::boundaries
