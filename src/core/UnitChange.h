#pragma once
// Why a version of a unit began: stored as a code in unit_versions.

#include <QString>

namespace griddesk {

enum class UnitChange {
    Recorded, // the unit as it was when its history began (set-up, division list)
    Drawn,    // a new grid drawn on the map
    Reshaped, // vertices moved, or a new outline for the same grid
    Split,    // a piece of a grid that was split
    Merged,   // the union of grids that were merged
    Imported, // a boundary read from a file
    Renamed,  // the same outline under a new name
};

QString unitChangeCode(UnitChange change);
// False (and `change` untouched) for a code that is none of the above.
bool unitChangeFromCode(const QString &code, UnitChange *change);
QString unitChangeName(UnitChange change); // translated, for display

} // namespace griddesk
