#pragma once
// Click on the map to pick a location; reports it in lon/lat (EPSG:4490).

#include "GeoTypes.h"

#include <qgsmaptool.h>

namespace griddesk::map {

class PickPointTool : public QgsMapTool
{
    Q_OBJECT

public:
    explicit PickPointTool(QgsMapCanvas *canvas);
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;

Q_SIGNALS:
    void picked(const griddesk::GeoPoint &lonLat);
};

} // namespace griddesk::map
