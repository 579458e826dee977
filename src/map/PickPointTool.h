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
    // Enter confirms what was picked, Esc cancels (for picking several).
    void keyPressEvent(QKeyEvent *e) override;

Q_SIGNALS:
    void picked(const griddesk::GeoPoint &lonLat);
    void confirmed();
    void cancelled();
};

} // namespace griddesk::map
