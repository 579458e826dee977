#pragma once
// Keeps the canvas's layers to those drawn at its scale.
//
// The layer tree (through its canvas bridge) lists every visible layer,
// also those out of their scale range, which draw nothing. QGIS 3.22 reuses
// its picture of the labels only while the layers that placed them are the
// canvas's labelled layers; a labelled layer out of its range places none,
// so while one is listed the label picture is dropped at every redraw and
// every labelled layer draws again for any change (the grids' names at the
// totals' scales: a whole frame for each case that changed). This keeps the
// bridge's order and leaves out the layers out of range at the canvas's
// scale, again whenever the scale or the tree's layers change. What is on
// screen does not change: those layers draw nothing there.

#include <QList>
#include <QObject>
#include <QPointer>

class QgsLayerTreeMapCanvasBridge;
class QgsMapCanvas;
class QgsMapLayer;

namespace griddesk::map {

class CanvasScaleLayers : public QObject
{
    Q_OBJECT

public:
    // Takes the canvas's layers as they are now as the tree's.
    CanvasScaleLayers(QgsMapCanvas *canvas, QgsLayerTreeMapCanvasBridge *bridge);

    // Every layer the tree shows, in drawing order, in range or not.
    QList<QgsMapLayer *> treeLayers() const;

private:
    void apply();

    QgsMapCanvas *m_canvas;
    QList<QPointer<QgsMapLayer>> m_tree;
};

} // namespace griddesk::map
