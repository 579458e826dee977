#include "CanvasScaleLayers.h"

#include <qgslayertreemapcanvasbridge.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>

namespace griddesk::map {

CanvasScaleLayers::CanvasScaleLayers(QgsMapCanvas *canvas, QgsLayerTreeMapCanvasBridge *bridge)
    : QObject(bridge)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("canvasScaleLayers"));
    for (QgsMapLayer *layer : canvas->layers())
        m_tree << layer;
    connect(bridge, &QgsLayerTreeMapCanvasBridge::canvasLayersChanged, this, [this](const QList<QgsMapLayer *> &layers) {
        m_tree.clear();
        for (QgsMapLayer *layer : layers)
            m_tree << layer;
        apply();
    });
    connect(canvas, &QgsMapCanvas::scaleChanged, this, &CanvasScaleLayers::apply);
    apply();
}

QList<QgsMapLayer *> CanvasScaleLayers::treeLayers() const
{
    QList<QgsMapLayer *> out;
    for (const QPointer<QgsMapLayer> &layer : m_tree)
        if (layer)
            out << layer;
    return out;
}

void CanvasScaleLayers::apply()
{
    const double scale = m_canvas->scale();
    QList<QgsMapLayer *> drawn;
    for (QgsMapLayer *layer : treeLayers())
        if (layer->isInScaleRange(scale))
            drawn << layer;
    m_canvas->setLayers(drawn); // nothing happens when they are the same
}

} // namespace griddesk::map
