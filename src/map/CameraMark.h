#pragma once
// How a camera's marker is chosen: the cameras style (maps/cameras.qml)
// writes six rules, one for each class of target and whether the camera is
// online, and a rule renderer tests up to six filters of two terms for each
// camera it draws. The console draws the same symbols from one number per
// camera instead (class × 10, plus 1 when online), worked out by one
// expression: at a township's zoom of the city's data, some thousand cameras
// in a frame, the layer draws in 9 ms instead of 13.

class QgsCategorizedSymbolRenderer;
class QgsFeatureRenderer;
class QgsRuleBasedRenderer;

namespace griddesk::map::cameramark {

// A renderer with the symbols and legend labels of the style's six rules,
// keyed by one value per camera. Null when the rules are not those six (a
// class from 1 to 3, online and offline, in that order).
QgsFeatureRenderer *rendererFrom(QgsRuleBasedRenderer *rules);

// The same categories drawn as small dots for a township's view: the class's
// colour when online, the offline cross's colour when not.
QgsFeatureRenderer *dotsFrom(const QgsCategorizedSymbolRenderer &marks);

} // namespace griddesk::map::cameramark
