#pragma once
// The map of one agenda item in the meeting pack: the console's units and
// cases, with the item's cases ringed and its units outlined on top (as the
// slides draw them), zoomed to the item's bounds (the township when it has none).

#include "ItemFacts.h"
#include "ReportMapFrame.h"

#include <QCoreApplication>

namespace griddesk::map {

class ConsoleLayers;
class ItemHighlightLayers;

class MeetingItemMap
{
    Q_DECLARE_TR_FUNCTIONS(MeetingItemMap)

public:
    // Fills `highlight` with the item's cases and units; it must live until
    // the layout is exported.
    static ReportMapSpec spec(const ItemFacts &facts, ConsoleLayers &layers, ItemHighlightLayers &highlight);
    // The item's bounds with room around them, at least about 500 m across.
    static GeoBounds paddedBounds(const ItemFacts &facts);
};

} // namespace griddesk::map
