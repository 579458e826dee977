#pragma once
// The map theme of weekly screening: grids with no screening visit in the
// current ISO week, hatched in red. It follows new visits through the change
// feed and moves on to the next week by itself. The hatched grids draw from
// a copy held in memory with the boundaries: a city's frame would otherwise
// run the week's query over its screening visits at every redraw.

#include <QObject>
#include <QTimer>

class QgsProject;
class QgsVectorLayer;

namespace griddesk {
class ChangeWatcher;
}

namespace griddesk::map {

class ConsoleLayers;
class HeldAreaLayer;

class ScreeningTheme : public QObject
{
    Q_OBJECT

public:
    // Creates the layer and puts it at the top of the grid group of the project's layer tree.
    ScreeningTheme(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent = nullptr);

    QgsVectorLayer *layer() const { return m_layer; }
    QString week() const { return m_week; }
    // Re-reads the layer for the current week.
    void refresh();

private:
    QString subsetFor(const QString &week) const;

    QgsVectorLayer *m_layer = nullptr;
    HeldAreaLayer *m_held = nullptr; // the layer's copy in memory (ConsoleLayers')
    QString m_week;
    QTimer m_weekTimer;
};

} // namespace griddesk::map
