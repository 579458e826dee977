#include "KpiChoroplethStyle.h"
#include "LayerStyles.h"

#include <QCoreApplication>

#include <qgscategorizedsymbolrenderer.h>
#include <qgscolorramp.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <cmath>

namespace griddesk::map {

KpiChoroplethStyle::KpiChoroplethStyle() = default;
KpiChoroplethStyle::~KpiChoroplethStyle() = default;

bool KpiChoroplethStyle::load(QgsVectorLayer *layer, QString *error)
{
    if (!applyStyle(layer, QStringLiteral("kpi_choropleth"), error))
        return false;
    auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer());
    if (!categorized || categorized->classAttribute() != QLatin1String("class")) {
        *error = QStringLiteral("maps/kpi_choropleth.qml: the renderer must be categorized on the field \"class\"");
        return false;
    }
    m_template.reset(categorized->clone());
    m_classSymbols.clear();
    bool hasFew = false, hasNone = false;
    QgsGradientStopsList stops;
    for (const QgsRendererCategory &c : m_template->categories()) {
        const QString value = c.value().toString();
        hasFew = hasFew || value == tooFewCases();
        hasNone = hasNone || value == noValue();
        bool number = false;
        value.toInt(&number);
        if (number && c.symbol())
            m_classSymbols << c.symbol();
    }
    if (!hasFew || !hasNone || m_classSymbols.isEmpty()) {
        *error = QStringLiteral("maps/kpi_choropleth.qml needs categories \"1\"…, \"few\" and \"none\"");
        return false;
    }
    if (const QgsColorRamp *ramp = m_template->sourceColorRamp()) {
        m_ramp.reset(ramp->clone());
    } else {
        // No ramp saved: the class categories' own colours, worse to better.
        for (int i = 1; i + 1 < m_classSymbols.size(); ++i)
            stops << QgsGradientStop(double(i) / (m_classSymbols.size() - 1), m_classSymbols[i]->color());
        m_ramp = std::make_unique<QgsGradientColorRamp>(
            m_classSymbols.first()->color(), m_classSymbols.last()->color(), false, stops);
    }
    return true;
}

QColor KpiChoroplethStyle::rampColour(double position) const
{
    return m_ramp->color(std::clamp(position, 0.0, 1.0));
}

const QgsSymbol *KpiChoroplethStyle::classSymbol(double position) const
{
    const int i = int(std::lround(std::clamp(position, 0.0, 1.0) * (m_classSymbols.size() - 1)));
    return m_classSymbols[i];
}

QgsCategorizedSymbolRenderer *KpiChoroplethStyle::renderer(const ChoroplethClasses &classes, bool higherIsBetter) const
{
    QgsCategoryList categories;
    for (int i = 0; i < classes.count(); ++i) {
        const double t = classes.rampPosition(i, higherIsBetter);
        QgsSymbol *symbol = classSymbol(t)->clone();
        symbol->setColor(rampColour(t));
        categories << QgsRendererCategory(QString::number(i + 1), symbol, classes.ranges()[i].label());
    }
    for (const QgsRendererCategory &c : m_template->categories()) {
        const QString value = c.value().toString();
        if (value == tooFewCases())
            categories << QgsRendererCategory(
                value, c.symbol()->clone(), QCoreApplication::translate("KpiChoropleth", "Too few cases"));
        else if (value == noValue())
            categories << QgsRendererCategory(
                value, c.symbol()->clone(), QCoreApplication::translate("KpiChoropleth", "No value"));
    }
    auto *out = new QgsCategorizedSymbolRenderer(QStringLiteral("class"), categories);
    if (const QgsSymbol *source = m_template->sourceSymbol())
        out->setSourceSymbol(source->clone());
    out->setSourceColorRamp(m_ramp->clone());
    return out;
}

QVector<KpiLegendEntry> KpiChoroplethStyle::legend(const QgsCategorizedSymbolRenderer &renderer,
    const ChoroplethClasses &classes, const QHash<QString, int> &units) const
{
    QVector<KpiLegendEntry> out;
    const QgsCategoryList &categories = renderer.categories();
    for (const QgsRendererCategory &c : categories) {
        const QString value = c.value().toString();
        KpiLegendEntry e;
        e.label = c.label();
        e.units = units.value(value);
        e.colour = c.symbol()->color();
        e.icon = QgsSymbolLayerUtils::symbolPreviewIcon(c.symbol(), QSize(32, 20));
        if (value == tooFewCases()) {
            e.kind = KpiLegendEntry::Kind::TooFewCases;
            e.colour = c.symbol()->symbolLayer(c.symbol()->symbolLayerCount() - 1)->color();
        } else if (value == noValue()) {
            e.kind = KpiLegendEntry::Kind::NoValue;
        } else {
            const int index = value.toInt() - 1;
            if (index >= 0 && index < classes.count()) {
                e.lower = classes.ranges()[index].lowerBound();
                e.upper = classes.ranges()[index].upperBound();
            }
        }
        if (e.kind != KpiLegendEntry::Kind::Class && e.units == 0)
            continue;
        out << e;
    }
    return out;
}

} // namespace griddesk::map
