#pragma once
// The look of the KPI choropleth, read from maps/kpi_choropleth.qml: a
// categorized renderer over the layer's "class" field whose colour ramp runs
// from worse to better, class symbols, the hatch of "few" (too few cases) and
// the fill of "none" (no value), and the labels. Only the classes are made at
// run time, from the template and the ranges.

#include "ChoroplethClasses.h"
#include "KpiChoroplethTypes.h"

#include <QHash>
#include <QVector>

#include <memory>

class QgsCategorizedSymbolRenderer;
class QgsColorRamp;
class QgsSymbol;
class QgsVectorLayer;

namespace griddesk::map {

class KpiChoroplethStyle
{
public:
    // Values of the "class" field besides the class numbers ("1" … "n").
    static QString tooFewCases() { return QStringLiteral("few"); }
    static QString noValue() { return QStringLiteral("none"); }

    KpiChoroplethStyle();
    ~KpiChoroplethStyle();

    // Applies the style file to `layer` (its labels included) and keeps its
    // renderer as the template. False with *error when the style is unusable.
    bool load(QgsVectorLayer *layer, QString *error);

    // A renderer with one category per class, coloured along the ramp so that
    // the better end is always the same colour, then "few" and "none".
    QgsCategorizedSymbolRenderer *renderer(const ChoroplethClasses &classes, bool higherIsBetter) const;
    // The entries of such a renderer; "few" and "none" only when some unit is.
    // `units` counts the units per value of the "class" field.
    QVector<KpiLegendEntry> legend(const QgsCategorizedSymbolRenderer &renderer, const ChoroplethClasses &classes,
        const QHash<QString, int> &units) const;

private:
    QColor rampColour(double position) const;
    const QgsSymbol *classSymbol(double position) const;

    std::unique_ptr<QgsCategorizedSymbolRenderer> m_template;
    std::unique_ptr<QgsColorRamp> m_ramp;
    QList<const QgsSymbol *> m_classSymbols; // the template's class categories, worse to better
};

} // namespace griddesk::map
