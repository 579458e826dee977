#pragma once
// Click on the map to identify the top-most feature under the cursor among
// the console's identifiable layers (incidents, then cameras, then grids).

#include <qgsfeature.h>
#include <qgsmaptoolidentify.h>

class QgsVectorLayer;

namespace griddesk::map {

class IdentifyTool : public QgsMapToolIdentify
{
    Q_OBJECT

public:
    IdentifyTool(QgsMapCanvas *canvas, QList<QgsMapLayer *> layers);

    void canvasReleaseEvent(QgsMapMouseEvent *e) override;

Q_SIGNALS:
    void featureIdentified(QgsVectorLayer *layer, const QgsFeature &feature);
    void nothingIdentified();

private:
    QList<QgsMapLayer *> m_layers;
};

} // namespace griddesk::map
