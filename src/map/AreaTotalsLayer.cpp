#include "AreaTotalsLayer.h"
#include "LonLatGeometry.h"
#include "MapCrs.h"
#include "ScaleBands.h"

#include <qgsfeature.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsmemoryproviderutils.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {

namespace TotalsField {
enum { Code, Name, Open, Overdue, Cameras, Residents, Houses };
}

QgsFields totalsFields()
{
    QgsFields f;
    f.append(QgsField(QStringLiteral("code"), QVariant::String));
    f.append(QgsField(QStringLiteral("name"), QVariant::String));
    for (const char *name : {"open_cases", "overdue_cases", "cameras", "residents", "houses"})
        f.append(QgsField(QString::fromLatin1(name), QVariant::LongLong));
    return f;
}

// Circles whose area grows with the open cases, the overdue share in red
// inside, and the count on top; units with no open case draw nothing.
void style(QgsVectorLayer *layer, double perCase)
{
    const QString size = QStringLiteral("min(14, 2 + %1 * sqrt(\"open_cases\"))").arg(perCase);
    auto *open = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 4.0);
    open->setColor(QColor(245, 158, 11, 215));
    open->setStrokeColor(QColor(255, 255, 255));
    open->setStrokeWidth(0.35);
    open->setDataDefinedProperty(QgsSymbolLayer::PropertySize, QgsProperty::fromExpression(size));
    auto *overdue = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 2.0);
    overdue->setColor(QColor(220, 38, 38, 235));
    overdue->setStrokeStyle(Qt::NoPen);
    overdue->setDataDefinedProperty(
        QgsSymbolLayer::PropertySize,
        QgsProperty::fromExpression(QStringLiteral("%1 * sqrt(\"overdue_cases\" / \"open_cases\")").arg(size)));
    // The count is drawn by the symbol, not by a label: a labelled layer's
    // repaint drops the canvas's picture of the labels, and every labelled
    // layer (grids, communities) would draw again for each live change.
    // A white halo under dark digits: the glyph's outline is drawn over its
    // fill, so the halo is a glyph of its own beneath.
    const auto digits = [](const QColor &fill, const QColor &stroke, double strokeWidth) {
        auto *count = new QgsFontMarkerSymbolLayer(QFont().family(), QStringLiteral("0"), 3.0, fill);
        count->setFontStyle(QStringLiteral("Bold"));
        count->setStrokeColor(stroke);
        count->setStrokeWidth(strokeWidth);
        count->setPenJoinStyle(Qt::RoundJoin);
        count->setDataDefinedProperty(QgsSymbolLayer::PropertyCharacter,
                                      QgsProperty::fromExpression(QStringLiteral("to_string(\"open_cases\")")));
        return count;
    };
    auto *halo = digits(QColor(255, 255, 255), QColor(255, 255, 255, 230), 0.7);
    auto *count = digits(QColor(31, 41, 55), Qt::transparent, 0);
    QgsSymbolLayerList parts;
    parts << open << overdue << halo << count;
    auto *symbol = new QgsMarkerSymbol(parts);
    auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
    root->appendChild(new QgsRuleBasedRenderer::Rule(symbol, 0, 0, QStringLiteral("\"open_cases\" > 0"),
                                                     QObject::tr("Open cases (red: overdue)")));
    layer->setRenderer(new QgsRuleBasedRenderer(root));
    layer->setLabelsEnabled(false);
}

bool sameFigures(const GridTotals &a, const GridTotals &b)
{
    return a.openCases == b.openCases && a.overdueCases == b.overdueCases && a.cameras == b.cameras
           && a.residents == b.residents && a.houses == b.houses;
}

// Where a unit's totals stand: a point on its surface.
QgsGeometry placeOf(const AdminUnit &u)
{
    return toQgsGeometry(u.geometry).pointOnSurface();
}

} // namespace

AreaTotalsLayer::Places AreaTotalsLayer::placesOf(const QVector<AdminUnit> &units)
{
    Places places;
    for (const AdminUnit &u : units)
        if ((u.level == AdminLevel::Community || u.level == AdminLevel::Township) && !u.geometry.polygons.isEmpty()) {
            const QgsGeometry point = placeOf(u);
            if (!point.isNull())
                places.insert(u.code, point.asPoint());
        }
    return places;
}

AreaTotalsLayer::AreaTotalsLayer(const QVector<AdminUnit> &units, const Places &places, QObject *parent)
    : QObject(parent)
{
    const QgsFields fields = totalsFields();
    m_layers[0] = QgsMemoryProviderUtils::createMemoryLayer(tr("Community totals"), fields, QgsWkbTypes::Point,
                                                            storageCrs());
    m_layers[1] = QgsMemoryProviderUtils::createMemoryLayer(tr("Township totals"), fields, QgsWkbTypes::Point,
                                                            storageCrs());
    m_layers[0]->setObjectName(QStringLiteral("layer_community_totals"));
    m_layers[1]->setObjectName(QStringLiteral("layer_township_totals"));
    style(m_layers[0], 1.2);
    style(m_layers[1], 0.8);
    m_layers[0]->setScaleBasedVisibility(true);
    m_layers[0]->setMinimumScale(scaleband::kCommunityTotals);
    m_layers[0]->setMaximumScale(scaleband::kFeatures);
    m_layers[1]->setScaleBasedVisibility(true);
    m_layers[1]->setMinimumScale(0);
    m_layers[1]->setMaximumScale(scaleband::kCommunityTotals);

    QVector<const AdminUnit *> grids, communities;
    QgsFeatureList features[2];
    for (const AdminUnit &u : units) {
        if (u.level == AdminLevel::Grid)
            grids << &u;
        else if (u.level == AdminLevel::Community)
            communities << &u;
        const int at = u.level == AdminLevel::Community ? 0 : u.level == AdminLevel::Township ? 1 : -1;
        if (at < 0 || u.geometry.polygons.isEmpty())
            continue;
        QgsFeature f(fields);
        const auto place = places.constFind(u.code);
        f.setGeometry(place != places.cend() ? QgsGeometry::fromPointXY(*place) : placeOf(u));
        QgsAttributes values;
        values << u.code << (u.shortName.isEmpty() ? u.name : u.shortName) << 0 << 0 << 0 << 0 << 0;
        f.setAttributes(values);
        features[at] << f;
    }
    for (int at = 0; at < 2; ++at) {
        m_layers[at]->dataProvider()->addFeatures(features[at]);
        QgsFeatureIterator it = m_layers[at]->dataProvider()->getFeatures();
        QgsFeature f;
        while (it.nextFeature(f)) {
            const QString code = f.attribute(TotalsField::Code).toString();
            m_unitAt.insert(code, int(m_units.size()));
            m_units.append({code, at, f.id(), GridTotals{}});
        }
        m_layers[at]->dataProvider()->createSpatialIndex();
        m_layers[at]->updateExtents();
    }
    // Each grid's units on the map, found once: a city's totals then add
    // up without looking a code up for every grid and level. The grids of
    // a community share its list.
    QHash<QString, QVector<int>> ofCommunity;
    for (const AdminUnit *c : qAsConst(communities)) {
        QVector<int> on;
        for (const QString &unit : {c->code, c->parentCode}) {
            const auto at = m_unitAt.constFind(unit);
            if (at != m_unitAt.cend())
                on << *at;
        }
        ofCommunity.insert(c->code, on);
    }
    m_unitsOfGrid.reserve(grids.size());
    for (const AdminUnit *g : qAsConst(grids)) {
        const QVector<int> on = ofCommunity.value(g->parentCode);
        if (!on.isEmpty())
            m_unitsOfGrid.insert(g->code, on);
    }
}

AreaTotalsLayer::~AreaTotalsLayer()
{
    if (m_owned) {
        delete m_layers[0];
        delete m_layers[1];
    }
}

void AreaTotalsLayer::setTotals(const QVector<GridTotals> &grids)
{
    apply(grids, false);
}

int AreaTotalsLayer::setOpenCaseTotals(const QVector<GridTotals> &grids)
{
    return apply(grids, true);
}

GridTotals AreaTotalsLayer::totalsOf(const QString &unitCode) const
{
    const int at = m_unitAt.value(unitCode, -1);
    GridTotals t = at >= 0 ? m_units[at].shown : GridTotals{};
    t.gridCode = unitCode;
    return t;
}

int AreaTotalsLayer::apply(const QVector<GridTotals> &grids, bool casesOnly)
{
    // Each unit's new figures: the sums of its grids.
    QVector<GridTotals> sums(m_units.size());
    if (casesOnly) // the other figures stay as they are
        for (int i = 0; i < m_units.size(); ++i) {
            sums[i].cameras = m_units[i].shown.cameras;
            sums[i].residents = m_units[i].shown.residents;
            sums[i].houses = m_units[i].shown.houses;
        }
    for (const GridTotals &g : grids) {
        const auto on = m_unitsOfGrid.constFind(g.gridCode);
        if (on == m_unitsOfGrid.cend())
            continue;
        for (int u : *on) {
            GridTotals &s = sums[u];
            s.openCases += g.openCases;
            s.overdueCases += g.overdueCases;
            if (!casesOnly) {
                s.cameras += g.cameras;
                s.residents += g.residents;
                s.houses += g.houses;
            }
        }
    }
    m_gridCases.clear();
    for (const GridTotals &g : grids)
        if (g.openCases > 0)
            m_gridCases.insert(g.gridCode, g);
    QHash<int, GridTotals> all;
    all.reserve(sums.size());
    for (int i = 0; i < sums.size(); ++i)
        all.insert(i, sums[i]);
    return show(all, casesOnly);
}

int AreaTotalsLayer::updateGridCases(const QVector<GridTotals> &grids)
{
    QHash<int, GridTotals> changed;
    for (const GridTotals &g : grids) {
        const GridTotals before = m_gridCases.value(g.gridCode);
        const qint64 open = g.openCases - before.openCases;
        const qint64 overdue = g.overdueCases - before.overdueCases;
        if (open == 0 && overdue == 0)
            continue;
        if (g.openCases > 0)
            m_gridCases.insert(g.gridCode, g);
        else
            m_gridCases.remove(g.gridCode);
        for (int u : m_unitsOfGrid.value(g.gridCode)) {
            auto c = changed.find(u);
            if (c == changed.end())
                c = changed.insert(u, m_units[u].shown);
            c->openCases += open;
            c->overdueCases += overdue;
        }
    }
    return show(changed, true);
}

int AreaTotalsLayer::show(const QHash<int, GridTotals> &units, bool casesOnly)
{
    // Only the figures that may have moved are written: a city's first
    // totals change every unit, and each value costs the provider a check.
    QgsChangedAttributesMap changes[2];
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        Unit &unit = m_units[it.key()];
        if (sameFigures(it.value(), unit.shown))
            continue;
        QgsAttributeMap values{{TotalsField::Open, it->openCases}, {TotalsField::Overdue, it->overdueCases}};
        if (!casesOnly) {
            values.insert(TotalsField::Cameras, it->cameras);
            values.insert(TotalsField::Residents, it->residents);
            values.insert(TotalsField::Houses, it->houses);
        }
        changes[unit.layer].insert(unit.fid, values);
        unit.shown = it.value();
    }
    for (int at = 0; at < 2; ++at)
        if (!changes[at].isEmpty()) {
            m_layers[at]->dataProvider()->changeAttributeValues(changes[at]);
            if (m_repaint)
                m_repaint(m_layers[at]);
            else
                m_layers[at]->triggerRepaint();
        }
    return changes[0].size() + changes[1].size();
}

} // namespace griddesk::map
