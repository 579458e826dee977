#include "ConsoleLayers.h"
#include "GdalSettings.h"
#include "LayerStyles.h"
#include "MapCrs.h"
#include "MapResources.h"


#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

ConsoleLayers::ConsoleLayers(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    initResources();
    keepGeoPackagesInWalMode();
    m_township = makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 4"), tr("Township boundary"),
                           QStringLiteral("township"));
    m_communities = makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 5"), tr("Communities"),
                              QStringLiteral("communities"));
    m_grids = makeLayer(QStringLiteral("admin_units"), QStringLiteral("\"level\" = 6"), tr("Grids"), QStringLiteral("grids"));
    m_cameras = makeLayer(QStringLiteral("cameras"), QString(), tr("Cameras"), QStringLiteral("cameras"));
    m_incidents = makeLayer(QStringLiteral("incidents"), QString(), tr("Incidents"), QStringLiteral("incidents"));

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
        qDeleteAll(QList<QgsVectorLayer *>{m_township, m_communities, m_grids, m_cameras, m_incidents});
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
    return {m_incidents, m_cameras, m_township, m_communities, m_grids};
}

QList<QgsMapLayer *> ConsoleLayers::identifiable() const
{
    return {m_incidents, m_cameras, m_grids};
}

QList<QgsVectorLayer *> ConsoleLayers::layersForTable(const QString &table) const
{
    if (table == QLatin1String("incidents"))
        return {m_incidents};
    if (table == QLatin1String("cameras"))
        return {m_cameras};
    if (table == QLatin1String("admin_units"))
        return {m_township, m_communities, m_grids};
    return {};
}

QgsRectangle ConsoleLayers::fullExtent() const
{
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
    const auto narrow = [](QgsVectorLayer *layer, const QString &filter) {
        const QString current = layer->subsetString();
        layer->setSubsetString(current.isEmpty() ? filter : QStringLiteral("(%1) AND (%2)").arg(current, filter));
    };
    m_incidentScope = m_incidentScope.isEmpty() ? incidentFilter
                                                : QStringLiteral("(%1) AND (%2)").arg(m_incidentScope, incidentFilter);
    applyIncidentFilter();
    narrow(m_cameras, locatedFilter);
    narrow(m_grids, gridFilter);
    m_gridScope = m_gridScope.isEmpty() ? gridFilter : QStringLiteral("(%1) AND (%2)").arg(m_gridScope, gridFilter);
    m_locatedScope = m_locatedScope.isEmpty() ? locatedFilter
                                              : QStringLiteral("(%1) AND (%2)").arg(m_locatedScope, locatedFilter);
}

QString ConsoleLayers::closedSinceFilter(const QDateTime &since) const
{
    if (!since.isValid())
        return {};
    // The time is ours, never typed: the UTC text the store writes, which
    // the server reads as a timestamp. The server's planner has statistics
    // and takes the closing-time index for the plain condition.
    const QString time = since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    if (isServer())
        return QStringLiteral("\"closed_at\" IS NULL OR \"closed_at\" >= '%1'").arg(time);
    // SQLite would rather walk the state or the spatial index and read every
    // ended case; this form is driven by the closing-time index alone (the
    // store's period query does the same).
    return QStringLiteral("\"fid\" IN (SELECT \"fid\" FROM \"incidents\" WHERE \"closed_at\" IS NULL UNION ALL "
                          "SELECT \"fid\" FROM \"incidents\" WHERE \"closed_at\" >= '%1')")
        .arg(time);
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
    if (closedSince.isValid())
        parts << closedSinceFilter(closedSince);
    return parts.size() > 1 ? QStringLiteral("(%1)").arg(parts.join(QStringLiteral(") AND ("))) : parts.value(0);
}

void ConsoleLayers::applyIncidentFilter()
{
    const QString subset = incidentSubset(m_closedSince);
    if (m_incidents->subsetString() != subset)
        m_incidents->setSubsetString(subset);
}

void ConsoleLayers::addToProject(QgsProject *project)
{
    project->addMapLayers({m_incidents, m_cameras, m_township, m_communities, m_grids}, false);
    QgsLayerTree *root = project->layerTreeRoot();
    root->addLayer(m_incidents);
    root->addLayer(m_cameras);
    QgsLayerTreeGroup *units = root->addGroup(tr("Grid hierarchy"));
    units->addLayer(m_township);
    units->addLayer(m_communities);
    units->addLayer(m_grids);
    m_ownedByProject = true;
}

} // namespace griddesk::map
