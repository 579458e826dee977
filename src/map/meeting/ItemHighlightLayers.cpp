#include "ItemHighlightLayers.h"
#include "ConsoleLayers.h"

#include <QObject>

#include <qgsexpression.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {

// A ring of white around black around the case's own symbol: it reads on
// any marker colour and any community tint, from across the room.
QgsMarkerSymbol *caseRing()
{
    auto *symbol = new QgsMarkerSymbol();
    symbol->deleteSymbolLayer(0);
    const auto ring = [](const QColor &colour, double size, double width) {
        auto *layer = new QgsSimpleMarkerSymbolLayer(); // a circle
        layer->setSize(size);
        layer->setColor(Qt::transparent);
        layer->setStrokeColor(colour);
        layer->setStrokeWidth(width);
        return layer;
    };
    symbol->appendSymbolLayer(ring(Qt::white, 7.0, 1.6));
    symbol->appendSymbolLayer(ring(QColor(0x11, 0x11, 0x11), 7.0, 0.7));
    return symbol;
}

// A thick dark outline with a light casing, no fill: the units stay readable
// under it.
QgsFillSymbol *unitOutline()
{
    auto *symbol = new QgsFillSymbol();
    symbol->deleteSymbolLayer(0);
    const auto line = [](const QColor &colour, double width) {
        auto *outline = new QgsSimpleFillSymbolLayer(Qt::transparent, Qt::NoBrush, colour, Qt::SolidLine, width);
        outline->setPenJoinStyle(Qt::RoundJoin);
        return outline;
    };
    symbol->appendSymbolLayer(line(QColor(255, 255, 255, 220), 2.2));
    symbol->appendSymbolLayer(line(QColor(0xc2, 0x18, 0x5b), 1.0));
    return symbol;
}

std::unique_ptr<QgsVectorLayer> memoryLayer(const QString &geometry, const QString &name)
{
    auto layer = std::make_unique<QgsVectorLayer>(
        geometry + QStringLiteral("?crs=EPSG:4490"), name, QStringLiteral("memory"));
    layer->setObjectName(QStringLiteral("layer_") + name);
    return layer;
}

} // namespace

ItemHighlightLayers::ItemHighlightLayers(const ConsoleLayers &console)
    : m_console(console)
    , m_cases(memoryLayer(QStringLiteral("Point"), QStringLiteral("meeting_cases")))
    , m_units(memoryLayer(QStringLiteral("MultiPolygon"), QStringLiteral("meeting_units")))
{
    m_cases->setRenderer(new QgsSingleSymbolRenderer(caseRing()));
    m_units->setRenderer(new QgsSingleSymbolRenderer(unitOutline()));
    for (auto [own, layer] : {std::pair{&m_communities, console.communities()}, std::pair{&m_grids, console.grids()}}) {
        own->reset(layer->clone()); // same source, filter and style
        (*own)->setLabelsEnabled((*own)->labeling() != nullptr);
    }
}

ItemHighlightLayers::~ItemHighlightLayers() = default;

void ItemHighlightLayers::setItem(const QVector<GeoPoint> &cases, const QStringList &unitCodes)
{
    QgsFeatureList points;
    for (const GeoPoint &p : cases) {
        QgsFeature f;
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(p.x, p.y)));
        points << f;
    }
    QgsFeatureList shapes;
    if (!unitCodes.isEmpty()) {
        QStringList quoted;
        for (const QString &code : unitCodes)
            quoted << QgsExpression::quotedValue(code);
        const QString filter = QStringLiteral("\"code\" IN (%1)").arg(quoted.join(QLatin1Char(',')));
        for (QgsVectorLayer *source : { m_console.township(), m_console.communities(), m_console.grids() }) {
            if (!source || !source->isValid())
                continue;
            QgsFeatureRequest request;
            request.setFilterExpression(filter);
            request.setNoAttributes();
            if (source->crs() != m_units->crs())
                request.setDestinationCrs(m_units->crs(), source->transformContext());
            QgsFeatureIterator it = source->getFeatures(request);
            QgsFeature f;
            while (it.nextFeature(f)) {
                QgsFeature shape;
                shape.setGeometry(f.geometry());
                shapes << shape;
            }
        }
    }
    for (auto &[layer, features] : { std::pair(m_cases.get(), &points), std::pair(m_units.get(), &shapes) }) {
        layer->dataProvider()->truncate();
        layer->dataProvider()->addFeatures(*features);
        layer->updateExtents();
        layer->triggerRepaint();
    }
}

int ItemHighlightLayers::caseCount() const
{
    return int(m_cases->featureCount());
}

int ItemHighlightLayers::unitCount() const
{
    return int(m_units->featureCount());
}

GeoBounds ItemHighlightLayers::bounds() const
{
    GeoBounds b;
    for (const QgsVectorLayer *layer : { m_cases.get(), m_units.get() }) {
        if (layer->featureCount() == 0)
            continue;
        const QgsRectangle r = layer->extent();
        b.include(GeoBounds { r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum() });
    }
    return b;
}

} // namespace griddesk::map
