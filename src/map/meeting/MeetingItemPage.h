#pragma once
// The page of one agenda item in the meeting pack: its map with scale bar,
// north arrow and legend on the left; why it is on the agenda, its facts,
// its cases and its planned time on the right, over its chart (bar rows
// drawn with layout shapes) where it has one.

#include "MeetingPack.h"

#include <QCoreApplication>

class QgsLayout;
class QgsProject;

namespace griddesk::map {

class ConsoleLayers;
class ReportPages;

class MeetingItemPage
{
    Q_DECLARE_TR_FUNCTIONS(MeetingItemPage)

public:
    // Adds the page of item `index`; without `layers` the text takes the
    // whole width. The map's own layers go to `project` (see MeetingItemMap).
    static int add(ReportPages &pages, QgsLayout &layout, QgsProject &project, const MeetingPack &pack, int index,
        ConsoleLayers *layers);

    // At most this many bars are drawn; the rest are named in a line under them.
    static constexpr int kMaxBars = 8;
};

} // namespace griddesk::map
