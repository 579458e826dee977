#pragma once
// The one header that names Qt Charts types, included only by the chart
// widgets' .cpp files: a chart view in the console's look, and text placed on
// a chart. Replacing Qt Charts (deprecated from Qt 6.10) touches this folder only.

#include "Compat.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

class QGraphicsSimpleTextItem;

GRIDDESK_USE_QTCHARTS

namespace griddesk::app::qtcharts {

// A view with an empty chart: the console's background, no legend, no
// animation (a wall screen redraws on every refresh), no frame.
QChartView *newView(QWidget *parent);
// A value axis with light grid lines and labels in `font` (or none).
QValueAxis *newValueAxis(const QFont &font, bool labels);
// Text drawn on the chart, above the series.
QGraphicsSimpleTextItem *newText(QChart *chart, const QFont &font, const QColor &colour);
// A plate of the chart's background behind the text, so a line passing
// under it does not cross the letters. Call after the text is set.
void plateBehind(QGraphicsSimpleTextItem *item);
// The item's top-left so that its text is centred on `anchor` horizontally and
// vertically (alignment Qt::AlignCenter), or right-aligned (Qt::AlignRight), etc.
void place(QGraphicsSimpleTextItem *item, const QPointF &anchor, Qt::Alignment alignment);

} // namespace griddesk::app::qtcharts
