#pragma once
// Marks topology problems on the canvas: a ring at each problem's place,
// and a larger one at the problem the user is looking at.

#include "CanvasItem.h"
#include "topology/TopologyProblem.h"

#include <QVector>

class QgsMapCanvas;
class QgsRubberBand;

namespace griddesk::map {

class ProblemMarkers
{
public:
    explicit ProblemMarkers(QgsMapCanvas *canvas);
    ~ProblemMarkers();

    void setProblems(const QVector<topology::TopologyProblem> &problems);
    // -1 for none.
    void setCurrent(int index);
    int markerCount() const { return m_count; }

private:
    QVector<topology::TopologyProblem> m_problems;
    CanvasItem<QgsRubberBand> m_all;
    CanvasItem<QgsRubberBand> m_current;
    int m_count = 0;
};

} // namespace griddesk::map
