#pragma once
// Township, community or grid boundaries read from a file: each feature as a
// unit in EPSG:4490 (lon, lat), with its feature number for messages.

#include "AdminUnit.h"

#include <QString>
#include <QVector>

namespace griddesk::boundaries {

struct BoundaryFeature {
    int number = 0; // 1 for the file's first feature, in reading order
    AdminUnit unit;
};

struct BoundarySet {
    QString path;
    AdminLevel level = AdminLevel::Grid;
    int sourceEpsg = 0;  // the CRS the file was in
    QString encoding;    // the text encoding it was read with ("" for UTF-8 or as GDAL found it)
    QString codeField;   // the fields read, for messages
    QString parentField; // empty when the parent came from the code
    QVector<BoundaryFeature> features;
};

} // namespace griddesk::boundaries
