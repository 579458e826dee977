#pragma once
// The session's units looked up by code: names, bounds, children, and the
// name of the area on the map. Made in one go from the units as read (on the
// worker that reads them when the console opens: a city's 17,000 units are
// some 85,000 hash entries, 75 ms of a GUI thread).

#include "AdminUnit.h"
#include "UnitStore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace griddesk::app {

struct UnitIndex {
    QHash<QString, QString> names;
    QVector<AdminUnit> units;            // as read: by level, then code; no geometry
    QSet<QString> withBoundary;
    QHash<QString, GeoBounds> bounds;
    QHash<QString, QVector<int>> children; // parent code → indexes in units
    QString areaName;                    // the area on the map, for the titles

    static UnitIndex of(const QVector<UnitStore::UnitBounds> &read);
};

} // namespace griddesk::app
