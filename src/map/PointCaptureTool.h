#pragma once
// Captures a line or an outline on the map, point by point: each left click
// adds a point (a rubber band follows the cursor), a right click, a double
// click or Enter finishes, Backspace takes the last point back and Esc
// starts again. With snapping on, each point snaps to the canvas's snapping
// configuration and a marker shows where it will land. Subclasses receive
// the shape in EPSG:4490 (lon, lat).

#include "CanvasItem.h"

#include <qgsgeometry.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <memory>

class QgsRubberBand;
class QgsSnapIndicator;

namespace griddesk::map {

class PointCaptureTool : public QgsMapTool
{
    Q_OBJECT

public:
    PointCaptureTool(QgsMapCanvas *canvas, QgsWkbTypes::GeometryType kind);
    ~PointCaptureTool() override;

    void setSnapping(bool on) { m_snapping = on; }
    bool snapping() const { return m_snapping; }

    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

    int pointCount() const { return m_points.size(); }

Q_SIGNALS:
    void cancelled();

protected:
    // The finished shape, in EPSG:4490: a polygon, or a line.
    virtual void captured(const QgsGeometry &lonLat) = 0;

private:
    QgsPointXY pointOf(QgsMapMouseEvent *e);
    int minimumPoints() const { return m_kind == QgsWkbTypes::PolygonGeometry ? 3 : 2; }
    void finish();
    void reset();
    void updateBand(const QgsPointXY *cursor);

    QgsWkbTypes::GeometryType m_kind;
    bool m_snapping = false;
    QVector<QgsPointXY> m_points; // map CRS
    CanvasItem<QgsRubberBand> m_band;
    std::unique_ptr<QgsSnapIndicator> m_indicator;
};

} // namespace griddesk::map
