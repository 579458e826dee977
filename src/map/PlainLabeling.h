#pragma once
// A layer's simple labeling whose placed labels are painted by
// PlainLabelProvider: QGIS registers, places and resolves them as for any
// simple labeling; only the painting of a plain label is quicker.

#include <qgsvectorlayerlabeling.h>

namespace griddesk::map {

class PlainLabeling : public QgsVectorLayerSimpleLabeling
{
public:
    explicit PlainLabeling(const QgsPalLayerSettings &settings);

    QgsAbstractVectorLayerLabeling *clone() const override;
    QgsVectorLayerLabelProvider *provider(QgsVectorLayer *layer) const override;

    // Replaces the layer's simple labeling, if it has one, by a PlainLabeling
    // of the same settings.
    static void applyTo(QgsVectorLayer *layer);
};

} // namespace griddesk::map
