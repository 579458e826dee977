#pragma once
// Draws the line along which a grid is split (see PointCaptureTool for the
// clicks and keys), snapping to the grids and the community boundary, and
// hands it over in EPSG:4490 (lon, lat).

#include "PointCaptureTool.h"

namespace griddesk::map {

class SplitLineTool : public PointCaptureTool
{
    Q_OBJECT

public:
    explicit SplitLineTool(QgsMapCanvas *canvas);

Q_SIGNALS:
    void lineDrawn(const QgsGeometry &lonLat);

protected:
    void captured(const QgsGeometry &lonLat) override { Q_EMIT lineDrawn(lonLat); }
};

} // namespace griddesk::map
