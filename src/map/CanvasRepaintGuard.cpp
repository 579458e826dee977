#include "CanvasRepaintGuard.h"

#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>

namespace griddesk::map {

CanvasRepaintGuard::CanvasRepaintGuard(QgsMapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("canvasRepaintGuard"));
    connect(canvas, &QgsMapCanvas::layersChanged, this, &CanvasRepaintGuard::watchLayers);
    connect(canvas, &QgsMapCanvas::mapCanvasRefreshed, this, &CanvasRepaintGuard::renderFinished);
    watchLayers();
}

void CanvasRepaintGuard::watchLayers()
{
    const QList<QgsMapLayer *> layers = m_canvas->layers();
    for (QgsMapLayer *layer : layers) {
        if (m_watched.contains(layer))
            continue;
        m_watched.insert(layer);
        connect(layer, &QgsMapLayer::repaintRequested, this, [this, layer] { noteRepaint(layer); });
        connect(layer, &QObject::destroyed, this, [this, layer] {
            m_watched.remove(layer);
            m_pending.remove(layer);
        });
    }
}

void CanvasRepaintGuard::noteRepaint(QgsMapLayer *layer)
{
    if (m_canvas->isDrawing())
        m_pending.insert(layer);
}

void CanvasRepaintGuard::requestRepaint(QgsMapLayer *layer)
{
    // A layer that draws nothing at this scale keeps its empty image. Its
    // repaint would also drop the label cache, and every labelled layer
    // (grids, communities) would draw again for a change it cannot show.
    // Any change of scale draws every layer anew.
    if (layer->hasScaleBasedVisibility() && !layer->isInScaleRange(m_canvas->scale()))
        return;
    if (m_canvas->isDrawing() && m_canvas->layers().contains(layer))
        m_pending.insert(layer);
    else
        layer->triggerRepaint();
}

void CanvasRepaintGuard::renderFinished()
{
    if (m_pending.isEmpty())
        return;
    const QSet<QgsMapLayer *> again = std::exchange(m_pending, {});
    for (QgsMapLayer *layer : again) {
        if (m_canvas->layers().contains(layer))
            layer->triggerRepaint();
    }
}

} // namespace griddesk::map
