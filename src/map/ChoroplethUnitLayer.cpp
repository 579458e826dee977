#include "ChoroplethUnitLayer.h"

#include <QThread>

#include <qgsfeatureiterator.h>
#include <qgsfeaturesource.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {
namespace UnitField {
enum { Code, Name, ShortName, Value, ValueText, Sufficient, Class };
}
}

QgsFields ChoroplethUnitLayer::fields()
{
    QgsFields f;
    f.append(QgsField(QStringLiteral("code"), QVariant::String));
    f.append(QgsField(QStringLiteral("name"), QVariant::String));
    f.append(QgsField(QStringLiteral("short_name"), QVariant::String));
    f.append(QgsField(QStringLiteral("value"), QVariant::Double));
    f.append(QgsField(QStringLiteral("value_text"), QVariant::String));
    f.append(QgsField(QStringLiteral("sufficient"), QVariant::Int));
    f.append(QgsField(QStringLiteral("class"), QVariant::String));
    return f;
}

std::shared_ptr<ChoroplethUnitLayer> ChoroplethUnitLayer::build(QgsAbstractFeatureSource *source,
                                                                 const QgsCoordinateReferenceSystem &crs, QThread *thread,
                                                                 const QHash<QString, Figure> &figures,
                                                                 const std::optional<Figure> &missing)
{
    auto units = std::make_shared<ChoroplethUnitLayer>(create(read(source), crs));
    if (missing)
        units->write(figures, *missing);
    units->layer()->moveToThread(thread);
    return units;
}

QgsFeatureList ChoroplethUnitLayer::read(QgsAbstractFeatureSource *source)
{
    const QgsFields out = fields();
    QgsFeatureList units;
    QgsFeatureIterator it = source->getFeatures(QgsFeatureRequest());
    QgsFeature f;
    while (it.nextFeature(f)) {
        if (!f.hasGeometry())
            continue;
        QgsFeature unit(out);
        unit.setGeometry(f.geometry());
        unit.setAttribute(UnitField::Code, f.attribute(QStringLiteral("code")));
        unit.setAttribute(UnitField::Name, f.attribute(QStringLiteral("name")));
        unit.setAttribute(UnitField::ShortName, f.attribute(QStringLiteral("short_name")));
        unit.setAttribute(UnitField::Sufficient, 0);
        unit.setAttribute(UnitField::Class, QStringLiteral("none"));
        units << unit;
    }
    return units;
}

QgsVectorLayer *ChoroplethUnitLayer::create(const QgsFeatureList &units, const QgsCoordinateReferenceSystem &crs)
{
    QgsVectorLayer *layer
        = QgsMemoryProviderUtils::createMemoryLayer(QStringLiteral("kpi"), fields(), QgsWkbTypes::MultiPolygon, crs);
    QgsFeatureList copy = units;
    layer->dataProvider()->addFeatures(copy);
    layer->dataProvider()->createSpatialIndex();
    layer->updateExtents();
    return layer;
}

ChoroplethUnitLayer::ChoroplethUnitLayer(QgsVectorLayer *layer)
    : m_layer(layer)
    , m_owned(layer)
{
    QgsFeatureRequest request;
    request.setFlags(QgsFeatureRequest::NoGeometry);
    request.setSubsetOfAttributes(QgsAttributeList { UnitField::Code });
    QgsFeatureIterator it = layer->getFeatures(request);
    QgsFeature f;
    while (it.nextFeature(f))
        m_units.insert(f.attribute(UnitField::Code).toString(),
            Unit { f.id(), Figure { QVariant(), QString(), false, QStringLiteral("none") } });
}

ChoroplethUnitLayer::~ChoroplethUnitLayer() = default;

QgsVectorLayer *ChoroplethUnitLayer::releaseLayer()
{
    return m_owned.release();
}

ChoroplethUnitLayer::Changes ChoroplethUnitLayer::plan(
    Units units, const QHash<QString, Figure> &figures, const Figure &missing)
{
    Changes out;
    for (auto it = units.begin(); it != units.end(); ++it) {
        const auto found = figures.constFind(it.key());
        const Figure &next = found == figures.cend() ? missing : *found;
        if (it->figure == next)
            continue;
        it->figure = next;
        QgsAttributeMap row;
        row.insert(UnitField::Value, next.value.isNull() ? QVariant(QVariant::Double) : next.value);
        row.insert(UnitField::ValueText, next.valueText.isEmpty() ? QVariant(QVariant::String) : QVariant(next.valueText));
        row.insert(UnitField::Sufficient, next.sufficient ? 1 : 0);
        row.insert(UnitField::Class, next.unitClass);
        out.attributes.insert(it->fid, row);
    }
    out.after = std::move(units);
    return out;
}

void ChoroplethUnitLayer::apply(const Changes &changes)
{
    if (!changes.attributes.isEmpty())
        m_layer->dataProvider()->changeAttributeValues(changes.attributes);
    m_units = changes.after;
}

int ChoroplethUnitLayer::write(const QHash<QString, Figure> &figures, const Figure &missing)
{
    const Changes changes = plan(m_units, figures, missing);
    apply(changes);
    return int(changes.attributes.size());
}

QHash<QString, int> ChoroplethUnitLayer::unitsPerClass(const Units &units)
{
    QHash<QString, int> out;
    for (const Unit &u : units)
        ++out[u.figure.unitClass];
    return out;
}

QString ChoroplethUnitLayer::unitAt(const QgsPointXY &point) const
{
    const QgsGeometry probe = QgsGeometry::fromPointXY(point);
    QgsFeatureRequest request(QgsRectangle(point.x(), point.y(), point.x(), point.y()));
    request.setSubsetOfAttributes(QgsAttributeList { UnitField::Code });
    QgsFeatureIterator it = m_layer->getFeatures(request);
    QgsFeature f;
    while (it.nextFeature(f))
        if (f.geometry().intersects(probe))
            return f.attribute(UnitField::Code).toString();
    return {};
}

} // namespace griddesk::map
