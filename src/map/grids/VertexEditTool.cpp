#include "VertexEditTool.h"
#include "GridSketch.h"
#include "GridSnapping.h"
#include "MapCrs.h"

#include <QKeyEvent>

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgssnapindicator.h>
#include <qgsvertexmarker.h>

namespace griddesk::map {

VertexEditTool::VertexEditTool(QgsMapCanvas *canvas, const GridSketch *sketch)
    : QgsMapTool(canvas)
    , m_sketch(sketch)
    , m_marker(canvas)
    , m_indicator(std::make_unique<QgsSnapIndicator>(canvas))
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CrossHair));
}

VertexEditTool::~VertexEditTool() = default;

QgsPointXY VertexEditTool::toLonLat(const QgsPointXY &map) const
{
    const QgsCoordinateTransform t(canvas()->mapSettings().destinationCrs(), storageCrs(), QgsProject::instance());
    try {
        return t.transform(map);
    } catch (const QgsCsException &) {
        return {}; // outside the projection's domain: no grid is there
    }
}

QgsPointXY VertexEditTool::toMap(const QgsPointXY &lonLat) const
{
    const QgsCoordinateTransform t(storageCrs(), canvas()->mapSettings().destinationCrs(), QgsProject::instance());
    try {
        return t.transform(lonLat);
    } catch (const QgsCsException &) {
        return {};
    }
}

double VertexEditTool::toleranceDegrees(const QgsPointXY &map) const
{
    const double step = canvas()->mapUnitsPerPixel() * kPickPixels;
    return toLonLat(map).distance(toLonLat(QgsPointXY(map.x() + step, map.y())));
}

void VertexEditTool::select(const QgsPointXY &lonLat)
{
    m_selected = lonLat;
    m_hasSelected = true;
    if (!m_marker) {
        m_marker.reset(new QgsVertexMarker(canvas()));
        m_marker->setIconType(QgsVertexMarker::ICON_BOX);
        m_marker->setIconSize(12);
        m_marker->setPenWidth(3);
        m_marker->setColor(QColor(215, 25, 28));
    }
    m_marker->setCenter(toMap(lonLat));
}

void VertexEditTool::canvasPressEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QgsPointXY at = toLonLat(e->mapPoint());
    Q_EMIT aboutToEdit(at);
    QgsPointXY vertex;
    if (m_sketch && m_sketch->nearestVertex(at, toleranceDegrees(e->mapPoint()), &vertex)) {
        m_dragging = true;
        m_pressPixel = e->pixelPoint();
        m_dragFrom = vertex;
        select(vertex);
    }
}

QgsPointXY VertexEditTool::snapped(QgsMapMouseEvent *e)
{
    const QgsPointLocator::Match match = GridSnapping::snap(canvas(), e->mapPoint());
    m_indicator->setMatch(match);
    return match.isValid() ? match.point() : e->mapPoint();
}

void VertexEditTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    const QgsPointXY at = snapped(e);
    if (m_dragging && m_marker)
        m_marker->setCenter(at);
}

void VertexEditTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    if ((e->pixelPoint() - m_pressPixel).manhattanLength() < 3) {
        select(m_dragFrom); // a click picks the vertex (for Del)
        return;
    }
    const QgsPointXY to = toLonLat(snapped(e));
    select(to);
    Q_EMIT vertexMoved(m_dragFrom, to);
}

void VertexEditTool::canvasDoubleClickEvent(QgsMapMouseEvent *e)
{
    m_dragging = false;
    Q_EMIT vertexAddRequested(toLonLat(e->mapPoint()), toleranceDegrees(e->mapPoint()));
}

void VertexEditTool::keyPressEvent(QKeyEvent *e)
{
    if ((e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) && m_hasSelected) {
        const QgsPointXY at = m_selected;
        m_hasSelected = false;
        m_marker.reset();
        Q_EMIT vertexDeleteRequested(at);
        e->accept();
    } else {
        e->ignore();
    }
}

void VertexEditTool::deactivate()
{
    m_dragging = false;
    m_hasSelected = false;
    m_marker.reset();
    m_indicator->setMatch(QgsPointLocator::Match());
    QgsMapTool::deactivate();
}

} // namespace griddesk::map
