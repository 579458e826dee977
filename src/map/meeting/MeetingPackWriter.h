#pragma once
// The meeting pack (会议材料) of a joint meeting as a PDF, laid out with a
// QGIS print layout on A4 landscape pages: a cover, the agenda with its
// planned times, one page per agenda item with its map, facts and chart,
// the township's KPI summary, the decisions with owners and deadlines, where
// earlier meetings' tasks stand, and the minutes. Every page carries the
// meeting's date and its number; text stays text, in an embedded Chinese
// face. The file appears whole or not at all.

#include "MeetingPack.h"

#include <QCoreApplication>
#include <QString>

namespace griddesk::map {

class ConsoleLayers;

class MeetingPackWriter
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPackWriter)

public:
    // Runs on the GUI thread, which owns the console's layers; the items'
    // maps draw them (no `layers`: the pack has no maps). On failure nothing
    // is written at `path` and *error names the file and the reason.
    static bool write(const MeetingPack &pack, ConsoleLayers *layers, const QString &path, QString *error);

    static QString title(const MeetingPack &pack);
    // The page numbering as printed in each page's foot.
    static QString pageNumber(int page, int pages);
};

} // namespace griddesk::map
