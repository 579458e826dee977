#include "GridHistoryTheme.h"
#include "KpiPeriod.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"

#include <QDateTime>

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {

// Today in China Standard Time, the day boundary of every store rule.
QDate chinaToday()
{
    return KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
}

} // namespace

GridHistoryTheme::GridHistoryTheme(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent)
    : QObject(parent)
    , m_layers(layers)
    , m_project(project)
{
    m_layer = layers->makeLayer(QStringLiteral("unit_versions"),
                                subsetFor(chinaToday(), AdminLevel::Grid, layers->gridScope()),
                                tr("Grids on a past day"), QStringLiteral("grids"));
    m_layer->setObjectName(QStringLiteral("layer_grids_history"));
    project->addMapLayer(m_layer, false);
    QgsLayerTreeGroup *root = project->layerTreeRoot();
    QgsLayerTreeLayer *current = root->findLayer(layers->grids());
    QgsLayerTreeGroup *group = current && QgsLayerTree::isGroup(current->parent())
        ? QgsLayerTree::toGroup(current->parent())
        : root;
    const int at = current ? group->children().indexOf(current) : 0;
    group->insertLayer(std::max(0, at), m_layer)->setItemVisibilityChecked(false);
    if (watcher)
        connect(watcher, &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
            if (tables.contains(QStringLiteral("unit_versions")) && m_day.isValid()) {
                m_layer->reload();
                m_layer->triggerRepaint();
            }
        });
}

QString GridHistoryTheme::subsetFor(const QDate &day, AdminLevel level, const QString &scope)
{
    // An ISO date of our own making, never user text; the same SQL on both providers.
    const QString d = day.toString(Qt::ISODate);
    const QString subset = QStringLiteral("\"level\" = %1 AND (\"valid_from\" IS NULL OR \"valid_from\" <= '%2') "
                                          "AND (\"valid_to\" IS NULL OR \"valid_to\" > '%2')")
                               .arg(int(level))
                               .arg(d);
    return scope.isEmpty() ? subset : QStringLiteral("(%1) AND (%2)").arg(subset, scope);
}

void GridHistoryTheme::setDay(const QDate &day)
{
    const QDate shown = day.isValid() && day < chinaToday() ? day : QDate();
    if (shown == m_day)
        return;
    m_day = shown;
    if (m_day.isValid()) {
        m_layer->setSubsetString(subsetFor(m_day, AdminLevel::Grid, m_layers->gridScope()));
        m_layer->reload();
    }
    showHistory(m_day.isValid());
    m_layer->triggerRepaint();
    Q_EMIT dayChanged(m_day);
}

void GridHistoryTheme::showHistory(bool on)
{
    QgsLayerTreeGroup *root = m_project->layerTreeRoot();
    if (QgsLayerTreeLayer *node = root->findLayer(m_layer))
        node->setItemVisibilityChecked(on);
    if (QgsLayerTreeLayer *node = root->findLayer(m_layers->grids()))
        node->setItemVisibilityChecked(!on);
}

} // namespace griddesk::map
