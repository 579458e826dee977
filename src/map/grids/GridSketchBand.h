#pragma once
// Shows the pending grid edit on the canvas: the outlines of the grids it
// changes or creates, and the grids picked for a merge, as rubber bands
// over the stored layers, redrawn whenever the sketch changes.

#include "CanvasItem.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QgsMapCanvas;
class QgsRubberBand;

namespace griddesk::map {

class GridSketch;

class GridSketchBand : public QObject
{
    Q_OBJECT

public:
    GridSketchBand(QgsMapCanvas *canvas, const GridSketch *sketch, QObject *parent = nullptr);
    ~GridSketchBand() override;

    void setPicked(const QVector<int> &keys);
    QVector<int> picked() const { return m_picked; }
    // Outlines drawn for the pending edit (changed and new grids).
    int outlineCount() const { return m_outlines; }

private:
    void redraw();

    QPointer<QgsMapCanvas> m_canvas;
    QPointer<const GridSketch> m_sketch;
    QVector<int> m_picked;
    int m_outlines = 0;
    CanvasItem<QgsRubberBand> m_edit;
    CanvasItem<QgsRubberBand> m_pick;
};

} // namespace griddesk::map
