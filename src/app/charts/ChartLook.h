#pragma once
// The console's look for charts and cards: its palette, and type sized from the
// widget's own font (the console's base font, which the display scale already
// enlarges), large enough to read from across a meeting room.

#include <QColor>
#include <QFont>

namespace griddesk::app::chartlook {

// Colours, taken from the console's style sheet (resources/styles/console.qss).
QColor ink(); // titles and values
QColor text(); // labels
QColor muted(); // secondary lines, axis labels
QColor gridLine(); // value grid
QColor background(); // chart and card face
QColor border(); // card and panel frame
QColor series(); // bars and lines
QColor emphasis(); // the current period, the chosen unit
QColor good(); // a change for the better
QColor bad(); // a change for the worse
QColor neutral(); // no comparison, no change
QColor tooFewCases(); // units and periods with too few cases

// Type relative to `base` (the widget's font), in points so it follows the
// display scale: labels of axes and bars, values on the chart, chart titles,
// and the big figure of a KPI card.
QFont labelFont(const QFont &base);
QFont valueFont(const QFont &base);
QFont titleFont(const QFont &base);
QFont figureFont(const QFont &base);

} // namespace griddesk::app::chartlook
