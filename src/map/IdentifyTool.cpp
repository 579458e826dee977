#include "IdentifyTool.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

IdentifyTool::IdentifyTool(QgsMapCanvas *canvas, QList<QgsMapLayer *> layers)
    : QgsMapToolIdentify(canvas)
    , m_layers(std::move(layers))
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Identify));
}

void IdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    QList<QgsMapLayer *> visible;
    for (QgsMapLayer *l : m_layers)
        if (canvas()->layers().contains(l))
            visible << l;
    const QList<IdentifyResult> results = identify(e->x(), e->y(), TopDownStopAtFirst, visible, VectorLayer);
    for (const IdentifyResult &r : results) {
        if (auto *vl = qobject_cast<QgsVectorLayer *>(r.mLayer)) {
            Q_EMIT featureIdentified(vl, r.mFeature);
            return;
        }
    }
    Q_EMIT nothingIdentified();
}

} // namespace griddesk::map
