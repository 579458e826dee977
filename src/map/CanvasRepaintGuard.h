#pragma once
// Makes sure a layer that changed while the canvas was drawing is drawn again.
//
// QGIS 3.22 keeps a cancelled render's finished layer images in the render
// cache. A layer that finished drawing old data just before it asked for a
// repaint can therefore come back from the cache in the next render, and a
// changed marker keeps its old colour until something else redraws it. This
// guard notes every layer that asks for a repaint while a render is under way
// and, once the canvas has finished a render, repaints those layers once more.
// Only the noted layers redraw; the cache serves all others.

#include <QObject>
#include <QPointer>
#include <QSet>

class QgsMapCanvas;
class QgsMapLayer;

namespace griddesk::map {

class CanvasRepaintGuard : public QObject
{
    Q_OBJECT

public:
    explicit CanvasRepaintGuard(QgsMapCanvas *canvas);

    // Layers that asked for a repaint during the render in progress.
    int pendingLayers() const { return m_pending.size(); }
    // A repaint that does not cancel the render in progress: asked for while
    // the canvas draws, it waits for that render to finish. Live layers that
    // change many times a second repaint this way, so that a burst of
    // changes never keeps the map from finishing a frame. A layer out of
    // its scale range at the canvas's scale is not drawn again.
    void requestRepaint(QgsMapLayer *layer);

private:
    void watchLayers();
    void noteRepaint(QgsMapLayer *layer);
    void renderFinished();

    QgsMapCanvas *m_canvas;
    QSet<QgsMapLayer *> m_watched;
    QSet<QgsMapLayer *> m_pending;
};

} // namespace griddesk::map
