#pragma once
// Draws an area on the map (see PointCaptureTool for the clicks and keys)
// and hands it over in EPSG:4490 (lon, lat).

#include "GeoTypes.h"
#include "PointCaptureTool.h"

namespace griddesk::map {

class AreaDrawTool : public PointCaptureTool
{
    Q_OBJECT

public:
    explicit AreaDrawTool(QgsMapCanvas *canvas);

    int cornerCount() const { return pointCount(); }

Q_SIGNALS:
    // A closed outline of at least three corners.
    void areaDrawn(const griddesk::MultiPolygon &lonLat);

protected:
    void captured(const QgsGeometry &lonLat) override;
};

} // namespace griddesk::map
