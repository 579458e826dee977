#pragma once
// The grids as they were on a chosen day: a layer over unit_versions,
// styled as the grids, shown instead of the current grids while a past day
// is chosen. It follows edits through the change feed.

#include "AdminLevel.h"

#include <QDate>
#include <QObject>

class QgsProject;
class QgsVectorLayer;

namespace griddesk {
class ChangeWatcher;
}

namespace griddesk::map {

class ConsoleLayers;

class GridHistoryTheme : public QObject
{
    Q_OBJECT

public:
    // Creates the (hidden) layer beside the current grids in the project's layer tree.
    GridHistoryTheme(ConsoleLayers *layers, ChangeWatcher *watcher, QgsProject *project, QObject *parent = nullptr);

    QgsVectorLayer *layer() const { return m_layer; }
    // The day shown; invalid while the current grids show.
    QDate day() const { return m_day; }
    // Shows the grids of `day`; an invalid day, today or later shows the current grids.
    void setDay(const QDate &day);

    // The units of one level as they were on `day`, within `scope` (a grid
    // filter of ConsoleLayers::restrict, or empty): SQL for either provider.
    static QString subsetFor(const QDate &day, AdminLevel level = AdminLevel::Grid, const QString &scope = {});

Q_SIGNALS:
    void dayChanged(const QDate &day);

private:
    void showHistory(bool on);

    ConsoleLayers *m_layers = nullptr;
    QgsProject *m_project = nullptr;
    QgsVectorLayer *m_layer = nullptr;
    QDate m_day;
};

} // namespace griddesk::map
