#include "GridSketchBand.h"
#include "GridSketch.h"
#include "MapCrs.h"

#include <qgsmapcanvas.h>
#include <qgsrubberband.h>

namespace griddesk::map {

GridSketchBand::GridSketchBand(QgsMapCanvas *canvas, const GridSketch *sketch, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_sketch(sketch)
    , m_edit(canvas)
    , m_pick(canvas)
{
    m_edit.reset(new QgsRubberBand(canvas, QgsWkbTypes::PolygonGeometry));
    m_pick.reset(new QgsRubberBand(canvas, QgsWkbTypes::PolygonGeometry));
    m_edit->setStrokeColor(QColor(230, 85, 13));
    m_edit->setFillColor(QColor(253, 141, 60, 70));
    m_edit->setWidth(3);
    m_pick->setStrokeColor(QColor(33, 113, 181));
    m_pick->setFillColor(QColor(107, 174, 214, 90));
    m_pick->setWidth(3);
    connect(sketch, &GridSketch::changed, this, &GridSketchBand::redraw);
    connect(canvas, &QgsMapCanvas::destinationCrsChanged, this, &GridSketchBand::redraw);
    redraw();
}

GridSketchBand::~GridSketchBand() = default;

void GridSketchBand::setPicked(const QVector<int> &keys)
{
    m_picked = keys;
    redraw();
}

void GridSketchBand::redraw()
{
    if (!m_canvas || !m_sketch || !m_edit || !m_pick)
        return;
    const QgsCoordinateReferenceSystem lonLat = storageCrs();
    m_edit->reset(QgsWkbTypes::PolygonGeometry);
    m_pick->reset(QgsWkbTypes::PolygonGeometry);
    m_outlines = 0;
    QVector<int> stillThere;
    for (const GridSketch::Piece &p : m_sketch->pieces()) {
        const bool picked = m_picked.contains(p.key);
        if (!p.changed && !picked)
            continue;
        if (picked) {
            m_pick->addGeometry(p.shape, lonLat, false);
            stillThere << p.key;
        }
        if (p.changed) {
            m_edit->addGeometry(p.shape, lonLat, false);
            ++m_outlines;
        }
    }
    m_picked = stillThere;
    m_edit->updatePosition();
    m_pick->updatePosition();
    m_edit->update();
    m_pick->update();
}

} // namespace griddesk::map
