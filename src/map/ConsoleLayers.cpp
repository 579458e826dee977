#include "ConsoleLayers.h"
#include "AreaTotalsLayer.h"
#include "CameraMark.h"
#include "CaseMark.h"
#include "GdalSettings.h"
#include "HeldAreaLayer.h"
#include "LayerStyles.h"
#include "MapCrs.h"
#include "MapResources.h"
#include "LiveCaseLayer.h"
#include "ScaleBands.h"
#include "ScaleBandRenderer.h"

#include <QDateTime>

#include <algorithm>

#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorsimplifymethod.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {
// The two halves of the incidents: open (closed_at unset) and ended.
const QString kOpen = QStringLiteral("\"closed_at\" IS NULL");
const QString kEnded = QStringLiteral("\"closed_at\" IS NOT NULL");
// The ended cases of a period are held in memory up to this many (a city's
// quarter); more (a city's year, or every case ever ended) are read by the
// provider through its indexes at each draw.
constexpr int kLiveEndedCases = 50000;

bool isEndedRule(QgsRuleBasedRenderer::Rule *rule)
{
    return rule->filterExpression().contains(QStringLiteral("'closed', 'rejected', 'merged')"))
           && !rule->filterExpression().contains(QStringLiteral("NOT IN"));
}

// The incidents' style draws ended cases grey; the open cases' layer has
// none, so its legend leaves that entry out.
void dropEndedRule(QgsVectorLayer *layer)
{
    auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer());
    if (!rules)
        return;
    QgsRuleBasedRenderer::Rule *root = rules->rootRule();
    for (int i = root->children().size() - 1; i >= 0; --i)
        if (isEndedRule(root->children().at(i)))
            root->removeChildAt(i);
}

// Every ended case looks alike: one symbol, with no rules to test and no
// order to sort by for each of the period's cases.
void drawAsEnded(QgsVectorLayer *layer)
{
    auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer());
    if (!rules)
        return;
    for (QgsRuleBasedRenderer::Rule *rule : rules->rootRule()->children())
        if (isEndedRule(rule) && rule->symbol()) {
            layer->setRenderer(new QgsSingleSymbolRenderer(rule->symbol()->clone()));
            return;
        }
}
} // namespace

ConsoleLayers::ConsoleLayers(const StoreLocation &location, QObject *parent, const std::function<void()> &between)
    : QObject(parent)
    , m_location(location)
{
    initResources();
    keepGeoPackagesInWalMode();
    const auto made = [&between](QgsVectorLayer *layer) {
        if (between)
            between();
        return layer;
    };
    m_township = made(makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 4"), tr("Township boundary"),
                                QStringLiteral("township")));
    m_communities = made(makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 5"), tr("Communities"),
                                   QStringLiteral("communities")));
    m_grids = made(makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 6"), tr("Grids"), QStringLiteral("grids")));
    m_cameras = made(makeLayer(QStringLiteral("cameras"), QString(), tr("Cameras"), QStringLiteral("cameras")));
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(m_cameras->renderer()))
        if (QgsFeatureRenderer *byMark = cameramark::rendererFrom(rules))
            m_cameras->setRenderer(new ScaleBandRenderer(
                byMark, cameramark::dotsFrom(*static_cast<QgsCategorizedSymbolRenderer *>(byMark)), scaleband::kDetailedMarks));
    holdWithAreas(m_township);
    holdWithAreas(m_communities);
    m_heldGrids = holdWithAreas(m_grids);
    m_heldCameras = holdWithAreas(m_cameras);
    QgsVectorLayer *endedSource =
        made(makeLayer(QStringLiteral("incidents"), kEnded, tr("Ended cases"), QStringLiteral("incidents")));
    m_endedCases = new LiveCaseLayer(endedSource, QStringLiteral("layer_ended_cases"), this);
    m_endedCases->setLimit(kLiveEndedCases);
    QgsVectorLayer *openSource = made(makeLayer(QStringLiteral("incidents"), kOpen, tr("Open cases"), QStringLiteral("incidents")));
    m_openCases = new LiveCaseLayer(openSource, QStringLiteral("layer_open_cases"), this);
    QString styleError;
    for (LiveCaseLayer *cases : {m_openCases, m_endedCases})
        if (isValid() && !applyStyle(cases->layer(), QStringLiteral("incidents"), &styleError))
            m_error = tr("Map style %1 could not be loaded: %2").arg(QStringLiteral("incidents"), styleError);
    drawAsEnded(m_endedCases->layer());
    dropEndedRule(m_openCases->layer());
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(m_openCases->layer()->renderer()))
        if (QgsFeatureRenderer *byMark = casemark::rendererFrom(rules))
            m_openCases->layer()->setRenderer(byMark);
    // A change moves the totals of its own grids' units only.
    connect(m_openCases, &LiveCaseLayer::updated, this, [this] {
        if (!m_totals || !m_openCases->isLoaded())
            return;
        if (m_openCases->wasFullRead())
            updateCaseTotals();
        else
            m_totals->updateGridCases(m_openCases->totals(m_openCases->changedGrids(), QDateTime::currentDateTimeUtc()));
    });
    for (QgsVectorLayer *cases : {m_openCases->layer(), m_endedCases->layer()})
        connect(cases, &QgsVectorLayer::selectionChanged, this, &ConsoleLayers::caseSelectionChanged);
    // Single features at township scales; the totals stand in further out.
    for (QgsVectorLayer *single : {m_grids, m_cameras, m_endedCases->layer(), m_openCases->layer()}) {
        single->setScaleBasedVisibility(true);
        single->setMinimumScale(scaleband::kFeatures);
    }
    m_communities->setScaleBasedVisibility(true);
    m_communities->setMinimumScale(scaleband::kCommunityTotals);

    m_displayCrs = storageCrs();
    if (isValid()) {
        const QgsRectangle ext = m_township->extent();
        if (!ext.isEmpty())
            m_displayCrs = displayCrsForLongitude(ext.center().x());
        else
            m_error = tr("%1 has no township boundary (admin_units with level 4)").arg(location.describe());
    }
}

ConsoleLayers::~ConsoleLayers()
{
    if (!m_ownedByProject)
        qDeleteAll(QList<QgsVectorLayer *>{m_township, m_communities, m_grids, m_cameras});
    delete m_totals;
    delete m_openCases;
    delete m_endedCases;
}

QgsVectorLayer *ConsoleLayers::incidents() const
{
    return m_openCases->layer();
}

QgsVectorLayer *ConsoleLayers::endedIncidents() const
{
    return m_endedCases->layer();
}

bool ConsoleLayers::casesLoaded() const
{
    return m_openCases->isLoaded() && m_endedCases->isLoaded();
}

void ConsoleLayers::stopReading()
{
    m_openCases->stop();
    m_endedCases->stop();
    for (HeldAreaLayer *areas : qAsConst(m_held))
        areas->stop();
}

void ConsoleLayers::holdAreas()
{
    m_holding = true;
    for (HeldAreaLayer *areas : qAsConst(m_held))
        areas->hold(m_displayCrs);
}

void ConsoleLayers::setRenderingQuiet(const std::function<bool()> &quiet)
{
    m_quiet = quiet;
    for (HeldAreaLayer *areas : qAsConst(m_held))
        areas->setQuiet(quiet);
}

HeldAreaLayer *ConsoleLayers::holdWithAreas(QgsVectorLayer *areas)
{
    auto *held = new HeldAreaLayer(areas, this);
    connect(held, &HeldAreaLayer::filing, this, &ConsoleLayers::areasFiling);
    m_held << held;
    if (m_quiet)
        held->setQuiet(m_quiet);
    if (m_holding)
        held->hold(m_displayCrs);
    return held;
}

HeldAreaLayer *ConsoleLayers::filingInto(const QgsMapLayer *layer) const
{
    const auto it = std::find_if(m_held.cbegin(), m_held.cend(),
                                 [layer](const HeldAreaLayer *a) { return a->layer() == layer && a->isFiling(); });
    return it == m_held.cend() ? nullptr : *it;
}

bool ConsoleLayers::isFiling(const QgsMapLayer *layer) const
{
    return filingInto(layer);
}

void ConsoleLayers::whenWhole(const QgsMapLayer *layer, QObject *context, const std::function<void()> &run)
{
    HeldAreaLayer *filing = filingInto(layer);
    if (!filing) {
        run();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(filing, &HeldAreaLayer::filing, context, [once, run](bool underway) {
        if (underway)
            return;
        QObject::disconnect(*once);
        run();
    });
}

bool ConsoleLayers::areasHeld() const
{
    return std::all_of(m_held.cbegin(), m_held.cend(), [](const HeldAreaLayer *a) { return a->isHeld(); });
}

void ConsoleLayers::setRepaint(const std::function<void(QgsMapLayer *)> &repaint)
{
    m_repaint = repaint;
    m_openCases->setRepaint(repaint);
    m_endedCases->setRepaint(repaint);
    if (m_totals)
        m_totals->setRepaint(repaint);
}

void ConsoleLayers::showTotals(const QVector<AdminUnit> &units, const QHash<QString, QgsPointXY> &places)
{
    delete m_totals;
    m_totals = new AreaTotalsLayer(units, places, this);
    m_totals->setRepaint(m_repaint);
    updateCaseTotals();
}

void ConsoleLayers::setGridTotals(const QVector<GridTotals> &grids)
{
    if (!m_totals)
        return;
    if (!m_openCases->isLoaded()) {
        m_totals->setTotals(grids);
        return;
    }
    // One pass over the units: the grids' own figures with the cases the
    // map holds (a city's units summed twice held its opening 30 ms more).
    QHash<QString, GridTotals> live;
    for (const GridTotals &t : m_openCases->totals(QDateTime::currentDateTimeUtc()))
        live.insert(t.gridCode, t);
    QVector<GridTotals> merged = grids;
    for (GridTotals &g : merged) {
        const GridTotals cases = live.take(g.gridCode);
        g.openCases = cases.openCases;
        g.overdueCases = cases.overdueCases;
    }
    for (const GridTotals &rest : qAsConst(live))
        merged << rest;
    m_totals->setTotals(merged);
}

void ConsoleLayers::updateCaseTotals()
{
    if (m_totals && m_openCases->isLoaded())
        m_totals->setOpenCaseTotals(m_openCases->totals(QDateTime::currentDateTimeUtc()));
}

void ConsoleLayers::refreshDeadlines(const QDateTime &now)
{
    const QSet<QString> grids = m_openCases->refreshMarks(now);
    if (m_totals && m_openCases->isLoaded() && !grids.isEmpty())
        m_totals->updateGridCases(m_openCases->totals(grids, now));
}

bool ConsoleLayers::isCaseLayer(const QgsMapLayer *layer) const
{
    return layer && (layer == m_openCases->layer() || layer == m_endedCases->layer());
}

qint64 ConsoleLayers::caseIdOf(const QgsVectorLayer *layer, const QgsFeature &feature) const
{
    const LiveCaseLayer *cases = caseLayerOf(layer);
    return cases ? cases->caseIdOf(feature) : 0;
}

LiveCaseLayer *ConsoleLayers::caseLayerOf(const QgsVectorLayer *layer) const
{
    return layer == m_openCases->layer() ? m_openCases : layer == m_endedCases->layer() ? m_endedCases : nullptr;
}

QgsFeature ConsoleLayers::wholeCase(const QgsVectorLayer *layer, const QgsFeature &feature) const
{
    const LiveCaseLayer *cases = caseLayerOf(layer);
    const qint64 id = caseIdOf(layer, feature);
    if (!cases || id <= 0)
        return feature;
    QgsFeature whole;
    QgsFeatureIterator it = cases->source()->getFeatures(
        QgsFeatureRequest().setFilterExpression(QStringLiteral("\"fid\" = %1").arg(id)).setLimit(1));
    if (!it.nextFeature(whole))
        return feature;
    whole.setId(feature.id()); // the feature of the layer it was picked on
    return whole;
}

void ConsoleLayers::selectCases(const QVector<qint64> &caseIds)
{
    QVector<qint64> ended;
    for (qint64 id : caseIds)
        if (!m_openCases->holds(id))
            ended << id;
    QSignalBlocker quiet(this); // one signal for both layers
    m_openCases->select(caseIds);
    m_endedCases->select(ended);
    quiet.unblock();
    Q_EMIT caseSelectionChanged();
}

QVector<qint64> ConsoleLayers::selectedCases() const
{
    return m_openCases->selectedCases() + m_endedCases->selectedCases();
}

QgsVectorLayer *ConsoleLayers::makeLayer(const QString &table, const QString &subset, const QString &name,
                                         const QString &style)
{
    QgsVectorLayer::LayerOptions options(true, false);
    options.loadDefaultStyle = false; // our styles come from maps/, not from the file
    // The subset is part of the source, so counts and extents honour it from the start.
    QgsVectorLayer *layer = nullptr;
    if (isServer()) {
        QgsDataSourceUri uri(m_location.conninfo());
        // Logins read cases through a view without the reporters' personal data.
        const QString relation = table == QLatin1String("incidents") ? QStringLiteral("incidents_map") : table;
        uri.setDataSource(QStringLiteral("public"), relation, QStringLiteral("geom"), subset, QStringLiteral("fid"));
        uri.setSrid(QStringLiteral("4490"));
        const bool areas = table == QLatin1String("admin_units") || table == QLatin1String("bulletins")
            || table == QLatin1String("unit_versions");
        uri.setWkbType(areas ? QgsWkbTypes::MultiPolygon : QgsWkbTypes::Point);
        uri.setUseEstimatedMetadata(true);
        // fid is each table's primary key (and the view's): no full scan at
        // each opening to prove it unique.
        uri.setParam(QStringLiteral("checkPrimaryKeyUnicity"), QStringLiteral("0"));
        // Kept current by the change feed (LiveLayerRefresher and the themes),
        // not by QGIS's refresh on NOTIFY: that opens a connection and a
        // thread per layer, re-reads the layer a second time for each change,
        // and holds up closing the console for up to a second per layer.
        layer = new QgsVectorLayer(uri.uri(false), name, QStringLiteral("postgres"), options);
    } else {
        QString source = QStringLiteral("%1|layername=%2").arg(m_location.path(), table);
        if (!subset.isEmpty())
            source += QStringLiteral("|subset=") + subset;
        layer = new QgsVectorLayer(source, name, QStringLiteral("ogr"), options);
    }
    layer->setObjectName(QStringLiteral("layer_") + style);
    if (layer->isValid() && layer->geometryType() == QgsWkbTypes::PolygonGeometry) {
        // Boundaries drawn with no more vertices than pixels: a township's
        // ring of thousands of points is a few hundred at a city's scale.
        QgsVectorSimplifyMethod simplify;
        simplify.setSimplifyHints(QgsVectorSimplifyMethod::GeometrySimplification);
        simplify.setThreshold(1.0f);
        simplify.setForceLocalOptimization(true);
        layer->setSimplifyMethod(simplify);
    }
    if (!layer->isValid()) {
        if (m_error.isEmpty())
            m_error = tr("Cannot read table %1 of %2").arg(table, m_location.describe());
        return layer;
    }
    QString error;
    if (!applyStyle(layer, style, &error) && m_error.isEmpty())
        m_error = tr("Map style %1 could not be loaded: %2").arg(style, error);
    return layer;
}

QList<QgsMapLayer *> ConsoleLayers::renderOrder() const
{
    QList<QgsMapLayer *> order{m_openCases->layer(), m_endedCases->layer()};
    if (m_totals)
        order << m_totals->townships() << m_totals->communities();
    order << m_cameras << m_township << m_communities << m_grids;
    return order;
}

QList<QgsMapLayer *> ConsoleLayers::identifiable() const
{
    return {m_openCases->layer(), m_endedCases->layer(), m_cameras, m_grids};
}

void ConsoleLayers::reloadTable(const QString &table)
{
    if (table == QLatin1String("cameras")) {
        // reload() makes the provider drop cached counts and re-query;
        // triggerRepaint() invalidates this layer's cached image only.
        m_heldCameras->reload();
    } else if (table == QLatin1String("admin_units")) {
        for (HeldAreaLayer *areas : qAsConst(m_held))
            if (areas != m_heldCameras)
                areas->reload();
    }
}

QgsRectangle ConsoleLayers::fullExtent() const
{
    // While a copy of the townships is filed their layer holds part of them:
    // the extent is the one of the whole, as last worked out.
    const bool filing = isFiling(m_township);
    if (filing && !m_fullExtent.isEmpty())
        return m_fullExtent;
    QgsRectangle ext = m_township->extent();
    if (ext.isEmpty())
        return ext;
    const QgsCoordinateTransform ct(m_township->crs(), m_displayCrs, QgsProject::instance()->transformContext());
    try {
        ext = ct.transformBoundingBox(ext);
    } catch (const QgsCsException &) {
        return m_township->extent();
    }
    ext.scale(1.08);
    if (!filing)
        m_fullExtent = ext;
    return ext;
}

QgsRectangle ConsoleLayers::displayExtent(const GeoBounds &b) const
{
    QgsRectangle ext(b.minX, b.minY, b.maxX, b.maxY);
    const QgsCoordinateTransform ct(storageCrs(), m_displayCrs, QgsProject::instance()->transformContext());
    try {
        ext = ct.transformBoundingBox(ext);
    } catch (const QgsCsException &) {
        return fullExtent();
    }
    ext.scale(1.25);
    return ext;
}

void ConsoleLayers::restrict(const QString &incidentFilter, const QString &locatedFilter, const QString &gridFilter)
{
    // Both conditions, the first of which may be none yet.
    const auto both = [](const QString &current, const QString &filter) {
        return current.isEmpty() ? filter : QStringLiteral("(%1) AND (%2)").arg(current, filter);
    };
    m_incidentScope = both(m_incidentScope, incidentFilter);
    applyIncidentFilter();
    m_heldCameras->setSubset(both(m_heldCameras->subset(), locatedFilter));
    m_heldGrids->setSubset(both(m_heldGrids->subset(), gridFilter));
    m_gridScope = both(m_gridScope, gridFilter);
    m_locatedScope = both(m_locatedScope, locatedFilter);
}

QString ConsoleLayers::closedSinceFilter(const QDateTime &since) const
{
    if (!since.isValid())
        return kEnded;
    // The time is ours, never typed: the UTC text the store writes, which
    // the server reads as a timestamp. The server's planner has statistics
    // and takes the closing-time index for the plain condition.
    const QString time = since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    if (isServer())
        return QStringLiteral("\"closed_at\" >= '%1'").arg(time);
    // SQLite would rather walk the state or the spatial index and read every
    // ended case; this form is driven by the closing-time index alone (the
    // store's period query does the same).
    return QStringLiteral("\"fid\" IN (SELECT \"fid\" FROM \"incidents\" WHERE \"closed_at\" >= '%1')").arg(time);
}

void ConsoleLayers::setClosedSince(const QDateTime &since)
{
    if (since == m_closedSince && since.isValid() == m_closedSince.isValid())
        return;
    m_closedSince = since;
    applyIncidentFilter();
}

QString ConsoleLayers::incidentSubset(const QDateTime &closedSince) const
{
    QStringList parts;
    if (!m_incidentScope.isEmpty())
        parts << m_incidentScope;
    parts << closedSinceFilter(closedSince);
    return parts.size() > 1 ? QStringLiteral("(%1)").arg(parts.join(QStringLiteral(") AND ("))) : parts.value(0);
}

void ConsoleLayers::applyIncidentFilter()
{
    const QString open = m_incidentScope.isEmpty() ? kOpen : QStringLiteral("(%1) AND (%2)").arg(m_incidentScope, kOpen);
    const std::pair<LiveCaseLayer *, QString> subsets[] = {{m_openCases, open}, {m_endedCases, incidentSubset(m_closedSince)}};
    for (const auto &[cases, subset] : subsets) {
        if (cases->source()->subsetString() == subset)
            continue;
        if (cases->isLoaded() || cases->isBusy())
            cases->setSubset(subset);
        else
            cases->source()->setSubsetString(subset); // read when the layers go live
    }
}

void ConsoleLayers::addToProject(QgsProject *project)
{
    QList<QgsMapLayer *> all{m_openCases->layer(), m_endedCases->layer(), m_cameras, m_township, m_communities, m_grids};
    if (m_totals)
        all << m_totals->townships() << m_totals->communities();
    project->addMapLayers(all, false);
    QgsLayerTree *root = project->layerTreeRoot();
    root->addLayer(m_openCases->layer());
    // The ended cases (they share the open cases' legend) and the totals
    // (they explain themselves on the map) start folded in one group, so
    // that the panel stays short on a small screen.
    QgsLayerTreeGroup *more = root->addGroup(tr("Ended cases and totals"));
    more->addLayer(m_endedCases->layer());
    if (m_totals) {
        more->addLayer(m_totals->townships());
        more->addLayer(m_totals->communities());
        m_totals->releaseLayers();
    }
    more->setExpanded(false);
    root->addLayer(m_cameras);
    QgsLayerTreeGroup *units = root->addGroup(tr("Grid hierarchy"));
    units->addLayer(m_township);
    units->addLayer(m_communities);
    units->addLayer(m_grids);
    m_ownedByProject = true;
    for (LiveCaseLayer *cases : {m_openCases, m_endedCases}) {
        cases->releaseLayer();
        cases->reload(); // off the GUI thread; the markers appear when read
    }
}

} // namespace griddesk::map
