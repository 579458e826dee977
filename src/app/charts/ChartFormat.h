#pragma once
// Figures as text for the charts: a value with its unit, and a change between
// two periods (in percentage points for a percentage), in the user's language.

#include "ChartData.h"

#include <QCoreApplication>

namespace griddesk::app {

class ChartFormat
{
    Q_DECLARE_TR_FUNCTIONS(ChartFormat)

public:
    // "87.5%", "2.41‰", "37".
    static QString value(double v, ChartValueKind kind);
    // The number alone and the unit alone, for a card that sets them apart.
    static QString number(double v, ChartValueKind kind);
    static QString unit(ChartValueKind kind);
    // The size of a change, without its sign: "2.3个百分点", "0.12‰", "4".
    static QString difference(double delta, ChartValueKind kind);
    static QString tooFewCases();
    static QString noData();
};

} // namespace griddesk::app
