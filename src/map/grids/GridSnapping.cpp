#include "GridSnapping.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgssnappingconfig.h>
#include <qgssnappingutils.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

void GridSnapping::apply(QgsMapCanvas *canvas, const QList<QgsVectorLayer *> &layers, double tolerancePixels)
{
    QgsSnappingConfig config(QgsProject::instance());
    config.setEnabled(true);
    config.setMode(QgsSnappingConfig::AdvancedConfiguration);
    const QgsSnappingConfig::SnappingTypeFlag types = QgsSnappingConfig::VertexFlag | QgsSnappingConfig::SegmentFlag;
    for (QgsVectorLayer *layer : layers) {
        if (layer)
            config.setIndividualLayerSettings(
                layer, QgsSnappingConfig::IndividualLayerSettings(true, types, tolerancePixels, QgsTolerance::Pixels));
    }
    QgsSnappingUtils *utils = canvas->snappingUtils();
    // Grids of a township are few: index them whole once rather than per view.
    utils->setIndexingStrategy(QgsSnappingUtils::IndexAlwaysFull);
    utils->setConfig(config);
}

QgsPointLocator::Match GridSnapping::snap(QgsMapCanvas *canvas, const QgsPointXY &mapPoint)
{
    return canvas->snappingUtils()->snapToMap(mapPoint, nullptr, false);
}

} // namespace griddesk::map
