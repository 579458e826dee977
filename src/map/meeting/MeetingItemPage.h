#pragma once
// The page of one agenda item in the meeting pack: its map with scale bar,
// north arrow and legend on the left; why it is on the agenda, its facts,
// its cases and its planned time on the right, over its chart (bar rows
// drawn with layout shapes) where it has one.

#include "MeetingPack.h"

#include <QCoreApplication>

class QgsLayout;

namespace griddesk::map {

class ConsoleLayers;
class ItemHighlightLayers;
class ReportPages;

class MeetingItemPage
{
    Q_DECLARE_TR_FUNCTIONS(MeetingItemPage)

public:
    // Adds the page of item `index`; without `layers` the text takes the
    // whole width. `highlight` (with `layers`) draws the item's cases and
    // units and must live until the layout is exported.
    static int add(ReportPages &pages, QgsLayout &layout, const MeetingPack &pack, int index, ConsoleLayers *layers,
        ItemHighlightLayers *highlight);

    // At most this many bars are drawn; the rest are named in a line under them.
    static constexpr int kMaxBars = 8;
};

} // namespace griddesk::map
