#include "SplitLineTool.h"

namespace griddesk::map {

SplitLineTool::SplitLineTool(QgsMapCanvas *canvas)
    : PointCaptureTool(canvas, QgsWkbTypes::LineGeometry)
{
    setSnapping(true);
}

} // namespace griddesk::map
