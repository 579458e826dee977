#include "ProblemMarkers.h"
#include "MapCrs.h"

#include <qgsmapcanvas.h>
#include <qgsrubberband.h>

namespace griddesk::map {

ProblemMarkers::ProblemMarkers(QgsMapCanvas *canvas)
    : m_all(canvas)
    , m_current(canvas)
{
    m_all.reset(new QgsRubberBand(canvas, QgsWkbTypes::PointGeometry));
    m_current.reset(new QgsRubberBand(canvas, QgsWkbTypes::PointGeometry));
    m_all->setIcon(QgsRubberBand::ICON_CIRCLE);
    m_all->setIconSize(18);
    m_all->setWidth(3);
    m_all->setStrokeColor(QColor(215, 25, 28));
    m_all->setFillColor(Qt::transparent);
    m_current->setIcon(QgsRubberBand::ICON_CIRCLE);
    m_current->setIconSize(34);
    m_current->setWidth(4);
    m_current->setStrokeColor(QColor(255, 170, 0));
    m_current->setFillColor(Qt::transparent);
}

ProblemMarkers::~ProblemMarkers() = default;

void ProblemMarkers::setProblems(const QVector<topology::TopologyProblem> &problems)
{
    m_problems = problems;
    if (!m_all)
        return;
    m_all->reset(QgsWkbTypes::PointGeometry);
    m_count = 0;
    for (const topology::TopologyProblem &p : problems) {
        if (!p.located)
            continue;
        m_all->addGeometry(QgsGeometry::fromPointXY(QgsPointXY(p.location.x, p.location.y)), storageCrs(), false);
        ++m_count;
    }
    m_all->updatePosition();
    m_all->update();
    setCurrent(-1);
}

void ProblemMarkers::setCurrent(int index)
{
    if (!m_current)
        return;
    m_current->reset(QgsWkbTypes::PointGeometry);
    if (index >= 0 && index < m_problems.size() && m_problems[index].located) {
        const GeoPoint &at = m_problems[index].location;
        m_current->addGeometry(QgsGeometry::fromPointXY(QgsPointXY(at.x, at.y)), storageCrs());
    }
}

} // namespace griddesk::map
