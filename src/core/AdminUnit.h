#pragma once
// One unit of the grid hierarchy: a district, township, community or grid.

#include "AdminLevel.h"
#include "GeoTypes.h"

#include <QString>

namespace griddesk {

struct AdminUnit {
    qint64 id = 0;
    QString code;       // 12 digits, or 15 for a grid
    QString parentCode; // empty for the top unit
    QString name;       // official name
    QString shortName;  // name for labels
    AdminLevel level = AdminLevel::Grid;
    MultiPolygon geometry; // EPSG:4490, may be empty for units above the township
    qint64 population = 0; // residents (for incidents per 1,000 residents); 0 when not known
};

} // namespace griddesk
