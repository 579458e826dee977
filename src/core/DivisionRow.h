#pragma once
// One row of a statistical-code division list (level,code,name,parent_code),
// with the line of the file it came from.

#include <QString>

namespace griddesk {

struct DivisionRow {
    int line = 0;        // 1-based line in the file (the header is line 1)
    QString levelText;   // as written: 2 city, 3 county/district, 4 township/street, 5 village/community
    QString code;        // 12 digits
    QString name;
    QString parentCode;
};

} // namespace griddesk
