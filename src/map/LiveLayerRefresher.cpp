#include "LiveLayerRefresher.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"

#include <qgsvectorlayer.h>

namespace griddesk::map {

LiveLayerRefresher::LiveLayerRefresher(ConsoleLayers *layers, ChangeWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_layers(layers)
{
    if (watcher)
        connect(watcher, &ChangeWatcher::tablesChanged, this, &LiveLayerRefresher::refreshTables);
}

void LiveLayerRefresher::refreshTables(const QSet<QString> &tables)
{
    for (const QString &table : tables) {
        for (QgsVectorLayer *layer : m_layers->layersForTable(table)) {
            // reload() makes the provider drop cached counts and re-query;
            // triggerRepaint() invalidates this layer's cached image only.
            layer->reload();
            layer->triggerRepaint();
        }
    }
    Q_EMIT refreshed(tables);
}

} // namespace griddesk::map
