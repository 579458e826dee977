#include "AreaDrawTool.h"
#include "MapCrs.h"

#include <QKeyEvent>

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsrubberband.h>

namespace griddesk::map {

AreaDrawTool::AreaDrawTool(QgsMapCanvas *canvas)
    : QgsMapTool(canvas)
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
}

AreaDrawTool::~AreaDrawTool() = default;

void AreaDrawTool::updateBand(const QgsPointXY *cursor)
{
    if (!m_band) {
        m_band = std::make_unique<QgsRubberBand>(canvas(), QgsWkbTypes::PolygonGeometry);
        m_band->setStrokeColor(QColor(215, 25, 28));
        m_band->setFillColor(QColor(215, 25, 28, 50));
        m_band->setWidth(2);
    }
    QgsPolylineXY ring(m_points.begin(), m_points.end());
    if (cursor)
        ring << *cursor;
    m_band->setToGeometry(ring.size() >= 3 ? QgsGeometry::fromPolygonXY({ring}) : QgsGeometry::fromPolylineXY(ring), nullptr);
}

void AreaDrawTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    if (!m_points.isEmpty()) {
        const QgsPointXY p = e->mapPoint();
        updateBand(&p);
    }
}

void AreaDrawTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const QgsPointXY p = e->mapPoint();
    if (m_points.isEmpty() || m_points.last() != p)
        m_points << p;
    updateBand(nullptr);
}

void AreaDrawTool::canvasDoubleClickEvent(QgsMapMouseEvent *)
{
    finish(); // the double click's first release added its corner already
}

void AreaDrawTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        reset();
        Q_EMIT cancelled();
        e->accept();
    } else if (e->key() == Qt::Key_Backspace && !m_points.isEmpty()) {
        m_points.removeLast();
        updateBand(nullptr);
        e->accept();
    } else if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        finish();
        e->accept();
    } else {
        e->ignore();
    }
}

void AreaDrawTool::deactivate()
{
    reset();
    QgsMapTool::deactivate();
}

void AreaDrawTool::reset()
{
    m_points.clear();
    m_band.reset();
}

void AreaDrawTool::finish()
{
    if (m_points.size() < 3)
        return; // keep drawing: an area needs three corners
    QgsGeometry geometry = QgsGeometry::fromPolygonXY({QgsPolylineXY(m_points.begin(), m_points.end())});
    const QgsCoordinateTransform toStorage(canvas()->mapSettings().destinationCrs(), storageCrs(), QgsProject::instance());
    geometry.transform(toStorage);
    MultiPolygon area;
    const QgsPolygonXY polygon = geometry.asPolygon();
    Polygon out;
    for (const QgsPolylineXY &ring : polygon) {
        Ring r;
        for (const QgsPointXY &p : ring)
            r << GeoPoint{p.x(), p.y()};
        out.rings << r;
    }
    area.polygons << out;
    reset();
    Q_EMIT areaDrawn(area);
}

} // namespace griddesk::map
