#include "RegisterLayers.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "RegisterLayerStyle.h"
#include "RegisterSpec.h"

#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {

// Footprints show from this scale on; at township scale they are specks.
constexpr double kFootprintScale = 25000;
// House, dispute and organisation points show from this scale on: over a
// whole township they would bury the grids, cases and cameras. Key persons
// are few, and an overdue visit is to be seen from afar.
constexpr double kPointScale = 40000;

} // namespace

const QVector<RegisterKind> &RegisterLayers::kinds()
{
    static const QVector<RegisterKind> drawn = {RegisterKind::KeyPersons, RegisterKind::Disputes,
                                                RegisterKind::Organisations, RegisterKind::Houses};
    return drawn;
}

RegisterLayers::RegisterLayers(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent,
                               const std::function<void()> &between)
    : QObject(parent)
    , m_layers(layers)
    , m_project(project)
{
    QList<QgsVectorLayer *> made;
    for (RegisterKind kind : kinds()) {
        if (QgsVectorLayer *l = makeLayer(kind, false)) {
            m_points.insert(int(kind), l);
            made << l;
        }
        if (between)
            between();
    }
    // Drawn from a neighbourhood's scale, not over the whole township.
    for (RegisterKind kind : {RegisterKind::Houses, RegisterKind::Disputes, RegisterKind::Organisations})
        if (QgsVectorLayer *l = m_points.value(int(kind))) {
            l->setScaleBasedVisibility(true);
            l->setMinimumScale(kPointScale);
        }
    m_footprints = makeLayer(RegisterKind::Houses, true);
    if (m_footprints) {
        m_footprints->setScaleBasedVisibility(true);
        m_footprints->setMinimumScale(kFootprintScale);
        made << m_footprints;
    }
    // Above the grids and their outlines, under cameras and incidents.
    QgsLayerTreeGroup *root = project->layerTreeRoot();
    QgsLayerTreeLayer *grids = root->findLayer(layers->grids());
    QgsLayerTreeGroup *units = grids ? qobject_cast<QgsLayerTreeGroup *>(grids->parent()) : nullptr;
    const int at = units ? root->children().indexOf(units) : 0;
    m_group = root->insertGroup(qMax(0, at), tr("Registers"));
    m_group->setExpanded(false);
    for (QgsVectorLayer *l : made) {
        project->addMapLayer(l, false);
        m_group->addLayer(l)->setExpanded(true);
    }
    // Switched in the layer panel or from the menu alike.
    connect(m_group, &QgsLayerTreeNode::visibilityChanged, this, [this] { Q_EMIT shownChanged(isShown()); });
    if (watcher)
        connect(watcher, &ChangeWatcher::tablesChanged, this, &RegisterLayers::refreshTables);
}

RegisterLayers::~RegisterLayers()
{
    // The project owns the layers; the group goes with the project's tree.
    if (m_project && m_group && m_project->layerTreeRoot()->children().contains(m_group)) {
        for (QgsVectorLayer *l : allLayers())
            m_project->removeMapLayer(l);
        m_project->layerTreeRoot()->removeChildNode(m_group);
    }
}

QgsVectorLayer *RegisterLayers::makeLayer(RegisterKind kind, bool footprints)
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const QString name = footprints ? tr("House footprints") : registerkind::displayName(kind);
    QgsVectorLayer::LayerOptions options(true, false);
    options.loadDefaultStyle = false;
    QgsVectorLayer *layer = nullptr;
    if (m_layers->isServer()) {
        // Only what the map needs: never a personal column, never a name.
        QStringList columns{QStringLiteral("fid"), QStringLiteral("geom"), registerstyle::classColumn(kind),
                            QStringLiteral("grid_code"), QStringLiteral("community_code")};
        if (kind == RegisterKind::Houses)
            columns << QStringLiteral("rental_state");
        if (kind == RegisterKind::KeyPersons)
            columns << QStringLiteral("person_kind") << QStringLiteral("next_visit_due");
        if (kind == RegisterKind::Disputes)
            columns << QStringLiteral("dispute_type");
        QgsDataSourceUri uri(m_layers->location().conninfo());
        uri.setDataSource(QString(), QStringLiteral("(SELECT %1 FROM %2)").arg(columns.join(QStringLiteral(", ")), spec.table),
                          QStringLiteral("geom"), QString(), QStringLiteral("fid"));
        uri.setSrid(QStringLiteral("4490"));
        uri.setWkbType(footprints ? QgsWkbTypes::Polygon : QgsWkbTypes::Point);
        // fid is the table's primary key: no scan of the whole register at
        // each opening to prove the subquery's key unique, nor to count it.
        uri.setParam(QStringLiteral("checkPrimaryKeyUnicity"), QStringLiteral("0"));
        uri.setUseEstimatedMetadata(true);
        // Kept current by refreshTables(), as the console's layers are.
        layer = new QgsVectorLayer(uri.uri(false), name, QStringLiteral("postgres"), options);
    } else {
        QString source = QStringLiteral("%1|layername=%2").arg(m_layers->location().path(), spec.table);
        if (spec.geometry == RegisterGeometry::PointOrFootprint)
            source += footprints ? QStringLiteral("|geometrytype=Polygon") : QStringLiteral("|geometrytype=Point");
        if (!m_layers->locatedScope().isEmpty())
            source += QStringLiteral("|subset=") + m_layers->locatedScope();
        layer = new QgsVectorLayer(source, name, QStringLiteral("ogr"), options);
    }
    layer->setObjectName(QStringLiteral("layer_register_") + spec.table + (footprints ? QStringLiteral("_footprints") : QString()));
    if (!layer->isValid()) {
        delete layer;
        return nullptr;
    }
    layer->setRenderer(registerstyle::renderer(kind, footprints, {}));
    return layer;
}

QList<QgsVectorLayer *> RegisterLayers::allLayers() const
{
    QList<QgsVectorLayer *> out;
    for (RegisterKind kind : kinds())
        if (QgsVectorLayer *l = layer(kind))
            out << l;
    if (m_footprints)
        out << m_footprints;
    return out;
}

void RegisterLayers::setShown(bool shown)
{
    if (!m_group || m_group->itemVisibilityChecked() == shown)
        return;
    m_group->setItemVisibilityChecked(shown);
}

bool RegisterLayers::isShown() const
{
    return m_group && m_group->itemVisibilityChecked();
}

void RegisterLayers::setMarked(RegisterKind kind, const QSet<qint64> &ids)
{
    QgsVectorLayer *l = layer(kind);
    if (!l || m_marked.value(int(kind)) == ids)
        return;
    m_marked.insert(int(kind), ids);
    l->setRenderer(registerstyle::renderer(kind, false, ids));
    l->triggerRepaint();
}

QSet<QString> RegisterLayers::changedRegisters(const QSet<QString> &tables)
{
    const bool imported = tables.contains(QStringLiteral("register_imports"));
    QSet<QString> out;
    for (RegisterKind kind : registerkind::all())
        if (imported || tables.contains(registerkind::table(kind)))
            out.insert(registerkind::table(kind));
    return out;
}

void RegisterLayers::refreshTables(const QSet<QString> &changed)
{
    const QSet<QString> tables = changedRegisters(changed);
    for (RegisterKind kind : kinds()) {
        if (!tables.contains(registerkind::table(kind)))
            continue;
        for (QgsVectorLayer *l : {layer(kind), kind == RegisterKind::Houses ? m_footprints : nullptr})
            if (l) {
                l->reload();
                l->triggerRepaint();
            }
    }
}

} // namespace griddesk::map
