#include "PointCaptureTool.h"
#include "GridSnapping.h"
#include "MapCrs.h"

#include <QKeyEvent>

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgssnapindicator.h>

namespace griddesk::map {

PointCaptureTool::PointCaptureTool(QgsMapCanvas *canvas, QgsWkbTypes::GeometryType kind)
    : QgsMapTool(canvas)
    , m_kind(kind)
    , m_band(canvas)
    , m_indicator(std::make_unique<QgsSnapIndicator>(canvas))
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
}

PointCaptureTool::~PointCaptureTool() = default;

QgsPointXY PointCaptureTool::pointOf(QgsMapMouseEvent *e)
{
    if (!m_snapping)
        return e->mapPoint();
    const QgsPointLocator::Match match = GridSnapping::snap(canvas(), e->mapPoint());
    m_indicator->setMatch(match);
    return match.isValid() ? match.point() : e->mapPoint();
}

void PointCaptureTool::updateBand(const QgsPointXY *cursor)
{
    if (!m_band) {
        m_band.reset(new QgsRubberBand(canvas(), m_kind));
        m_band->setStrokeColor(QColor(215, 25, 28));
        m_band->setFillColor(QColor(215, 25, 28, 50));
        m_band->setWidth(2);
    }
    QgsPolylineXY points(m_points.begin(), m_points.end());
    if (cursor)
        points << *cursor;
    m_band->setToGeometry(m_kind == QgsWkbTypes::PolygonGeometry && points.size() >= 3
                              ? QgsGeometry::fromPolygonXY({points})
                              : QgsGeometry::fromPolylineXY(points),
                          nullptr);
}

void PointCaptureTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    const QgsPointXY p = pointOf(e);
    if (!m_points.isEmpty())
        updateBand(&p);
}

void PointCaptureTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const QgsPointXY p = pointOf(e);
    if (m_points.isEmpty() || m_points.last() != p)
        m_points << p;
    updateBand(nullptr);
}

void PointCaptureTool::canvasDoubleClickEvent(QgsMapMouseEvent *)
{
    finish(); // the double click's first release added its point already
}

void PointCaptureTool::keyPressEvent(QKeyEvent *e)
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

void PointCaptureTool::deactivate()
{
    reset();
    QgsMapTool::deactivate();
}

void PointCaptureTool::reset()
{
    m_points.clear();
    m_band.reset();
    m_indicator->setMatch(QgsPointLocator::Match());
}

void PointCaptureTool::finish()
{
    if (m_points.size() < minimumPoints())
        return; // keep capturing: too few points for the shape
    const QgsPolylineXY points(m_points.begin(), m_points.end());
    QgsGeometry geometry = m_kind == QgsWkbTypes::PolygonGeometry ? QgsGeometry::fromPolygonXY({points})
                                                                   : QgsGeometry::fromPolylineXY(points);
    geometry.transform(QgsCoordinateTransform(canvas()->mapSettings().destinationCrs(), storageCrs(), QgsProject::instance()));
    reset();
    captured(geometry);
}

} // namespace griddesk::map
