#pragma once
// Reshapes grids by their vertices: drag a vertex (it snaps to neighbours
// and to the community boundary), double-click an edge to add a vertex,
// press Del to delete the vertex last picked. The tool finds vertices in
// the sketch and reports each edit in EPSG:4490; the sketch moves the
// neighbours' shared vertices with it.

#include "CanvasItem.h"

#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <QPointer>

#include <memory>

class QgsSnapIndicator;
class QgsVertexMarker;

namespace griddesk::map {

class GridSketch;

class VertexEditTool : public QgsMapTool
{
    Q_OBJECT

public:
    static constexpr double kPickPixels = 10.0;

    VertexEditTool(QgsMapCanvas *canvas, const GridSketch *sketch);
    ~VertexEditTool() override;

    void canvasPressEvent(QgsMapMouseEvent *e) override;
    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

    bool hasSelectedVertex() const { return m_hasSelected; }
    QgsPointXY selectedVertex() const { return m_selected; } // lon/lat

Q_SIGNALS:
    // Before the tool looks for a vertex at a pressed point (lon/lat), so
    // that the sketch can take up the community there.
    void aboutToEdit(const QgsPointXY &lonLat);
    void vertexMoved(const QgsPointXY &from, const QgsPointXY &to);
    void vertexAddRequested(const QgsPointXY &near, double toleranceDegrees);
    void vertexDeleteRequested(const QgsPointXY &at);

private:
    QgsPointXY toLonLat(const QgsPointXY &map) const;
    QgsPointXY toMap(const QgsPointXY &lonLat) const;
    double toleranceDegrees(const QgsPointXY &map) const;
    void select(const QgsPointXY &lonLat);
    // The event's map point, snapped (the marker shows where).
    QgsPointXY snapped(QgsMapMouseEvent *e);

    QPointer<const GridSketch> m_sketch;
    bool m_dragging = false;
    QPoint m_pressPixel;
    QgsPointXY m_dragFrom; // lon/lat
    bool m_hasSelected = false;
    QgsPointXY m_selected; // lon/lat
    CanvasItem<QgsVertexMarker> m_marker;
    std::unique_ptr<QgsSnapIndicator> m_indicator;
};

} // namespace griddesk::map
