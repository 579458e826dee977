#pragma once
// Draws an area on the map: each left click adds a corner (a rubber band
// follows the cursor), a right click or a double click closes it, Backspace
// takes the last corner back and Esc starts again. The area is handed over
// in EPSG:4490 (lon, lat).

#include "GeoTypes.h"

#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <memory>

class QgsRubberBand;

namespace griddesk::map {

class AreaDrawTool : public QgsMapTool
{
    Q_OBJECT

public:
    explicit AreaDrawTool(QgsMapCanvas *canvas);
    ~AreaDrawTool() override;

    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

    int cornerCount() const { return m_points.size(); }

Q_SIGNALS:
    // A closed outline of at least three corners.
    void areaDrawn(const griddesk::MultiPolygon &lonLat);
    void cancelled();

private:
    void finish();
    void reset();
    void updateBand(const QgsPointXY *cursor);

    QVector<QgsPointXY> m_points; // map CRS
    std::unique_ptr<QgsRubberBand> m_band;
};

} // namespace griddesk::map
