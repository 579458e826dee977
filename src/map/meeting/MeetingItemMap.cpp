#include "MeetingItemMap.h"
#include "ConsoleLayers.h"

#include <QRegularExpression>

#include <qgsfeature.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <algorithm>

namespace griddesk::map {

namespace {

QgsVectorLayer *casesLayer(const ItemFacts &facts)
{
    auto *layer = new QgsVectorLayer(
        QStringLiteral("Point?crs=EPSG:4490"), MeetingItemMap::tr("Cases of this item"), QStringLiteral("memory"));
    QgsFeatureList features;
    for (const GeoPoint &p : facts.points) {
        QgsFeature f;
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(p.x, p.y)));
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();
    QgsMarkerSymbol *ring = QgsMarkerSymbol::createSimple({ { QStringLiteral("name"), QStringLiteral("circle") },
        { QStringLiteral("color"), QStringLiteral("0,0,0,0") },
        { QStringLiteral("outline_color"), QStringLiteral("#d01c8b") },
        { QStringLiteral("outline_width"), QStringLiteral("0.8") }, { QStringLiteral("size"), QStringLiteral("5") } });
    layer->setRenderer(new QgsSingleSymbolRenderer(ring));
    return layer;
}

// The units as a subset of the console's unit table. Codes are digits; any
// other text is left out rather than put into the filter.
QgsVectorLayer *unitsLayer(const ItemFacts &facts, ConsoleLayers &layers)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,20}$"));
    QStringList codes;
    for (const QString &c : facts.unitCodes)
        if (digits.match(c).hasMatch())
            codes << QStringLiteral("'%1'").arg(c);
    if (codes.isEmpty())
        return nullptr;
    QgsVectorLayer *layer = layers.makeLayer(QStringLiteral("admin_units"),
        QStringLiteral("\"code\" IN (%1)").arg(codes.join(QLatin1Char(','))), MeetingItemMap::tr("Units concerned"),
        QStringLiteral("township"));
    if (!layer->isValid()) {
        delete layer;
        return nullptr;
    }
    QgsFillSymbol *outline = QgsFillSymbol::createSimple({ { QStringLiteral("color"), QStringLiteral("255,140,0,45") },
        { QStringLiteral("outline_color"), QStringLiteral("#e66a00") },
        { QStringLiteral("outline_width"), QStringLiteral("0.9") } });
    layer->setRenderer(new QgsSingleSymbolRenderer(outline));
    layer->setLabelsEnabled(false);
    return layer;
}

} // namespace

GeoBounds MeetingItemMap::paddedBounds(const ItemFacts &facts)
{
    GeoBounds b = facts.bounds;
    for (const GeoPoint &p : facts.points)
        b.include(p);
    if (b.isEmpty())
        return b;
    constexpr double kMinSpan = 0.005; // degrees: about 450 m east-west, 550 m north-south here
    const GeoPoint c = b.center();
    const double halfX = std::max(b.maxX - b.minX, kMinSpan) / 2, halfY = std::max(b.maxY - b.minY, kMinSpan) / 2;
    return GeoBounds { c.x - halfX, c.y - halfY, c.x + halfX, c.y + halfY };
}

ReportMapSpec MeetingItemMap::spec(const ItemFacts &facts, ConsoleLayers &layers, QgsProject &project)
{
    ReportMapSpec spec;
    QList<QgsMapLayer *> extra;
    if (!facts.points.isEmpty())
        extra << casesLayer(facts);
    if (QgsVectorLayer *units = unitsLayer(facts, layers))
        extra << units;
    project.addMapLayers(extra, false);
    spec.layers = extra;
    spec.layers << layers.incidents() << layers.township() << layers.communities() << layers.grids();
    spec.legendLayers = extra;
    spec.legendLayers << layers.incidents();
    spec.crs = layers.displayCrs();
    const GeoBounds b = paddedBounds(facts);
    spec.extent = b.isEmpty() ? layers.fullExtent() : layers.displayExtent(b);
    spec.legendColumns = 3;
    return spec;
}

} // namespace griddesk::map
