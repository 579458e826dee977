#include "AreaDrawTool.h"
#include "LonLatGeometry.h"

namespace griddesk::map {

AreaDrawTool::AreaDrawTool(QgsMapCanvas *canvas)
    : PointCaptureTool(canvas, QgsWkbTypes::PolygonGeometry)
{
}

void AreaDrawTool::captured(const QgsGeometry &lonLat)
{
    Q_EMIT areaDrawn(toMultiPolygon(lonLat));
}

} // namespace griddesk::map
