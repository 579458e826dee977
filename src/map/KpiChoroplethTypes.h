#pragma once
// Plain values exchanged with the KPI choropleth: a unit's figure in, the
// options of the map, and the legend out. The map knows no KPI engine.

#include "AdminLevel.h"

#include <QColor>
#include <QIcon>
#include <QDate>
#include <QString>

namespace griddesk::map {

// One unit's figure, in the unit it is shown in (for example 92.3 for 92.3 %).
struct UnitKpiValue {
    QString unitCode;
    double value = 0;
    bool valid = false; // false: the unit has no figure (nothing due, no population, …)
    bool sufficient = true; // false: too few cases to rank (样本不足); hatched, not classed
};

// QGIS's classification methods offered for the classes.
enum class ClassificationMethod { Quantile, Jenks, EqualInterval };

struct KpiChoroplethOptions {
    AdminLevel level = AdminLevel::Grid; // Grid or Community
    QString title; // the KPI's name, shown in the layer panel
    bool higherIsBetter = true; // picks the ramp's direction: better is always the same colour
    ClassificationMethod method = ClassificationMethod::Quantile;
    int classes = 5;
    int decimals = 1;
    QString suffix; // written after each figure, for example " %"
    // The day whose units the map draws (a past period's last day: its grids
    // as they were then); invalid: today's.
    QDate unitsOn;
};

struct KpiLegendEntry {
    enum class Kind { Class, TooFewCases, NoValue };
    Kind kind = Kind::Class;
    QString label; // "85.0 – 92.3 %", "Too few cases", "No value" (translated)
    QColor colour; // the fill; for the hatch, the colour of its lines
    QIcon icon; // the map's own symbol, hatch included
    int units = 0; // how many units the entry covers
    double lower = 0, upper = 0; // the class's bounds (classes only)
};

} // namespace griddesk::map
