#include "ScreeningTheme.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "HeldAreaLayer.h"
#include "ScaleBands.h"
#include "ScreeningWeek.h"

#include <QDateTime>

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

ScreeningTheme::ScreeningTheme(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent)
    : QObject(parent)
    , m_week(screeningweek::key(QDateTime::currentDateTimeUtc()))
{
    m_layer = layers->makeLayer(QStringLiteral("admin_units"), subsetFor(m_week), tr("Not screened this week"),
                                QStringLiteral("unscreened"));
    // Hatched grids belong to the township view, as the grids do.
    m_layer->setScaleBasedVisibility(true);
    m_layer->setMinimumScale(scaleband::kFeatures);
    project->addMapLayer(m_layer, false);
    m_held = layers->holdWithAreas(m_layer);
    QgsLayerTreeGroup *root = project->layerTreeRoot();
    QgsLayerTreeGroup *group = nullptr;
    for (QgsLayerTreeNode *n : root->children())
        if (QgsLayerTree::isGroup(n) && QgsLayerTree::toGroup(n)->findLayer(layers->grids()))
            group = QgsLayerTree::toGroup(n);
    (group ? group : root)->insertLayer(0, m_layer);
    if (watcher)
        connect(watcher, &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
            if (tables.contains(QStringLiteral("screening_visits")) || tables.contains(QStringLiteral("admin_units")))
                refresh();
        });
    m_weekTimer.setInterval(10 * 60 * 1000);
    connect(&m_weekTimer, &QTimer::timeout, this, [this] {
        if (screeningweek::key(QDateTime::currentDateTimeUtc()) != m_week)
            refresh();
    });
    m_weekTimer.start();
}

QString ScreeningTheme::subsetFor(const QString &week) const
{
    // The week key is our own "YYYY-Www" text, never user input.
    return QStringLiteral("\"level\" = 6 AND \"code\" NOT IN (SELECT \"grid_code\" FROM \"screening_visits\" "
                          "WHERE \"iso_week\" = '%1')").arg(week);
}

void ScreeningTheme::refresh()
{
    m_week = screeningweek::key(QDateTime::currentDateTimeUtc());
    const QString subset = subsetFor(m_week);
    if (subset != m_held->subset())
        m_held->setSubset(subset); // reads the copy again
    else
        m_held->reload();
}

} // namespace griddesk::map
