#pragma once
// What a slide and the meeting pack show for one agenda item: its title and
// reason in the reader's language, the facts as short lines, where on the
// map (the cases' places and the area to zoom to), and a chart where one
// helps. Built from the item and the current cases by AgendaFacts.
#include "AgendaItem.h"
#include "GeoTypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace griddesk {

struct FactsBar {
    QString label;
    double value = 0.0;
};

struct ItemFacts {
    AgendaItem item;
    QString title;        // reader's language
    QString reason;       // why it is on the agenda, reader's language
    QStringList facts;    // short lines, most important first
    QVector<qint64> caseIds;
    QVector<GeoPoint> points; // the cases' places (EPSG:4490)
    QStringList unitCodes;    // units to outline on the map
    GeoBounds bounds;         // what the map shows (EPSG:4490); empty: the township
    QString chartTitle;       // empty: no chart
    QVector<FactsBar> chart;
};

} // namespace griddesk
