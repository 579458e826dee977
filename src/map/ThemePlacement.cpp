#include "ThemePlacement.h"
#include "ConsoleLayers.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map::themeplacement {

void insertAboveGrids(QgsProject *project, const ConsoleLayers &layers, QgsVectorLayer *layer)
{
    project->addMapLayer(layer, false);
    QgsLayerTreeGroup *root = project->layerTreeRoot();
    QgsLayerTreeLayer *grids = root->findLayer(layers.grids());
    auto *group = grids ? qobject_cast<QgsLayerTreeGroup *>(grids->parent()) : nullptr;
    if (group)
        group->insertLayer(group->children().indexOf(grids), layer);
    else
        root->insertLayer(0, layer);
}

} // namespace griddesk::map::themeplacement
