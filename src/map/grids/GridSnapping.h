#pragma once
// Snapping for grid editing: the canvas snaps to the vertices and segments
// of the given layers (the grids and the communities) within a tolerance in
// screen pixels, so that edges meet exactly instead of nearly.

#include <QList>

#include <qgspointlocator.h>

class QgsMapCanvas;
class QgsVectorLayer;

namespace griddesk::map {

class GridSnapping
{
public:
    static constexpr double kTolerancePixels = 12.0;

    // Sets the canvas's snapping configuration (what QgsMapMouseEvent::snapPoint uses).
    static void apply(QgsMapCanvas *canvas, const QList<QgsVectorLayer *> &layers,
                      double tolerancePixels = kTolerancePixels);
    // Where a map point snaps under the canvas's configuration. Unlike
    // QgsMapMouseEvent::snapPoint() it waits for the index rather than
    // missing while the index is built, so every click snaps the same way.
    static QgsPointLocator::Match snap(QgsMapCanvas *canvas, const QgsPointXY &mapPoint);
};

} // namespace griddesk::map
