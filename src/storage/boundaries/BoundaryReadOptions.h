#pragma once
// How to read a boundary file: which level it holds, which fields carry the
// code, name and parent code (empty: found by name), the text encoding of a
// Shapefile without .cpg, and the CRS of a file that does not say its own.

#include "AdminLevel.h"

#include <QString>

namespace griddesk::boundaries {

struct BoundaryReadOptions {
    AdminLevel level = AdminLevel::Grid;
    QString codeField;
    QString nameField;
    QString parentField; // empty and not found: the parent comes from the code
    QString encoding;    // empty: the .cpg, or what the .dbf says
    int sourceEpsg = 0;  // 0: the file's own CRS
};

} // namespace griddesk::boundaries
