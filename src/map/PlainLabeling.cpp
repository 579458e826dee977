#include "PlainLabeling.h"

#include "PlainLabelProvider.h"

#include <qgsvectorlayer.h>

namespace griddesk::map {

PlainLabeling::PlainLabeling(const QgsPalLayerSettings &settings)
    : QgsVectorLayerSimpleLabeling(settings)
{
}

QgsAbstractVectorLayerLabeling *PlainLabeling::clone() const
{
    return new PlainLabeling(settings());
}

QgsVectorLayerLabelProvider *PlainLabeling::provider(QgsVectorLayer *layer) const
{
    const QgsPalLayerSettings s = settings();
    return new PlainLabelProvider(layer, QString(), false, &s);
}

void PlainLabeling::applyTo(QgsVectorLayer *layer)
{
    const QgsAbstractVectorLayerLabeling *labeling = layer ? layer->labeling() : nullptr;
    if (!labeling || labeling->type() != QLatin1String("simple") || dynamic_cast<const PlainLabeling *>(labeling))
        return;
    layer->setLabeling(new PlainLabeling(labeling->settings()));
}

} // namespace griddesk::map
