#pragma once
// Where a thematic layer of the grids goes in the layer panel: right above
// the grids, so that the community and township outlines stay on top, and
// cameras and incidents above them all.

class QgsProject;
class QgsVectorLayer;

namespace griddesk::map {

class ConsoleLayers;

namespace themeplacement {
// Adds `layer` to `project` (which then owns it) just above the grids' layer.
void insertAboveGrids(QgsProject *project, const ConsoleLayers &layers, QgsVectorLayer *layer);
} // namespace themeplacement

} // namespace griddesk::map
