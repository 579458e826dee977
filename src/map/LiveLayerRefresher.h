#pragma once
// Keeps map layers current: when the change feed reports a table, its layers
// re-read the data source and repaint. Only the changed layers redraw; the
// canvas's render cache keeps the others.

#include <QObject>
#include <QSet>

namespace griddesk {
class ChangeWatcher;
}

namespace griddesk::map {

class ConsoleLayers;

class LiveLayerRefresher : public QObject
{
    Q_OBJECT

public:
    LiveLayerRefresher(ConsoleLayers *layers, ChangeWatcher *watcher, QObject *parent = nullptr);

    void refreshTables(const QSet<QString> &tables);

Q_SIGNALS:
    void refreshed(const QSet<QString> &tables);

private:
    ConsoleLayers *m_layers;
};

} // namespace griddesk::map
