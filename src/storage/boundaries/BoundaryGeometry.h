#pragma once
// A boundary's geometry between a file's CRS and the stored EPSG:4490
// (lon, lat): OGR polygons in, checked (a polygon, not empty, valid, in
// China), and our polygons out again in the CRS a file is written in. PROJ
// does the conversion through OGR; WKB carries the shapes across.

#include "GeoTypes.h"
#include "topology/GeosSession.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class OGRCoordinateTransformation;
class OGRGeometry;

namespace griddesk::boundaries {

class BoundaryGeometry
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryGeometry)

public:
    // Reads geometries in `sourceEpsg`; throws StoreError when PROJ cannot convert it.
    explicit BoundaryGeometry(int sourceEpsg);
    ~BoundaryGeometry();

    // The geometry in EPSG:4490; false with *problem in words when it is
    // missing, not a polygon, invalid or far from China.
    bool convert(const OGRGeometry *geometry, MultiPolygon *out, QString *problem);

    // An OGR multipolygon of a stored geometry, converted by `toTarget` (none: as stored).
    static std::unique_ptr<OGRGeometry> toOgr(const MultiPolygon &stored, OGRCoordinateTransformation *toTarget);

private:
    std::unique_ptr<OGRCoordinateTransformation> m_toStored; // null when the file is in EPSG:4490
    topology::GeosSession m_geos;
};

} // namespace griddesk::boundaries
