#include "MeetingItemMap.h"
#include "ConsoleLayers.h"
#include "ItemHighlightLayers.h"

#include <qgsvectorlayer.h>

#include <algorithm>

namespace griddesk::map {

GeoBounds MeetingItemMap::paddedBounds(const ItemFacts &facts)
{
    GeoBounds b = facts.bounds;
    for (const GeoPoint &p : facts.points)
        b.include(p);
    if (b.isEmpty())
        return b;
    constexpr double kMinSpan = 0.005; // degrees: about 450 m east-west, 550 m north-south here
    const GeoPoint c = b.center();
    const double halfX = std::max(b.maxX - b.minX, kMinSpan) / 2, halfY = std::max(b.maxY - b.minY, kMinSpan) / 2;
    return GeoBounds { c.x - halfX, c.y - halfY, c.x + halfX, c.y + halfY };
}

ReportMapSpec MeetingItemMap::spec(const ItemFacts &facts, ConsoleLayers &layers, ItemHighlightLayers &highlight)
{
    highlight.setItem(facts.points, facts.unitCodes);
    highlight.cases()->setName(tr("Cases of this item"));
    highlight.units()->setName(tr("Units concerned"));
    ReportMapSpec spec;
    if (highlight.caseCount() > 0)
        spec.layers << highlight.cases();
    if (highlight.unitCount() > 0)
        spec.layers << highlight.units();
    spec.legendLayers = spec.layers;
    spec.layers << layers.incidents() << layers.township() << highlight.communities() << highlight.grids();
    spec.legendLayers << layers.incidents();
    spec.crs = layers.displayCrs();
    const GeoBounds b = paddedBounds(facts);
    spec.extent = b.isEmpty() ? layers.fullExtent() : layers.displayExtent(b);
    spec.legendColumns = 3;
    return spec;
}

} // namespace griddesk::map
