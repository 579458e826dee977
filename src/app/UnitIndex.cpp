#include "UnitIndex.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace griddesk::app {

UnitIndex UnitIndex::of(const QVector<UnitStore::UnitBounds> &read)
{
    UnitIndex x;
    x.units.reserve(read.size());
    x.names.reserve(read.size());
    x.bounds.reserve(read.size());
    for (const UnitStore::UnitBounds &u : read) {
        x.names.insert(u.unit.code, u.unit.name);
        if (!u.bounds.isEmpty())
            x.withBoundary.insert(u.unit.code);
        x.bounds.insert(u.unit.code, u.bounds);
        x.children[u.unit.parentCode] << int(x.units.size());
        x.units << u.unit;
    }
    // The area on the map, for the titles: its township (the division tree may
    // list many without a boundary), or, when several are mapped (a district's
    // or a city's database), the unit that holds them all; with no such unit
    // (a city's districts, the city itself not being a unit), the first of
    // the areas at the top and how many more there are.
    QHash<QString, QString> parent;
    for (const AdminUnit &u : qAsConst(x.units))
        parent.insert(u.code, u.parentCode);
    QStringList common; // the ancestors shared so far, nearest first
    QStringList tops;   // the top units above the mapped townships
    bool first = true;
    for (const AdminUnit &u : qAsConst(x.units)) {
        if (u.level != AdminLevel::Township || !x.withBoundary.contains(u.code))
            continue;
        QStringList line;
        for (QString c = u.code; x.names.contains(c); c = parent.value(c))
            line << c;
        if (!tops.contains(line.last()))
            tops << line.last();
        if (std::exchange(first, false))
            common = line;
        else
            while (!common.isEmpty() && !line.contains(common.first()))
                common.removeFirst();
    }
    if (!common.isEmpty())
        x.areaName = x.names.value(common.first());
    else if (!tops.isEmpty())
        x.areaName = QCoreApplication::translate("griddesk::app::ConsoleSession", "%1 and %n more", nullptr,
                                                 int(tops.size()) - 1)
                         .arg(x.names.value(tops.first()));
    return x;
}

} // namespace griddesk::app
